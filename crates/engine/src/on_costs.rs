//! Employer on-costs (MODEL.md version 2): National Insurance above a monthly threshold,
//! the pension rate of each pay group and the apprenticeship levy, each a list of rates
//! by the month they take effect. The entry in force in a month is the one with the
//! latest `from` on or before it; none in force means a rate of 0.

use std::collections::HashSet;
use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::field_path::FieldPath;
use crate::file::null_as_default;
use crate::money::{parse_plain_decimal, string_serde, Money};
use crate::month::Month;
use crate::pay::{PayGroup, PostRates};
use crate::value_error::ValueError;

/// An on-cost rate in percent: 0 to 100, at most four decimal places (`"13.8"`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rate(Decimal);

impl Rate {
    /// # Errors
    /// A message saying what is wrong, ready to show beside the field.
    pub fn parse(text: &str) -> Result<Rate, ValueError> {
        let trimmed = text.trim();
        let got = || trimmed.to_string();
        let number = trimmed.strip_suffix('%').unwrap_or(trimmed).trim();
        let value =
            parse_plain_decimal(number).ok_or_else(|| ValueError::NotA { got: got(), what: "a rate, such as 13.8" })?;
        if value.scale() > 4 {
            return Err(ValueError::Decimals { got: got(), places: "four decimal places" });
        }
        if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
            return Err(ValueError::Range { got: got(), rule: "must be from 0 to 100" });
        }
        Ok(Rate(value))
    }

    pub fn value(self) -> Decimal {
        self.0
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.normalize())
    }
}

string_serde!(Rate, "a rate in percent as a string such as \"13.8\"", Rate::parse);

/// The three on-cost lists. Empty lists (the default) mean no on-costs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnCosts {
    #[serde(default, deserialize_with = "null_as_default")]
    pub employer_ni: Vec<NiRate>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub pension: Vec<PensionRate>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub apprenticeship_levy: Vec<LevyRate>,
}

/// Employer National Insurance from a month: `rate` on pay above `monthly_threshold`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NiRate {
    pub from: Month,
    pub rate: Rate,
    pub monthly_threshold: Money,
}

/// The employer pension rate of one pay group from a month, on pensionable pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PensionRate {
    pub group: PayGroup,
    pub from: Month,
    pub rate: Rate,
}

/// The apprenticeship levy rate from a month, on pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevyRate {
    pub from: Month,
    pub rate: Rate,
}

/// The most entries an on-cost list may hold.
pub const MAX_ON_COST_ENTRIES: usize = 100;

/// The rates in force in one month, as numbers ready for rule 9.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MonthRates {
    pub ni_rate: Decimal,
    pub ni_threshold: Decimal,
    /// Indexed by [`PayGroup`]: officers, then staff.
    pub pension: [Decimal; 2],
    pub levy: Decimal,
}

impl MonthRates {
    /// The rates for a post of `group` (no group: no pension rate).
    pub fn for_group(&self, group: Option<PayGroup>) -> PostRates {
        PostRates {
            ni_rate: self.ni_rate,
            ni_threshold: self.ni_threshold,
            pension: group.map_or(Decimal::ZERO, |g| self.pension[g.slot()]),
            levy: self.levy,
        }
    }
}

/// The entry with the latest `from` on or before `month`.
fn in_force<T>(entries: &[T], month: Month, from: impl Fn(&T) -> Month) -> Option<&T> {
    entries.iter().filter(|e| from(e) <= month).max_by_key(|e| from(e))
}

impl OnCosts {
    pub fn is_empty(&self) -> bool {
        self.employer_ni.is_empty() && self.pension.is_empty() && self.apprenticeship_levy.is_empty()
    }

    /// The rates in force in `month` (0 where no entry is in force).
    pub fn in_force(&self, month: Month) -> MonthRates {
        let ni = in_force(&self.employer_ni, month, |e| e.from);
        let pension = PayGroup::ALL.map(|g| {
            let of_group: Vec<&PensionRate> = self.pension.iter().filter(|e| e.group == g).collect();
            in_force(&of_group, month, |e| e.from).map_or(Decimal::ZERO, |e| e.rate.value())
        });
        MonthRates {
            ni_rate: ni.map_or(Decimal::ZERO, |e| e.rate.value()),
            ni_threshold: ni.map_or(Decimal::ZERO, |e| e.monthly_threshold.value()),
            pension,
            levy: in_force(&self.apprenticeship_levy, month, |e| e.from).map_or(Decimal::ZERO, |e| e.rate.value()),
        }
    }

    /// Two entries of a list with the same `from` (and group) are an error: which one
    /// is in force would depend on their order. `at` is the path of `on_costs`.
    ///
    /// # Errors
    /// The first duplicate or over-long list, naming its field.
    pub fn validate(&self, at: &FieldPath) -> Result<(), Error> {
        let ni: Vec<_> = self.employer_ni.iter().map(|e| (None, e.from)).collect();
        let pension: Vec<_> = self.pension.iter().map(|e| (Some(e.group), e.from)).collect();
        let levy: Vec<_> = self.apprenticeship_levy.iter().map(|e| (None, e.from)).collect();
        for (name, keys) in [("employer_ni", ni), ("pension", pension), ("apprenticeship_levy", levy)] {
            if keys.len() > MAX_ON_COST_ENTRIES {
                return Err(Error::field(at.clone().key(name), format!("at most {MAX_ON_COST_ENTRIES} entries")));
            }
            let mut seen = HashSet::new();
            for (i, (group, from)) in keys.into_iter().enumerate() {
                if !seen.insert((group, from)) {
                    let whose = group.map_or(String::new(), |g| format!(" for {}", g.code()));
                    return Err(Error::field(
                        at.clone().key(name).index(i).key("from"),
                        format!("another entry{whose} is also from {from}: give each month once"),
                    ));
                }
            }
        }
        Ok(())
    }
}
