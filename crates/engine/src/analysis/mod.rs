//! Decision support beyond the spreadsheet: the IAM panel's questions, answered exactly
//! from [`evaluate`](crate::evaluate) (no sampling, no floating point).
//!
//! - [`stop_curve`]: the total unfunded pressure if funding stopped after each month.
//! - [`switching`]: how early funding can stop within a pressure limit, the stop months at
//!   which one option becomes cheaper than another, and the largest uniform pay award that
//!   the caps absorb.
//! - [`odds`]: the distribution of pressure given the chance that funding continues past
//!   each review point.
//! - [`green_book`]: cost to the MPS in cash, in real terms and in present value, with
//!   the [`deflators`] the planner enters.
//!
//! [`analyse`] runs them all over a set of scenarios, the first being business as usual.
//! Every definition is written down in docs/DECISIONS.md, "Decision analysis".

pub mod deflators;
pub mod green_book;
pub mod odds;
pub mod stop_curve;
pub mod switching;

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize, Serializer};

use crate::error::Error;
use crate::field_path::{FieldPath, Step};
use crate::file::{syntax_error, without_position};
use crate::money::Money;
use crate::month::FinancialYear;
use crate::scenario::Scenario;

pub use deflators::Deflators;
pub use green_book::{GreenBook, Uplift};
pub use odds::{Chance, Distribution, Odds};
pub use stop_curve::{stop_month_curve, CurvePoint};
pub use switching::{compare, max_pay_award, within_limit, CurveComparison, LimitSwitch, PayAwardSwitch};

/// What the planner asks, beyond the scenarios themselves. Every part is optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnalysisInput {
    /// The unfunded pressure the planner can accept, for [`within_limit`].
    #[serde(default)]
    pub limit: Option<Money>,
    /// Chances at the review points; without them there is no distribution.
    #[serde(default)]
    pub odds: Option<Odds>,
    /// GDP deflator index per financial year; the illustrative default when omitted.
    #[serde(default)]
    pub deflators: Option<Deflators>,
    /// Optimism-bias uplift on the real and present values; none when omitted.
    #[serde(default)]
    pub optimism_bias: Option<Uplift>,
}

/// Every answer, for every scenario of the set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    pub scenarios: Vec<ScenarioAnalysis>,
    /// Each pair of scenarios with the same horizon: which costs the MPS less, by stop month.
    pub comparisons: Vec<CurveComparison>,
    pub green_book: GreenBook,
}

/// The answers about one scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioAnalysis {
    pub scenario: String,
    pub stop_month_curve: Vec<CurvePoint>,
    pub switching_values: SwitchingValues,
    /// Only when odds were given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub odds: Option<Distribution>,
}

/// The switching values of one scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SwitchingValues {
    /// Only when a limit was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub within_limit: Option<LimitSwitch>,
    pub max_pay_award: PayAwardSwitch,
}

/// Runs every analysis over `scenarios` (the first is business as usual, the rest options).
///
/// Evaluations: 37 per scenario for the stop-month curve on the default horizon, about 16
/// for the pay-award search, and (review points + 1) per pay-award case for the odds.
///
/// # Errors
/// No scenario; a scenario the model refuses (path `scenarios[i].…`); odds, deflators,
/// limit or optimism bias the analysis cannot use (paths `odds.…`, `deflators.…`, `limit`,
/// `optimism_bias`).
///
/// ```
/// use planner_engine::analysis::{analyse, AnalysisInput};
/// use planner_engine::Scenario;
/// let analysis = analyse(&[Scenario::default_scenario()], &AnalysisInput::default()).unwrap();
/// assert_eq!(analysis.scenarios[0].stop_month_curve.len(), 37);
/// ```
pub fn analyse(scenarios: &[Scenario], input: &AnalysisInput) -> Result<Analysis, Error> {
    if scenarios.is_empty() {
        return Err(Error::field("scenarios", "at least one scenario is needed (the first is business as usual)"));
    }
    for (i, s) in scenarios.iter().enumerate() {
        s.validate().map_err(|e| at_scenario(i, e))?;
    }
    let mut analysed = Vec::with_capacity(scenarios.len());
    for (i, s) in scenarios.iter().enumerate() {
        analysed.push(analyse_one(s, input).map_err(|e| at_scenario(i, e))?);
    }
    let mut comparisons = Vec::new();
    for (i, first) in scenarios.iter().enumerate() {
        for (j, second) in scenarios.iter().enumerate().skip(i + 1) {
            if first.horizon == second.horizon {
                comparisons.extend(compare(
                    &first.name,
                    &analysed[i].stop_month_curve,
                    &second.name,
                    &analysed[j].stop_month_curve,
                ));
            }
        }
    }
    let green_book = green_book::green_book(scenarios, input.deflators.as_ref(), input.optimism_bias)?;
    Ok(Analysis { scenarios: analysed, comparisons, green_book })
}

fn analyse_one(scenario: &Scenario, input: &AnalysisInput) -> Result<ScenarioAnalysis, Error> {
    let curve = stop_month_curve(scenario)?;
    let within = input.limit.map(|limit| within_limit(&curve, limit)).transpose()?;
    let odds = input.odds.as_ref().map(|o| odds::distribution(scenario, o)).transpose()?;
    Ok(ScenarioAnalysis {
        scenario: scenario.name.clone(),
        switching_values: SwitchingValues { within_limit: within, max_pay_award: max_pay_award(scenario)? },
        stop_month_curve: curve,
        odds,
    })
}

/// Puts `scenarios[i].` before a scenario's own field paths; the analysis inputs
/// (`odds`, `deflators`, …) keep theirs.
fn at_scenario(i: usize, e: Error) -> Error {
    match e {
        Error::Field { path, message } if !is_input_path(&path) => {
            Error::Field { path: FieldPath::from("scenarios").index(i).then(&path), message }
        }
        other => other,
    }
}

fn is_input_path(path: &FieldPath) -> bool {
    matches!(path.steps().first(), Some(Step::Key(root)) if ["limit", "odds", "deflators", "optimism_bias"].contains(&root.as_ref()))
}

/// Reads an analysis input (odds, deflators) from JSON, with `root` before every path.
pub(crate) fn read_json<T: DeserializeOwned>(text: &str, root: &'static str) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    #[cfg(feature = "field-paths")]
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = FieldPath::from(root).then(&FieldPath::from(e.path()));
        let inner = e.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            return syntax_error(&inner);
        }
        Error::field(path, without_position(&inner))
    })?;
    #[cfg(not(feature = "field-paths"))]
    let value: T = T::deserialize(&mut de).map_err(|inner| {
        if inner.is_syntax() || inner.is_eof() {
            return syntax_error(&inner);
        }
        Error::field(root, without_position(&inner))
    })?;
    de.end().map_err(|e| syntax_error(&e))?;
    Ok(value)
}

/// `12.5`, `-3`: an optional minus, digits, an optional point and digits; nothing else
/// (no exponent, no plus, no spaces inside). `None` for any other text.
pub(crate) fn plain_decimal(text: &str) -> Option<Decimal> {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let ok = !whole.is_empty()
        && whole.len() <= 12
        && fraction.len() <= 12
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
        && !(unsigned.contains('.') && fraction.is_empty());
    if ok {
        Decimal::from_str(text).ok()
    } else {
        None
    }
}

/// Writes a decimal without trailing zeros (`0.2`, `3.5`), as a string.
pub(crate) fn decimal_str<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&value.normalize())
}

/// Writes a financial year as its label (`2023/24`).
pub(crate) fn fy_label<S: Serializer>(fy: &FinancialYear, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&fy.label())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_decimals_are_digits_and_a_point_only() {
        assert_eq!(plain_decimal("12.5"), Some(Decimal::new(125, 1)));
        assert_eq!(plain_decimal("-3"), Some(Decimal::from(-3)));
        for bad in ["", "1e5", "+1", "1.", ".5", "1 2", "abc", "1.2.3"] {
            assert_eq!(plain_decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_scenario_error_names_the_scenario_but_an_input_error_keeps_its_own_path() {
        let path = |e: Error| e.path().map(ToString::to_string);
        let e = at_scenario(2, Error::field(FieldPath::from("posts").index(0).key("id"), "x"));
        assert_eq!(path(e).as_deref(), Some("scenarios[2].posts[0].id"));
        let e = at_scenario(2, Error::field("odds.review_points", "x"));
        assert_eq!(path(e).as_deref(), Some("odds.review_points"));
        let e = at_scenario(1, Error::field("limit", "x"));
        assert_eq!(path(e).as_deref(), Some("limit"));
    }

    #[test]
    fn no_scenario_is_an_error() {
        let e = analyse(&[], &AnalysisInput::default()).unwrap_err();
        assert_eq!(e.path(), Some(&FieldPath::from("scenarios")));
    }

    #[test]
    fn inputs_read_from_json_name_the_field_that_is_wrong() {
        let e = read_json::<AnalysisInput>(r#"{"limit": "-5"}"#, "input").unwrap_err();
        assert_eq!(e.to_string(), "input.limit: must not be negative (got -5)");
        let e = read_json::<AnalysisInput>(r#"{"colour": 1}"#, "input").unwrap_err();
        assert!(e.to_string().starts_with("input.colour: unknown field `colour`"), "{e}");
        let e = read_json::<AnalysisInput>("{ nope", "input").unwrap_err();
        assert!(matches!(e, Error::Syntax { line: 1, .. }), "{e}");
        let e = read_json::<AnalysisInput>("{} x", "input").unwrap_err();
        assert!(matches!(e, Error::Syntax { .. }), "{e}");
    }
}
