//! Warnings a planner must see, as typed values: computed here so every front end shows
//! the same ones (the view crate words them).

use crate::money::Money;
use crate::month::{FinancialYear, Month};

/// The funding agreement in force expires at the end of this month (the report).
pub const AGREEMENT_EXPIRY: Month = Month::known(2023, 12);

/// Agreements of this value or more must be published (Elected Local Policing Bodies
/// (Specified Information) (Amendment) Order 2011).
pub fn publication_threshold() -> Money {
    Money::pence(10_000_00)
}

/// One warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Flag {
    /// Eligible cost in `fy` exceeds its allocation by `amount`, first in `from`.
    CapExceeded { fy: FinancialYear, amount: Money, from: Month },
    /// The horizon runs past December 2023 and no allocation follows the expiry of the
    /// agreement in force.
    AgreementExpiry { expires: Month },
    /// The agreement is worth `value` (all allocations), at least the publication threshold.
    PublicationDuty { value: Money },
}

impl Flag {
    /// A short machine name, for the CLI and for styling.
    pub fn code(&self) -> &'static str {
        match self {
            Flag::CapExceeded { .. } => "cap_exceeded",
            Flag::AgreementExpiry { .. } => "agreement_expiry",
            Flag::PublicationDuty { .. } => "publication_duty",
        }
    }
}
