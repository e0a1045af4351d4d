//! The engine's flags in plain words: one sentence each, the same on every screen.

use planner_engine::flags::{publication_threshold, Flag};

use crate::format::pounds;

/// The sentence a planner reads.
pub fn message(flag: &Flag) -> String {
    match flag {
        Flag::CapExceeded { fy, amount, from } => {
            format!("Cap exceeded in {} by {} from {}", fy.long_label(), pounds(*amount), from.label())
        }
        Flag::AgreementExpiry { expires } => {
            format!("Agreement expires {}: no allocation after it", expires.label())
        }
        Flag::PublicationDuty { value } => format!(
            "Agreement ≥ {} must be published (this one is worth {})",
            pounds(publication_threshold()),
            pounds(*value)
        ),
    }
}

/// How much a flag matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Costs the MPS money or needs a decision.
    Warning,
    /// A duty to know about.
    Info,
}

/// A flag as a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagView {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
}

impl From<&Flag> for FlagView {
    fn from(flag: &Flag) -> Self {
        let severity = match flag {
            Flag::CapExceeded { .. } | Flag::AgreementExpiry { .. } => Severity::Warning,
            Flag::PublicationDuty { .. } => Severity::Info,
        };
        FlagView { code: flag.code(), severity, message: message(flag) }
    }
}

#[cfg(test)]
mod tests {
    use planner_engine::{FinancialYear, Money, Month};

    use super::*;

    #[test]
    fn each_flag_reads_as_a_plain_sentence() {
        let cap =
            Flag::CapExceeded { fy: FinancialYear(2023), amount: Money::pence(7_500_00), from: Month::known(2023, 8) };
        assert_eq!(message(&cap), "Cap exceeded in financial year 2023 to 2024 by £7,500 from Aug 2023");
        let expiry = Flag::AgreementExpiry { expires: Month::known(2023, 12) };
        assert_eq!(message(&expiry), "Agreement expires Dec 2023: no allocation after it");
        let duty = Flag::PublicationDuty { value: Money::pence(1_382_590_00) };
        assert_eq!(message(&duty), "Agreement ≥ £10,000 must be published (this one is worth £1,382,590)");
        assert_eq!(FlagView::from(&duty).severity, Severity::Info);
        assert_eq!(FlagView::from(&cap).severity, Severity::Warning);
    }
}
