//! The stop-month curve: the scenario's total unfunded pressure if funding stopped after
//! each month of the horizon, and if it never stops, keeping every post's response to a stop.

use serde::Serialize;

use crate::error::Error;
use crate::money::Money;
use crate::month::Month;
use crate::scenario::{Horizon, Scenario};
use crate::timeline::evaluate;

/// One point of the curve: funding stops after `stops_after` (`None`: never stops).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CurvePoint {
    /// The last funded month; `null` when funding never stops.
    pub stops_after: Option<Month>,
    /// The total unfunded pressure over the horizon.
    pub unfunded_pressure: Money,
}

/// The stop points of a horizon, in order: each of its months, then "never".
pub fn stop_points(horizon: Horizon) -> impl Iterator<Item = Option<Month>> {
    horizon.months().map(Some).chain(std::iter::once(None))
}

/// The total unfunded pressure if funding stops after each month of the horizon, then if
/// it never stops: `len + 1` evaluations (37 on the default horizon). The point for month
/// m is exactly `evaluate` of the scenario with `grant.stops_after = m`; everything else,
/// the posts' responses to a stop and actual post costs included, is the scenario's own
/// (actual invoices answer the claims actually made, so a what-if has none).
///
/// # Errors
/// Any error of [`evaluate`].
///
/// ```
/// use planner_engine::analysis::stop_month_curve;
/// use planner_engine::{Money, Scenario};
/// let curve = stop_month_curve(&Scenario::default_scenario()).unwrap();
/// assert_eq!(curve.len(), 37);
/// assert_eq!(curve[36].stops_after, None);
/// assert_eq!(curve[36].unfunded_pressure, Money::ZERO);
/// ```
pub fn stop_month_curve(scenario: &Scenario) -> Result<Vec<CurvePoint>, Error> {
    let mut stopped = scenario.what_if();
    stop_points(scenario.horizon)
        .map(|stops_after| {
            stopped.grant.stops_after = stops_after;
            Ok(CurvePoint { stops_after, unfunded_pressure: evaluate(&stopped)?.total.unfunded_pressure })
        })
        .collect()
}

/// The total unfunded pressure of `scenario` if funding stops after `stops_after`.
///
/// # Errors
/// Any error of [`evaluate`].
pub fn pressure_if_stopped(scenario: &Scenario, stops_after: Option<Month>) -> Result<Money, Error> {
    let mut stopped = scenario.what_if();
    stopped.grant.stops_after = stops_after;
    Ok(evaluate(&stopped)?.total.unfunded_pressure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_curve_falls_by_a_month_of_cost_for_each_month_funded() {
        let curve = stop_month_curve(&Scenario::default_scenario()).unwrap_or_default();
        assert_eq!(curve.len(), 37);
        // Everyone continues at MPS cost, and each year's cap covers its cost: stopping
        // after month k leaves 36 − k months of £31,882.50 unfunded.
        for (k, point) in curve.iter().enumerate().take(36) {
            assert_eq!(point.unfunded_pressure, Money::pence(31_882_50 * (35 - k as i64)), "{k}");
        }
        assert_eq!(curve[8].stops_after.map(|m| m.to_string()), Some("2023-12".into()));
        assert_eq!(curve[8].unfunded_pressure, Money::pence(860_827_50));
    }

    #[test]
    fn stop_points_are_the_months_then_never() {
        let h = Horizon { start: Month::known(2023, 4), end: Month::known(2023, 6) };
        let points: Vec<_> = stop_points(h).collect();
        assert_eq!(
            points,
            [Some(Month::known(2023, 4)), Some(Month::known(2023, 5)), Some(Month::known(2023, 6)), None]
        );
    }
}
