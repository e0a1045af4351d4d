//! Deflator series: a GDP deflator index per financial year, for real-terms figures, with
//! an illustrative default that says it is one.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::field_path::FieldPath;
use crate::money::string_serde;
use crate::month::FinancialYear;
use crate::value_error::ValueError;

/// The source text of the default series: illustrative, and it says so.
pub const DEFAULT_DEFLATOR_SOURCE: &str = "Illustrative, not published figures: 2% a year (the Bank of England's \
     inflation target) from 2023/24 = 100. For an appraisal enter HM Treasury's GDP deflators at market prices \
     (GOV.UK, 'GDP deflators at market prices, and money GDP', financial years), the base year = 100";

/// The year the illustrative default deflator is 100.
pub(crate) const DEFAULT_INDEX_BASE: i32 = 2023;

/// A deflator index value: more than 0, at most 1,000,000, at most six decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IndexValue(Decimal);

impl IndexValue {
    /// # Errors
    /// A message saying what is wrong, ready to show beside the field.
    pub fn parse(text: &str) -> Result<IndexValue, ValueError> {
        let trimmed = text.trim();
        let value = super::plain_decimal(trimmed)
            .ok_or_else(|| ValueError::NotA { got: trimmed.to_string(), what: "an index, such as 100 or 104.04" })?;
        if value <= Decimal::ZERO || value > Decimal::from(1_000_000) {
            return Err(ValueError::Range {
                got: trimmed.to_string(),
                rule: "an index must be more than 0 and at most 1000000",
            });
        }
        if value.scale() > 6 {
            return Err(ValueError::Decimals { got: trimmed.to_string(), places: "six decimal places" });
        }
        Ok(IndexValue(value))
    }

    pub fn value(self) -> Decimal {
        self.0
    }
}

impl fmt::Display for IndexValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.normalize())
    }
}

string_serde!(IndexValue, "an index as a string such as \"104.04\"", IndexValue::parse);

/// A deflator series: an index per financial year, the base year and where it comes from.
/// The analysis writes back the series it used in this same form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deflators {
    /// The year whose prices the real figures are in, and t = 0 of the discounting;
    /// the first financial year of business as usual when omitted.
    #[serde(default)]
    pub base_fy: Option<FinancialYear>,
    pub index: Vec<DeflatorIndex>,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeflatorIndex {
    pub fy: FinancialYear,
    pub index: IndexValue,
}

impl Deflators {
    /// Reads a deflator file (JSON); paths start `deflators.`.
    ///
    /// # Errors
    /// Bad JSON, an unknown field, or a value out of range, naming its path.
    pub fn from_json(text: &str) -> Result<Deflators, Error> {
        super::read_json(text, "deflators")
    }

    /// The illustrative default for `years`: 100 in 2023/24, 2% a year compounding
    /// (exact to 28 significant digits), [`DEFAULT_DEFLATOR_SOURCE`].
    pub fn illustrative(base_fy: FinancialYear, years: &[FinancialYear]) -> Deflators {
        let rate = Decimal::new(102, 2);
        let index = years
            .iter()
            .map(|fy| {
                let steps = fy.0 - DEFAULT_INDEX_BASE;
                let growth = (0..steps.unsigned_abs()).fold(Decimal::ONE, |g, _| g * rate);
                let value = if steps >= 0 { Decimal::ONE_HUNDRED * growth } else { Decimal::ONE_HUNDRED / growth };
                DeflatorIndex { fy: *fy, index: IndexValue(value.normalize()) }
            })
            .collect();
        Deflators { base_fy: Some(base_fy), index, source: Some(DEFAULT_DEFLATOR_SOURCE.into()) }
    }

    /// The index of `fy`, if the series has one.
    pub fn get(&self, fy: FinancialYear) -> Option<Decimal> {
        self.index.iter().find(|d| d.fy == fy).map(|d| d.index.value())
    }
}

/// The planner's series, checked: at most one index per year, one for every year needed.
pub(crate) fn checked_series(
    d: &Deflators,
    base_fy: FinancialYear,
    years: &[FinancialYear],
) -> Result<Deflators, Error> {
    for (i, entry) in d.index.iter().enumerate() {
        if d.index[..i].iter().any(|e| e.fy == entry.fy) {
            return Err(Error::field(
                FieldPath::from("deflators.index").index(i).key("fy"),
                format!("a second index for {}", entry.fy.label()),
            ));
        }
    }
    if let Some(fy) = years.iter().find(|fy| d.get(**fy).is_none()) {
        return Err(missing(*fy));
    }
    if d.source.as_ref().is_some_and(|s| s.chars().count() > 1000) {
        return Err(Error::field("deflators.source", "at most 1000 characters"));
    }
    let mut used = d.clone();
    used.base_fy = Some(base_fy);
    used.index.retain(|e| years.contains(&e.fy));
    used.index.sort_by_key(|e| e.fy);
    if used.source.as_deref().is_none_or(|s| s.trim().is_empty()) {
        used.source = Some("Entered by the planner (no source given)".into());
    }
    Ok(used)
}

pub(crate) fn missing(fy: FinancialYear) -> Error {
    Error::field(
        "deflators.index",
        format!("no index for {}: give one for every financial year of the plans and for the base year", fy.label()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_illustrative_deflator_rises_two_percent_a_year_from_2023() {
        let d = Deflators::illustrative(
            FinancialYear(2023),
            &[FinancialYear(2022), FinancialYear(2023), FinancialYear(2025)],
        );
        let values: Vec<String> = d.index.iter().map(|e| e.index.to_string()).collect();
        assert_eq!(values[1..], ["100", "104.04"]);
        assert!(values[0].starts_with("98.0392156862745098039215686"), "{}", values[0]);
        assert!(d.source.unwrap_or_default().starts_with("Illustrative"));
    }

    #[test]
    fn an_index_is_positive_with_at_most_six_decimals() {
        assert!(IndexValue::parse("104.04").is_ok());
        assert!(IndexValue::parse("0").unwrap_err().to_string().contains("more than 0"));
        assert!(IndexValue::parse("-3").is_err());
        assert!(IndexValue::parse("1.1234567").unwrap_err().to_string().contains("six"));
    }
}
