//! The Green Book view: business as usual and each option, with the cost to the MPS (the
//! unfunded pressure) in cash by financial year and quarter (affordability), and by year
//! in real terms and in present value, with the differences from business as usual.

use std::fmt;

use rust_decimal::Decimal;
use serde::Serialize;

use super::deflators::{checked_series, missing, Deflators, DEFAULT_INDEX_BASE};
use crate::error::Error;
use crate::money::{round2, string_serde, Money};
use crate::month::FinancialYear;
use crate::outcome::Outcome;
use crate::scenario::Scenario;
use crate::timeline::evaluate;
use crate::value_error::ValueError;

/// The discount rate, percent a year.
pub const DISCOUNT_RATE_PERCENT: Decimal = Decimal::from_parts(35, 0, 0, false, 1);

pub const DISCOUNT_RATE_SOURCE: &str = "HM Treasury, The Green Book (2022): the social time preference rate, \
     3.5% a year for years 0 to 30; discount factor 1/(1.035)^t, t = years from the base year";

pub const OPTIMISM_BIAS_SOURCE: &str = "HM Treasury, Supplementary Green Book Guidance: Optimism Bias (2013): \
     uplift costs by the percentage for the type of project, reduced as its risks are managed";

/// What the cost to the MPS means here.
pub const COST_TO_MPS: &str = "Cost to the MPS = unfunded pressure (post cost after the stop plus cap excess); \
     backfill, redeployed and non-staff costs fall on other budgets and are not counted";

/// An optimism-bias uplift in percent: from 0 to 1000, at most four decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Uplift(Decimal);

impl Uplift {
    /// # Errors
    /// A message saying what is wrong, ready to show beside the field.
    pub fn parse(text: &str) -> Result<Uplift, ValueError> {
        let trimmed = text.trim();
        let number = trimmed.strip_suffix('%').unwrap_or(trimmed).trim();
        let value = super::plain_decimal(number)
            .ok_or_else(|| ValueError::NotA { got: trimmed.to_string(), what: "a percentage, such as 24 or 12.5" })?;
        if value < Decimal::ZERO || value > Decimal::from(1000) {
            return Err(ValueError::Range {
                got: trimmed.to_string(),
                rule: "an uplift must be from 0 to 1000 percent",
            });
        }
        if value.scale() > 4 {
            return Err(ValueError::Decimals { got: trimmed.to_string(), places: "four decimal places" });
        }
        Ok(Uplift(value))
    }

    /// `1 + percent / 100`.
    pub fn factor(self) -> Decimal {
        Decimal::ONE + self.0 / Decimal::ONE_HUNDRED
    }
}

impl fmt::Display for Uplift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.normalize())
    }
}

string_serde!(Uplift, "a percentage as a string such as \"24\"", Uplift::parse);

/// The Green Book view of a set of scenarios.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GreenBook {
    pub cost_to_mps: String,
    #[serde(serialize_with = "super::decimal_str")]
    pub discount_rate: Decimal,
    pub discount_rate_source: String,
    /// The series used, base year included (feed it back with `--deflators`).
    pub deflators: Deflators,
    pub optimism_bias: Option<Uplift>,
    pub optimism_bias_source: String,
    pub scenarios: Vec<GreenBookScenario>,
}

/// One scenario in the Green Book view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GreenBookScenario {
    pub scenario: String,
    pub years: Vec<GreenBookYear>,
    pub quarters: Vec<QuarterCost>,
    pub total: Values,
    /// This scenario less business as usual; `null` for business as usual itself and for
    /// a scenario on another horizon.
    pub difference_from_business_as_usual: Option<Difference>,
}

/// A financial year: cash, real terms (base-year prices, optimism bias included) and
/// present value, each rounded once to the penny.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GreenBookYear {
    #[serde(serialize_with = "super::fy_label")]
    pub fy: FinancialYear,
    /// t: years from the base year.
    pub years_from_base: i32,
    #[serde(serialize_with = "super::decimal_str")]
    pub deflator: Decimal,
    #[serde(serialize_with = "super::decimal_str")]
    pub discount_factor: Decimal,
    #[serde(flatten)]
    pub values: Values,
}

/// Nominal cash, real terms and present value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Values {
    pub nominal: Money,
    pub real: Money,
    pub present_value: Money,
}

impl Values {
    fn plus(self, o: Values) -> Values {
        Values {
            nominal: self.nominal + o.nominal,
            real: self.real + o.real,
            present_value: self.present_value + o.present_value,
        }
    }

    fn minus(self, o: Values) -> Values {
        Values {
            nominal: self.nominal - o.nominal,
            real: self.real - o.real,
            present_value: self.present_value - o.present_value,
        }
    }
}

/// The cash cost of one quarter (affordability).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuarterCost {
    /// `2023/24 Q1`.
    pub quarter: String,
    pub nominal: Money,
}

/// A scenario less business as usual, year by year (positive: the MPS pays more).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Difference {
    pub years: Vec<YearDifference>,
    pub total: Values,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearDifference {
    #[serde(serialize_with = "super::fy_label")]
    pub fy: FinancialYear,
    #[serde(flatten)]
    pub values: Values,
}

/// The Green Book view of `scenarios` (the first is business as usual), each evaluated as
/// it stands. Per year: real = nominal × uplift × index(base) ÷ index(year); present value
/// = real × discount factor, 1 ÷ 1.035^t (1.035^−t before the base year); each computed to
/// 28 significant digits and rounded once to the penny, half away from zero. Totals are
/// sums of the rounded years. Quarters are cash only.
///
/// # Errors
/// A deflator series without an index for a year of a plan or for the base year, or with
/// two for one year (paths `deflators.…`); figures too large to compute.
pub fn green_book(
    scenarios: &[Scenario],
    deflators: Option<&Deflators>,
    optimism_bias: Option<Uplift>,
) -> Result<GreenBook, Error> {
    let base_fy = deflators
        .and_then(|d| d.base_fy)
        .or_else(|| scenarios.first().map(|s| s.horizon.start.financial_year()))
        .unwrap_or(FinancialYear(DEFAULT_INDEX_BASE));
    let mut years: Vec<FinancialYear> =
        scenarios.iter().flat_map(|s| s.horizon.months().map(|m| m.financial_year())).collect();
    years.push(base_fy);
    years.sort();
    years.dedup();
    let used = match deflators {
        Some(d) => checked_series(d, base_fy, &years)?,
        None => Deflators::illustrative(base_fy, &years),
    };
    let base_index = used.get(base_fy).ok_or_else(|| missing(base_fy))?;
    let uplift = optimism_bias.map_or(Decimal::ONE, Uplift::factor);
    let mut out: Vec<GreenBookScenario> = Vec::with_capacity(scenarios.len());
    for s in scenarios {
        let outcome = evaluate(s)?;
        let years = outcome
            .years
            .iter()
            .map(|y| {
                let deflator = used.get(y.fy).ok_or_else(|| missing(y.fy))?;
                let t = y.fy.0 - base_fy.0;
                let discount_factor = discount_factor(t)?;
                let nominal = y.figures.unfunded_pressure;
                let real = nominal
                    .value()
                    .checked_mul(uplift)
                    .and_then(|x| x.checked_mul(base_index))
                    .and_then(|x| x.checked_div(deflator))
                    .ok_or_else(too_large)?;
                let present_value = real.checked_mul(discount_factor).ok_or_else(too_large)?;
                let values = Values { nominal, real: round2(real), present_value: round2(present_value) };
                Ok(GreenBookYear { fy: y.fy, years_from_base: t, deflator, discount_factor, values })
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let total = years.iter().fold(Values::default(), |sum, y| sum.plus(y.values));
        let difference = match out.first() {
            Some(bau) if scenarios[0].horizon == s.horizon => Some(Difference {
                years: years
                    .iter()
                    .zip(&bau.years)
                    .map(|(o, b)| YearDifference { fy: o.fy, values: o.values.minus(b.values) })
                    .collect(),
                total: total.minus(bau.total),
            }),
            _ => None,
        };
        out.push(GreenBookScenario {
            scenario: s.name.clone(),
            quarters: quarters(&outcome),
            years,
            total,
            difference_from_business_as_usual: difference,
        });
    }
    Ok(GreenBook {
        cost_to_mps: COST_TO_MPS.into(),
        discount_rate: DISCOUNT_RATE_PERCENT,
        discount_rate_source: DISCOUNT_RATE_SOURCE.into(),
        deflators: used,
        optimism_bias,
        optimism_bias_source: OPTIMISM_BIAS_SOURCE.into(),
        scenarios: out,
    })
}

/// 1 ÷ 1.035^t for t ≥ 0 (1.035^−t for t < 0), to 28 significant digits.
pub fn discount_factor(t: i32) -> Result<Decimal, Error> {
    let rate = Decimal::ONE + DISCOUNT_RATE_PERCENT / Decimal::ONE_HUNDRED;
    let mut power = Decimal::ONE;
    for _ in 0..t.unsigned_abs() {
        power = power.checked_mul(rate).ok_or_else(too_large)?;
    }
    if t >= 0 {
        Decimal::ONE.checked_div(power).ok_or_else(too_large)
    } else {
        Ok(power)
    }
}

/// The cash cost of each quarter of the horizon, in order.
fn quarters(outcome: &Outcome) -> Vec<QuarterCost> {
    let mut quarters: Vec<(FinancialYear, u8, Money)> = Vec::new();
    for m in &outcome.months {
        let (fy, q) = (m.month.financial_year(), m.month.quarter());
        match quarters.last_mut() {
            Some(last) if last.0 == fy && last.1 == q => last.2 += m.figures.unfunded_pressure,
            _ => quarters.push((fy, q, m.figures.unfunded_pressure)),
        }
    }
    quarters.into_iter().map(|(fy, q, nominal)| QuarterCost { quarter: fy.quarter_label(q), nominal }).collect()
}

fn too_large() -> Error {
    Error::field("deflators", "the Green Book figures are too large to compute exactly")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_discount_factor_is_one_over_1_035_to_the_t() {
        let d = |t| discount_factor(t).unwrap_or_default();
        assert_eq!(d(0), Decimal::ONE);
        assert_eq!(d(1).round_dp(10), Decimal::new(9_661_835_749, 10));
        assert_eq!(d(2).round_dp(10), Decimal::new(9_335_107_004, 10));
        assert_eq!(d(-1), Decimal::new(1035, 3));
    }

    #[test]
    fn an_uplift_is_a_percent_from_0_to_1000() {
        assert_eq!(Uplift::parse("24%").map(|u| u.factor()), Ok(Decimal::new(124, 2)));
        assert!(Uplift::parse("-1").unwrap_err().to_string().contains("from 0 to 1000"));
        assert!(Uplift::parse("x").is_err());
    }
}
