//! Review-point odds: from the chance that funding continues past each review point, the
//! exact distribution of total unfunded pressure, its expected value, median and 90th
//! percentile, optionally over weighted pay-award cases. Enumerated, never sampled.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::stop_curve::pressure_if_stopped;
use super::switching::with_uniform_award;
use crate::error::Error;
use crate::field_path::FieldPath;
use crate::file::null_as_default;
use crate::flags::AGREEMENT_EXPIRY;
use crate::money::{round2, string_serde, Money, Percent};
use crate::month::Month;
use crate::scenario::{Horizon, Scenario, MAX_TEXT};
use crate::value_error::ValueError;

/// A chance in percent, from 0 to 100 inclusive, at most four decimals: `"80"` is 80%.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Chance(Decimal);

impl Chance {
    /// # Errors
    /// A message saying what is wrong, ready to show beside the field.
    pub fn parse(text: &str) -> Result<Chance, ValueError> {
        let trimmed = text.trim();
        let number = trimmed.strip_suffix('%').unwrap_or(trimmed).trim();
        let value = super::plain_decimal(number).ok_or_else(|| ValueError::NotA {
            got: trimmed.to_string(),
            what: "a chance in percent, such as 80 or 62.5",
        })?;
        if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
            return Err(ValueError::Range { got: trimmed.to_string(), rule: "a chance must be from 0 to 100 percent" });
        }
        if value.scale() > 4 {
            return Err(ValueError::Decimals { got: trimmed.to_string(), places: "four decimal places" });
        }
        Ok(Chance(value))
    }

    /// The percent, such as `80`.
    pub fn percent(self) -> Decimal {
        self.0
    }

    /// The probability, such as `0.8`: exact (percent ÷ 100).
    pub fn probability(self) -> Decimal {
        self.0 / Decimal::ONE_HUNDRED
    }
}

impl fmt::Display for Chance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.normalize())
    }
}

string_serde!(Chance, "a chance in percent as a string such as \"80\"", Chance::parse);

/// What the planner believes about the review points, and optionally about pay awards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Odds {
    /// One chance for each review point of the horizon ([`review_points`]).
    pub review_points: Vec<ReviewChance>,
    /// Weighted cases of a uniform award every September (weights adding up to 100);
    /// none: the scenario's own pay awards.
    #[serde(default, deserialize_with = "null_as_default")]
    pub pay_award_cases: Vec<PayAwardCase>,
}

/// The chance that funding continues past `month`, given that it reached it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewChance {
    pub month: Month,
    pub chance_continues: Chance,
}

/// A pay-award case: a uniform award every September of the horizon, with its weight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayAwardCase {
    pub name: String,
    pub percent: Percent,
    pub weight: Chance,
}

/// At most this many pay-award cases (low, central, high and a few more).
pub const MAX_PAY_AWARD_CASES: usize = 10;

impl Odds {
    /// Reads an odds file (JSON); paths start `odds.`.
    ///
    /// # Errors
    /// Bad JSON, an unknown field, or a value out of range, naming its path.
    pub fn from_json(text: &str) -> Result<Odds, Error> {
        super::read_json(text, "odds")
    }
}

/// The review points of a horizon, in order: the expiry of the agreement in force
/// (December 2023) and each financial year end (March), within the horizon and before its
/// last month (a stop after the last month changes nothing within the plan).
pub fn review_points(horizon: Horizon) -> Vec<Month> {
    horizon.months().filter(|m| *m < horizon.end && (*m == AGREEMENT_EXPIRY || m.month() == 3)).collect()
}

/// The exact distribution of total unfunded pressure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Distribution {
    /// Every outcome, case by case, in order of stop (never last).
    pub outcomes: Vec<OddsOutcome>,
    /// Σ probability × pressure, rounded once to the penny (half away from zero).
    pub expected: Money,
    /// The smallest pressure whose cumulative probability is at least 50%.
    pub p50: Money,
    /// The smallest pressure whose cumulative probability is at least 90%.
    pub p90: Money,
}

/// One outcome: funding stops after `stops_after` (never: `null`), in a pay-award case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OddsOutcome {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pay_award_case: Option<String>,
    pub stops_after: Option<Month>,
    #[serde(serialize_with = "super::decimal_str")]
    pub probability: Decimal,
    pub unfunded_pressure: Money,
}

/// Enumerates every outcome: funding stops after the first review point at which it does
/// not continue, or never. P(stop after point i) = q₁⋯qᵢ₋₁(1 − qᵢ); P(never) = q₁⋯qₖ;
/// with cases, each is multiplied by the case's weight. (Review points + 1) evaluations per
/// case; the scenario's own `stops_after` is replaced in each outcome.
///
/// # Errors
/// Odds that do not fit the scenario's horizon (paths `odds.…`), or any error of
/// [`crate::evaluate`].
pub fn distribution(scenario: &Scenario, odds: &Odds) -> Result<Distribution, Error> {
    let points = checked_points(odds, scenario.horizon)?;
    let stops = stop_probabilities(&points)?;
    let cases: Vec<(Option<String>, Decimal, Scenario)> = if odds.pay_award_cases.is_empty() {
        vec![(None, Decimal::ONE, scenario.clone())]
    } else {
        checked_cases(&odds.pay_award_cases)?;
        odds.pay_award_cases
            .iter()
            .map(|c| (Some(c.name.clone()), c.weight.probability(), with_uniform_award(scenario, c.percent)))
            .collect()
    };
    let mut outcomes = Vec::with_capacity(cases.len() * stops.len());
    for (name, weight, case) in &cases {
        for (stops_after, p) in &stops {
            outcomes.push(OddsOutcome {
                pay_award_case: name.clone(),
                stops_after: *stops_after,
                probability: weight.checked_mul(*p).ok_or_else(too_fine)?,
                unfunded_pressure: pressure_if_stopped(case, *stops_after)?,
            });
        }
    }
    absorb_rounding(&mut outcomes);
    let mut expected = Decimal::ZERO;
    for o in &outcomes {
        let term = o.probability.checked_mul(o.unfunded_pressure.value()).ok_or_else(too_fine)?;
        expected = expected.checked_add(term).ok_or_else(too_fine)?;
    }
    Ok(Distribution {
        expected: round2(expected),
        p50: percentile(&outcomes, Decimal::new(5, 1)),
        p90: percentile(&outcomes, Decimal::new(9, 1)),
        outcomes,
    })
}

/// The smallest pressure x among the outcomes with P(pressure ≤ x) ≥ `p` (0 < p ≤ 1):
/// the lower quantile, always a pressure that can occur.
pub fn percentile(outcomes: &[OddsOutcome], p: Decimal) -> Money {
    let mut sorted: Vec<(Money, Decimal)> = outcomes.iter().map(|o| (o.unfunded_pressure, o.probability)).collect();
    sorted.sort_by_key(|(pressure, _)| *pressure);
    let mut cumulative = Decimal::ZERO;
    for (pressure, probability) in &sorted {
        cumulative += *probability;
        if cumulative >= p {
            return *pressure;
        }
    }
    sorted.last().map_or(Money::ZERO, |(pressure, _)| *pressure)
}

/// The review points with their probabilities of continuing, in order, after checking
/// that there is exactly one chance for each review point of the horizon.
fn checked_points(odds: &Odds, horizon: Horizon) -> Result<Vec<(Month, Decimal)>, Error> {
    let expected = review_points(horizon);
    let listed = || match expected.as_slice() {
        [] => "this horizon has no review point".to_string(),
        points => format!(
            "the review points of this horizon are {}",
            points.iter().map(|m| m.label()).collect::<Vec<_>>().join(", ")
        ),
    };
    let mut points: Vec<(Month, Decimal)> = Vec::with_capacity(expected.len());
    for (i, r) in odds.review_points.iter().enumerate() {
        let path = || FieldPath::from("odds.review_points").index(i).key("month");
        if !expected.contains(&r.month) {
            return Err(Error::field(path(), format!("{} is not a review point: {}", r.month.label(), listed())));
        }
        if points.iter().any(|(m, _)| *m == r.month) {
            return Err(Error::field(path(), format!("a second chance for {}", r.month.label())));
        }
        points.push((r.month, r.chance_continues.probability()));
    }
    if let Some(missing) = expected.iter().find(|m| !points.iter().any(|(p, _)| p == *m)) {
        return Err(Error::field(
            "odds.review_points",
            format!("no chance given for {}: {}", missing.label(), listed()),
        ));
    }
    points.sort_by_key(|(m, _)| *m);
    Ok(points)
}

fn checked_cases(cases: &[PayAwardCase]) -> Result<(), Error> {
    if cases.len() > MAX_PAY_AWARD_CASES {
        return Err(Error::field("odds.pay_award_cases", format!("at most {MAX_PAY_AWARD_CASES} cases")));
    }
    for (i, c) in cases.iter().enumerate() {
        let name = c.name.trim();
        if name.is_empty() || name.chars().count() > MAX_TEXT {
            return Err(Error::field(
                FieldPath::from("odds.pay_award_cases").index(i).key("name"),
                format!("1 to {MAX_TEXT} characters"),
            ));
        }
        if cases[..i].iter().any(|d| d.name.trim() == name) {
            return Err(Error::field(
                FieldPath::from("odds.pay_award_cases").index(i).key("name"),
                format!("a second case named {name:?}"),
            ));
        }
    }
    let total: Decimal = cases.iter().map(|c| c.weight.percent()).sum();
    if total != Decimal::ONE_HUNDRED {
        return Err(Error::field(
            "odds.pay_award_cases",
            format!("the weights add up to {}%, not 100%", total.normalize()),
        ));
    }
    Ok(())
}

/// P(stop after each point), then P(never): telescoping survival products, so the
/// probabilities add up to exactly 1.
fn stop_probabilities(points: &[(Month, Decimal)]) -> Result<Vec<(Option<Month>, Decimal)>, Error> {
    let mut reached = Decimal::ONE;
    let mut stops = Vec::with_capacity(points.len() + 1);
    for (month, q) in points {
        let continues = reached.checked_mul(*q).ok_or_else(too_fine)?;
        stops.push((Some(*month), reached - continues));
        reached = continues;
    }
    stops.push((None, reached));
    Ok(stops)
}

/// Products beyond 28 decimal places are rounded by `Decimal`; the residue (below 10⁻²⁶)
/// goes to the most likely outcome so that the distribution sums to exactly 1.
fn absorb_rounding(outcomes: &mut [OddsOutcome]) {
    let total: Decimal = outcomes.iter().map(|o| o.probability).sum();
    let residue = Decimal::ONE - total;
    if residue.is_zero() {
        return;
    }
    let mut likeliest: Option<&mut OddsOutcome> = None;
    for o in outcomes.iter_mut() {
        if likeliest.as_ref().is_none_or(|l| o.probability > l.probability) {
            likeliest = Some(o);
        }
    }
    if let Some(o) = likeliest {
        o.probability += residue;
    }
}

fn too_fine() -> Error {
    Error::field("odds", "the probabilities are too fine to compute exactly")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chance(text: &str) -> Chance {
        Chance::parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    fn outcome(pounds: i64, probability: &str) -> OddsOutcome {
        OddsOutcome {
            pay_award_case: None,
            stops_after: None,
            probability: probability.parse().unwrap_or_else(|e| panic!("{probability}: {e}")),
            unfunded_pressure: Money::pence(pounds * 100),
        }
    }

    #[test]
    fn chances_are_percent_from_0_to_100() {
        assert_eq!(chance("80").probability(), Decimal::new(8, 1));
        assert_eq!(chance("62.5%").probability(), Decimal::new(625, 3));
        assert_eq!(chance("0").probability(), Decimal::ZERO);
        assert_eq!(chance("100").probability(), Decimal::ONE);
        for (bad, needle) in
            [("-1", "from 0 to 100"), ("100.01", "from 0 to 100"), ("abc", "not a chance"), ("1.23456", "four")]
        {
            let e = Chance::parse(bad).unwrap_err();
            assert!(e.to_string().contains(needle), "{bad}: {e}");
        }
    }

    #[test]
    fn the_default_horizon_reviews_at_the_expiry_and_each_year_end_before_its_last_month() {
        let h = Scenario::default_scenario().horizon;
        let labels: Vec<String> = review_points(h).iter().map(|m| m.label()).collect();
        assert_eq!(labels, ["Dec 2023", "Mar 2024", "Mar 2025"]);
    }

    #[test]
    fn stop_probabilities_telescope_to_one_even_with_many_fine_chances() {
        let points: Vec<(Month, Decimal)> =
            (0..20).map(|i| (Month::known(2024 + i, 3), chance("99.9999").probability())).collect();
        let stops = stop_probabilities(&points).unwrap_or_default();
        assert_eq!(stops.len(), 21);
        assert_eq!(stops.iter().map(|(_, p)| *p).sum::<Decimal>(), Decimal::ONE);
        assert!(stops.iter().all(|(_, p)| *p >= Decimal::ZERO));
    }

    #[test]
    fn percentiles_are_the_smallest_pressure_reaching_the_cumulative_probability() {
        let outcomes = [outcome(300, "0.2"), outcome(100, "0.5"), outcome(0, "0"), outcome(200, "0.3")];
        assert_eq!(percentile(&outcomes, Decimal::new(5, 1)), Money::pence(100_00));
        assert_eq!(percentile(&outcomes, Decimal::new(51, 2)), Money::pence(200_00));
        assert_eq!(percentile(&outcomes, Decimal::new(8, 1)), Money::pence(200_00));
        assert_eq!(percentile(&outcomes, Decimal::new(9, 1)), Money::pence(300_00));
    }

    #[test]
    fn the_rounding_residue_goes_to_the_likeliest_outcome() {
        let mut outcomes = [outcome(1, "0.3"), outcome(2, "0.6999999999999999999999999999")];
        absorb_rounding(&mut outcomes);
        assert_eq!(outcomes[1].probability, Decimal::new(7, 1));
        assert_eq!(outcomes.iter().map(|o| o.probability).sum::<Decimal>(), Decimal::ONE);
    }
}
