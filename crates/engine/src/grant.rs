//! The grant: allocations per financial year, when it stops, and how it pays.

use serde::{Deserialize, Deserializer, Serialize};

use crate::money::Money;
use crate::month::{FinancialYear, Month};

/// The grant from the funder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grant {
    pub name: String,
    /// The cap for each financial year. A year not listed has a cap of zero.
    pub allocations: Vec<Allocation>,
    /// The last funded month; `None` when funding never stops within the plan.
    #[serde(default)]
    pub stops_after: Option<Month>,
    /// Months between raising a quarterly invoice and being paid.
    #[serde(default = "default_payment_lag", deserialize_with = "lag_or_default")]
    pub payment_lag_months: u32,
}

impl Grant {
    /// The cap for `fy`: zero when no allocation is listed.
    pub fn allocation(&self, fy: FinancialYear) -> Money {
        self.allocations.iter().filter(|a| a.fy == fy).map(|a| a.amount).sum()
    }

    /// Whether `month` is funded: on or before `stops_after`.
    pub fn active_in(&self, month: Month) -> bool {
        self.stops_after.is_none_or(|last| month <= last)
    }

    /// The first month without funding, if funding stops.
    pub fn first_unfunded_month(&self) -> Option<Month> {
        self.stops_after.map(Month::next)
    }
}

/// One financial year's cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allocation {
    pub fy: FinancialYear,
    pub amount: Money,
}

/// Paid one month after the invoice is raised unless the file says otherwise.
pub const DEFAULT_PAYMENT_LAG: u32 = 1;

fn default_payment_lag() -> u32 {
    DEFAULT_PAYMENT_LAG
}

fn lag_or_default<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    Ok(Option::<u32>::deserialize(d)?.unwrap_or(DEFAULT_PAYMENT_LAG))
}
