//! A post's cost built from its parts (MODEL.md version 2, rules 8 and 9): pay groups,
//! salary and allowances, and the month's cost as pay plus each on-cost, every figure
//! rounded once to the penny exactly as the rule writes it.

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize};

use crate::error::Error;
use crate::file::null_as_default;
use crate::money::{round2, Money, MAX_MONTHLY_COST};
use crate::outcome::CostBreakdown;

/// Who a pay award or a pension rate applies to. Police officers and police staff are
/// paid on different scales, with awards in different months and different pension schemes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PayGroup {
    Officer,
    Staff,
}

impl PayGroup {
    pub const ALL: [PayGroup; 2] = [PayGroup::Officer, PayGroup::Staff];

    /// The file name of the group (`officer`).
    pub fn code(self) -> &'static str {
        match self {
            PayGroup::Officer => "officer",
            PayGroup::Staff => "staff",
        }
    }

    /// What a planner reads in a menu.
    pub fn describe(self) -> &'static str {
        match self {
            PayGroup::Officer => "Police officers",
            PayGroup::Staff => "Police staff",
        }
    }

    pub fn from_code(code: &str) -> Option<PayGroup> {
        PayGroup::ALL.into_iter().find(|g| g.code() == code)
    }

    /// 0 for officers, 1 for staff: the slot of the group in per-group arrays.
    pub(crate) fn slot(self) -> usize {
        self as usize
    }
}

/// A post's pay for a full year at 1 FTE, before pay awards: salary and allowances.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pay {
    pub salary: Money,
    #[serde(default, deserialize_with = "null_as_default")]
    pub allowances: Vec<Allowance>,
}

/// An allowance paid on top of salary (London weighting, a detective allowance).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allowance {
    pub name: String,
    pub annual: Money,
    /// Counts towards pensionable pay (the employer pension rate applies to it).
    #[serde(default, deserialize_with = "null_as_default")]
    pub pensionable: bool,
    /// Pay awards apply to it.
    #[serde(default = "yes", deserialize_with = "null_as_yes")]
    pub uprated: bool,
}

fn yes() -> bool {
    true
}

fn null_as_yes<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(Option::<bool>::deserialize(d)?.unwrap_or(true))
}

/// The most allowances a post may have.
pub const MAX_ALLOWANCES: usize = 20;

impl Pay {
    /// Salary and every allowance: a year's pay before awards (an upper bound for checks).
    pub fn annual_total(&self) -> Money {
        self.salary + self.allowances.iter().map(|a| a.annual).sum()
    }

    /// Rule 9: the month's pay and on-costs for a post of `fte` whose pay factor is
    /// `factor`, with the rates in force. Each named figure is one `round2` of an exact
    /// product; the NI threshold is per person and month, not scaled by FTE.
    ///
    /// # Errors
    /// Figures too large to compute (never for a scenario that passes validation).
    pub fn month_cost(&self, fte: Decimal, factor: Decimal, rates: &PostRates) -> Result<CostBreakdown, Error> {
        let sum = |keep: fn(&Allowance) -> bool| -> Decimal {
            self.allowances.iter().filter(|a| keep(a)).map(|a| a.annual.value()).sum()
        };
        let salary = self.salary.value();
        let uprated = salary + sum(|a| a.uprated);
        let fixed = sum(|a| !a.uprated);
        let pensionable_uprated = sum(|a| a.pensionable && a.uprated);
        let pensionable_fixed = sum(|a| a.pensionable && !a.uprated);
        let twelve = Decimal::from(12);
        let monthly = |yearly: Option<Decimal>| -> Result<Money, Error> {
            let value = yearly.and_then(|y| fte.checked_mul(y)).and_then(|y| y.checked_div(twelve));
            bounded(value)
        };
        let pay = monthly(mul(uprated, factor).and_then(|u| u.checked_add(fixed)))?;
        let pensionable = monthly(
            mul(salary, factor)
                .zip(mul(pensionable_uprated, factor))
                .and_then(|(s, p)| s.checked_add(p))
                .and_then(|x| x.checked_add(pensionable_fixed)),
        )?;
        let hundred = Decimal::ONE_HUNDRED;
        let above_threshold = (pay.value() - rates.ni_threshold).max(Decimal::ZERO);
        let percent_of = |base: Decimal, rate: Decimal| bounded(mul(base, rate).and_then(|x| x.checked_div(hundred)));
        Ok(CostBreakdown {
            pay,
            employer_ni: percent_of(above_threshold, rates.ni_rate)?,
            employer_pension: percent_of(pensionable.value(), rates.pension)?,
            apprenticeship_levy: percent_of(pay.value(), rates.levy)?,
            ..CostBreakdown::default()
        })
    }
}

/// The on-cost rates that apply to one post in one month (its group's pension rate).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PostRates {
    pub ni_rate: Decimal,
    pub ni_threshold: Decimal,
    pub pension: Decimal,
    pub levy: Decimal,
}

fn mul(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_mul(b)
}

/// Rounds a computed figure once, refusing one beyond any real plan (sums stay exact).
pub(crate) fn bounded(value: Option<Decimal>) -> Result<Money, Error> {
    match value {
        Some(v) if v.abs() <= MAX_MONTHLY_COST => Ok(round2(v)),
        _ => Err(Error::field("pay_awards", "the pay awards compound to costs too large to compute")),
    }
}
