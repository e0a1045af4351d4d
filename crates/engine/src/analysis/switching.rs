//! Switching values: the stop month that keeps the pressure within a limit, the stop
//! months at which one option becomes cheaper than another, and the largest uniform
//! annual pay award the caps absorb. Each is exact: read off the stop-month curve, or
//! found by a binary search over [`evaluate`] where the answer is monotone.

use rust_decimal::Decimal;
use serde::Serialize;

use super::stop_curve::CurvePoint;
use crate::error::Error;
use crate::flags::Flag;
use crate::money::{Money, Percent};
use crate::month::{FinancialYear, Month};
use crate::outcome::Outcome;
use crate::scenario::{PayAward, Scenario};
use crate::timeline::evaluate;

/// How early funding can stop with the total unfunded pressure within `limit`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LimitSwitch {
    pub limit: Money,
    /// The earliest point of the curve whose pressure is at most the limit.
    pub earliest_stop: Option<CurvePoint>,
    /// The earliest point from which every later point (never included) is within the
    /// limit. The same as `earliest_stop` when the curve only falls.
    pub within_from: Option<CurvePoint>,
}

/// Reads the limit switching value off a stop-month curve (no evaluation).
///
/// # Errors
/// A negative limit (path `limit`).
pub fn within_limit(curve: &[CurvePoint], limit: Money) -> Result<LimitSwitch, Error> {
    if limit.value() < Decimal::ZERO {
        return Err(Error::field("limit", format!("must not be negative (got {limit})")));
    }
    let within = |p: &CurvePoint| p.unfunded_pressure <= limit;
    let earliest_stop = curve.iter().find(|p| within(p)).copied();
    let first_safe = curve.iter().rposition(|p| !within(p)).map_or(0, |i| i + 1);
    let within_from = curve.get(first_safe).copied();
    Ok(LimitSwitch { limit, earliest_stop, within_from })
}

/// Which of two scenarios costs the MPS less.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cheaper {
    First,
    Second,
    Same,
}

/// A run of consecutive stop points over which the cheaper scenario does not change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// The first stop point of the run (`null`: never stops).
    pub from: Option<Month>,
    /// The last stop point of the run (`null`: never stops).
    pub through: Option<Month>,
    pub cheaper: Cheaper,
}

/// Two scenarios on the same horizon, compared at every stop point of their curves. Each
/// segment after the first starts at a stop month where one becomes cheaper than the other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CurveComparison {
    pub first: String,
    pub second: String,
    pub segments: Vec<Segment>,
}

/// Compares two stop-month curves point by point (no evaluation). `None` when the curves
/// do not have the same stop points (different horizons).
pub fn compare(
    first: &str,
    first_curve: &[CurvePoint],
    second: &str,
    second_curve: &[CurvePoint],
) -> Option<CurveComparison> {
    let same_points = first_curve.len() == second_curve.len()
        && first_curve.iter().zip(second_curve).all(|(a, b)| a.stops_after == b.stops_after);
    if !same_points {
        return None;
    }
    let mut runs: Vec<(Option<Month>, Option<Month>, Cheaper)> = Vec::new();
    for (a, b) in first_curve.iter().zip(second_curve) {
        let cheaper = match a.unfunded_pressure.cmp(&b.unfunded_pressure) {
            std::cmp::Ordering::Less => Cheaper::First,
            std::cmp::Ordering::Greater => Cheaper::Second,
            std::cmp::Ordering::Equal => Cheaper::Same,
        };
        match runs.last_mut() {
            Some(run) if run.2 == cheaper => run.1 = a.stops_after,
            _ => runs.push((a.stops_after, a.stops_after, cheaper)),
        }
    }
    let segments = runs.into_iter().map(|(from, through, cheaper)| Segment { from, through, cheaper }).collect();
    Some(CurveComparison { first: first.into(), second: second.into(), segments })
}

/// The largest uniform annual pay award at which no financial year's claims exceed its
/// allocation, to 0.01%, searched from 0% to 100%.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PayAwardSwitch {
    /// The largest award (0.01% steps) with no cap excess; `null` when even 0% exceeds a cap.
    pub max_award: Option<Percent>,
    /// 0.01% above `max_award` (0% when even that exceeds a cap); `null` when 100% holds.
    pub breaks_at: Option<Percent>,
    /// The first cap exceeded at `breaks_at`.
    pub first_breach: Option<Breach>,
    /// How many evaluations the search took.
    pub evaluations: u32,
}

/// A financial year whose eligible cost exceeds its allocation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Breach {
    #[serde(serialize_with = "super::fy_label")]
    pub fy: FinancialYear,
    pub cap_excess: Money,
    pub from: Month,
}

/// Hundredths of a percent: the search's grid, from 0% to 100%.
const TOP_BASIS: i64 = 100_00;

/// The scenario with its pay awards replaced by one award of `percent` every September
/// of the horizon (the uniform annual award of the switching value and of odds cases).
pub fn with_uniform_award(scenario: &Scenario, percent: Percent) -> Scenario {
    let mut s = scenario.what_if();
    s.pay_awards = scenario
        .horizon
        .months()
        .filter(|m| m.month() == 9)
        .map(|effective| PayAward::for_all(effective, percent))
        .collect();
    s
}

/// Searches for the largest uniform pay award (applied every September of the horizon,
/// replacing the scenario's own awards) with no cap excess in any financial year.
///
/// Cap excess only grows with the award (every monthly cost is a rounded, non-decreasing
/// function of the pay factor, and a year's excess is its eligible cost less its
/// allocation, when positive), so a binary search over 0.01% steps is exact: about 16
/// evaluations. The answer holds, and 0.01% more breaks a cap.
///
/// # Errors
/// Any error of [`evaluate`].
pub fn max_pay_award(scenario: &Scenario) -> Result<PayAwardSwitch, Error> {
    let mut evaluations = 0;
    let mut run = |basis: i64| -> Result<Outcome, Error> {
        evaluations += 1;
        evaluate(&with_uniform_award(scenario, percent_of(basis)))
    };
    let holds = |o: &Outcome| o.total.cap_excess.is_zero();
    let at_zero = run(0)?;
    if !holds(&at_zero) {
        let first_breach = first_breach(&at_zero);
        return Ok(PayAwardSwitch { max_award: None, breaks_at: Some(percent_of(0)), first_breach, evaluations });
    }
    let at_top = run(TOP_BASIS)?;
    if holds(&at_top) {
        return Ok(PayAwardSwitch {
            max_award: Some(percent_of(TOP_BASIS)),
            breaks_at: None,
            first_breach: None,
            evaluations,
        });
    }
    // Invariant: `low` holds, `high` breaks.
    let (mut low, mut high, mut breaking) = (0, TOP_BASIS, at_top);
    while high - low > 1 {
        let mid = low + (high - low) / 2;
        let outcome = run(mid)?;
        if holds(&outcome) {
            low = mid;
        } else {
            high = mid;
            breaking = outcome;
        }
    }
    let first_breach = first_breach(&breaking);
    let (max, over) = (percent_of(low), percent_of(high));
    Ok(PayAwardSwitch { max_award: Some(max), breaks_at: Some(over), first_breach, evaluations })
}

fn percent_of(basis: i64) -> Percent {
    Percent::from_decimal_unchecked(Decimal::new(basis, 2))
}

fn first_breach(outcome: &Outcome) -> Option<Breach> {
    outcome.flags.iter().find_map(|f| match f {
        Flag::CapExceeded { fy, amount, from } => Some(Breach { fy: *fy, cap_excess: *amount, from: *from }),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(month: Option<(i32, u32)>, pounds: i64) -> CurvePoint {
        CurvePoint {
            stops_after: month.map(|(y, m)| Month::known(y, m)),
            unfunded_pressure: Money::pence(pounds * 100),
        }
    }

    #[test]
    fn the_limit_is_read_off_a_falling_curve() {
        let curve =
            [point(Some((2024, 8)), 150), point(Some((2024, 9)), 100), point(Some((2024, 10)), 50), point(None, 0)];
        let s = within_limit(&curve, Money::pence(100_00)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.earliest_stop, Some(curve[1]));
        assert_eq!(s.within_from, Some(curve[1]));
    }

    #[test]
    fn a_curve_that_rises_again_says_from_when_every_stop_is_within_the_limit() {
        let curve =
            [point(Some((2024, 8)), 50), point(Some((2024, 9)), 150), point(Some((2024, 10)), 90), point(None, 0)];
        let s = within_limit(&curve, Money::pence(100_00)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.earliest_stop, Some(curve[0]));
        assert_eq!(s.within_from, Some(curve[2]));
    }

    #[test]
    fn a_limit_below_every_point_or_met_only_without_a_stop_says_so() {
        let curve = [point(Some((2024, 8)), 150), point(None, 120)];
        let s = within_limit(&curve, Money::pence(100_00)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((s.earliest_stop, s.within_from), (None, None));
        let curve = [point(Some((2024, 8)), 150), point(None, 0)];
        let s = within_limit(&curve, Money::pence(100_00)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.earliest_stop, Some(curve[1]));
    }

    #[test]
    fn a_negative_limit_is_an_error_on_the_limit() {
        let e = within_limit(&[], Money::pence(-1)).unwrap_err();
        assert_eq!(e.to_string(), "limit: must not be negative (got -0.01)");
    }

    #[test]
    fn comparisons_split_the_stop_points_where_the_cheaper_option_changes() {
        let a = [point(Some((2024, 1)), 10), point(Some((2024, 2)), 10), point(Some((2024, 3)), 30), point(None, 0)];
        let b = [point(Some((2024, 1)), 20), point(Some((2024, 2)), 20), point(Some((2024, 3)), 20), point(None, 0)];
        let c = compare("A", &a, "B", &b).unwrap_or_else(|| panic!("comparable"));
        let runs: Vec<_> = c.segments.iter().map(|s| (s.from, s.through, s.cheaper)).collect();
        let m = |mo| Some(Month::known(2024, mo));
        assert_eq!(runs, [(m(1), m(2), Cheaper::First), (m(3), m(3), Cheaper::Second), (None, None, Cheaper::Same)]);
        assert!(compare("A", &a[1..], "B", &b).is_none());
    }

    #[test]
    fn the_uniform_award_replaces_the_scenarios_awards_every_september() {
        let base = crate::options::ReadyMade::PayAwards.build(&Scenario::default_scenario());
        let s = with_uniform_award(&base, percent_of(250));
        let months: Vec<String> = s.pay_awards.iter().map(|a| a.effective.to_string()).collect();
        assert_eq!(months, ["2023-09", "2024-09", "2025-09"]);
        assert!(s.pay_awards.iter().all(|a| a.percent.to_string() == "2.5"));
    }
}
