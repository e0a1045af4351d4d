//! The Decide view's fields as typed: each field's id, default text and the engine's parser
//! that checks it, and the defaults of the limit, the chances and the pay-award cases.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use planner_engine::analysis::deflators::IndexValue;
use planner_engine::analysis::green_book::Uplift;
use planner_engine::analysis::{Chance, Deflators};
use planner_engine::money::{Money, Percent};
use planner_engine::month::{FinancialYear, Month};
use planner_engine::ValueError;

/// The limit until the planner types another: the figure of the panel's usual question.
pub const DEFAULT_LIMIT: &str = "100,000";
/// The chance that funding continues past each review point until the planner says otherwise.
pub const DEFAULT_CHANCE: &str = "80";
/// Low, central and high uniform pay awards (percent every September) and their weights.
pub const DEFAULT_CASES: [(&str, &str, &str); 3] = [("Low", "2", "25"), ("Central", "4", "50"), ("High", "7", "25")];

/// Reads the limit as a person types it (`100000`, `£100,000`).
///
/// # Errors
/// The reason, ready to show beside the field.
pub fn parse_limit(text: &str) -> Result<Money, ValueError> {
    Money::parse_input(text)
}

/// A field of the view: its element id, its text until the planner types, and its parser.
pub trait InputField: Copy + Ord {
    fn id(self) -> String;
    fn default_text(self) -> String;
    /// The engine's reason the text is not a valid value.
    ///
    /// # Errors
    /// That reason, ready to show beside the field.
    fn check(self, text: &str) -> Result<(), ValueError>;
}

/// What the planner typed into fields of one kind; a field never typed in shows its default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed<F: Ord> {
    typed: BTreeMap<F, String>,
}

impl<F: Ord> Default for Typed<F> {
    fn default() -> Self {
        Typed { typed: BTreeMap::new() }
    }
}

impl<F: InputField> Typed<F> {
    /// The text the field shows.
    pub fn text(&self, field: F) -> String {
        self.typed.get(&field).cloned().unwrap_or_else(|| field.default_text())
    }

    /// Why the field's text is not valid, if it is not.
    pub fn error(&self, field: F) -> Option<String> {
        self.typed.get(&field).and_then(|text| field.check(text).err()).map(|e| e.to_string())
    }

    /// Whether the planner has typed in the field.
    pub fn is_typed(&self, field: F) -> bool {
        self.typed.contains_key(&field)
    }

    /// A copy with `text` typed into `field`.
    pub fn with(&self, field: F, text: String) -> Self {
        let mut next = self.clone();
        next.typed.insert(field, text);
        next
    }
}

/// The fields of the review-point odds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OddsField {
    /// The chance in percent that funding continues past the review point.
    Chance(Month),
    /// The uniform award of pay-award case `i` ([`DEFAULT_CASES`]), percent every September.
    CasePercent(usize),
    /// The weight of pay-award case `i`, percent.
    CaseWeight(usize),
}

impl InputField for OddsField {
    fn id(self) -> String {
        match self {
            OddsField::Chance(m) => format!("decide-chance-{m}"),
            OddsField::CasePercent(i) => format!("decide-case-{i}-percent"),
            OddsField::CaseWeight(i) => format!("decide-case-{i}-weight"),
        }
    }

    fn default_text(self) -> String {
        let case = |i: usize| DEFAULT_CASES.get(i).copied().unwrap_or(("", "0", "0"));
        match self {
            OddsField::Chance(_) => DEFAULT_CHANCE.into(),
            OddsField::CasePercent(i) => case(i).1.into(),
            OddsField::CaseWeight(i) => case(i).2.into(),
        }
    }

    fn check(self, text: &str) -> Result<(), ValueError> {
        match self {
            OddsField::Chance(_) | OddsField::CaseWeight(_) => Chance::parse(text).map(|_| ()),
            OddsField::CasePercent(_) => Percent::parse(text).map(|_| ()),
        }
    }
}

/// The odds as typed: a chance per review point, and the pay-award cases when switched on.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OddsInputs {
    pub typed: Typed<OddsField>,
    /// Off by default: each plan keeps its own pay awards.
    pub cases_on: bool,
}

/// The fields of the Green Book view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GreenBookField {
    OptimismBias,
    /// The GDP deflator index of a financial year.
    Deflator(FinancialYear),
}

impl InputField for GreenBookField {
    fn id(self) -> String {
        match self {
            GreenBookField::OptimismBias => "decide-optimism-bias".into(),
            GreenBookField::Deflator(fy) => format!("decide-deflator-{}", fy.0),
        }
    }

    /// The optimism bias is 0%; a deflator is the illustrative default to six decimals.
    fn default_text(self) -> String {
        match self {
            GreenBookField::OptimismBias => "0".into(),
            GreenBookField::Deflator(fy) => illustrative(fy).round_dp(6).normalize().to_string(),
        }
    }

    fn check(self, text: &str) -> Result<(), ValueError> {
        match self {
            GreenBookField::OptimismBias => Uplift::parse(text).map(|_| ()),
            GreenBookField::Deflator(_) => IndexValue::parse(text).map(|_| ()),
        }
    }
}

/// The illustrative default index of `fy`, exact.
pub(super) fn illustrative(fy: FinancialYear) -> Decimal {
    Deflators::illustrative(fy, &[fy]).get(fy).unwrap_or(Decimal::ONE_HUNDRED)
}

#[cfg(test)]
#[path = "inputs_tests.rs"]
mod tests;
