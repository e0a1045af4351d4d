//! Display-ready values: en-GB money and the JSON report that the CLI prints (MODEL.md,
//! "The command-line evaluator"). Front ends format through here so they all agree.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use crate::money::Money;
use crate::month::Month;
use crate::scenario::Scenario;
use crate::timeline::{Figures, Outcome};

/// `£382,590`: whole pounds, half away from zero, for tables and headlines.
pub fn pounds(amount: Money) -> String {
    let whole = amount.value().round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    with_sign(whole, 0)
}

/// `£382,590.00`: pounds and pence, where pennies matter.
pub fn pounds_pence(amount: Money) -> String {
    with_sign(amount.value().round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero), 2)
}

/// `+£1,234` or `-£1,234`: for differences, so the sign is written, not only coloured.
pub fn pounds_signed(amount: Money) -> String {
    if amount.is_positive() {
        format!("+{}", pounds(amount))
    } else {
        pounds(amount)
    }
}

fn with_sign(value: Decimal, decimals: u32) -> String {
    let mut v = value.abs();
    v.rescale(decimals);
    let text = v.to_string();
    let (whole, fraction) = text.split_once('.').map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let mut grouped = String::with_capacity(text.len() + whole.len() / 3 + 2);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if value.is_sign_negative() && !value.is_zero() { "-" } else { "" };
    match fraction {
        Some(f) => format!("{sign}£{grouped}.{f}"),
        None => format!("{sign}£{grouped}"),
    }
}

/// `5`, `4.6`: a headcount without trailing zeros.
pub fn headcount(value: Decimal) -> String {
    value.normalize().to_string()
}

#[derive(Serialize)]
struct FiguresJson {
    post_cost: Money,
    eligible: Money,
    claimed: Money,
    cap_excess: Money,
    unfunded_pressure: Money,
    backfill_cost: Money,
    redeployed_cost: Money,
    non_staff_cost: Money,
}

impl From<&Figures> for FiguresJson {
    fn from(f: &Figures) -> Self {
        FiguresJson {
            post_cost: f.post_cost,
            eligible: f.eligible,
            claimed: f.claimed,
            cap_excess: f.cap_excess,
            unfunded_pressure: f.unfunded_pressure,
            backfill_cost: f.backfill_cost,
            redeployed_cost: f.redeployed_cost,
            non_staff_cost: f.non_staff_cost,
        }
    }
}

#[derive(Serialize)]
struct YearJson {
    fy: String,
    allocation: Money,
    cap_headroom: Money,
    #[serde(flatten)]
    figures: FiguresJson,
}

#[derive(Serialize)]
struct MonthJson {
    month: Month,
    headcount: String,
    cash_position: Money,
    #[serde(flatten)]
    figures: FiguresJson,
}

#[derive(Serialize)]
struct InvoiceJson {
    quarter: String,
    amount: Money,
    raised: Month,
    paid: Month,
}

#[derive(Serialize)]
struct PeakJson {
    amount: Money,
    month: Option<Month>,
}

/// The results as the CLI prints them (see [`outcome_report`]); serialize it with serde.
#[derive(Serialize)]
pub struct OutcomeReport {
    scenario: String,
    years: Vec<YearJson>,
    total: FiguresJson,
    months: Vec<MonthJson>,
    invoices: Vec<InvoiceJson>,
    peak_cash_position: PeakJson,
}

/// The results as the CLI prints them: money as strings with two decimals, fields in the
/// order MODEL.md shows.
pub fn outcome_report(scenario: &Scenario, outcome: &Outcome) -> OutcomeReport {
    OutcomeReport {
        scenario: scenario.name.clone(),
        years: outcome
            .years
            .iter()
            .map(|y| YearJson {
                fy: y.fy.label(),
                allocation: y.allocation,
                cap_headroom: y.cap_headroom,
                figures: (&y.figures).into(),
            })
            .collect(),
        total: (&outcome.total).into(),
        months: outcome
            .months
            .iter()
            .map(|m| MonthJson {
                month: m.month,
                headcount: headcount(m.headcount),
                cash_position: m.cash_position,
                figures: (&m.figures).into(),
            })
            .collect(),
        invoices: outcome
            .invoices
            .iter()
            .map(|i| InvoiceJson { quarter: i.label(), amount: i.amount, raised: i.raised, paid: i.paid })
            .collect(),
        peak_cash_position: PeakJson {
            amount: outcome.peak_cash_position.amount,
            month: outcome.peak_cash_position.month,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pounds_are_grouped_in_thousands_en_gb() {
        for (pence, whole, exact) in [
            (38_259_000, "£382,590", "£382,590.00"),
            (86_082_750, "£860,828", "£860,827.50"),
            (0, "£0", "£0.00"),
            (99_99, "£100", "£99.99"),
            (49, "£0", "£0.49"),
            (50, "£1", "£0.50"),
            (-123_456_789, "-£1,234,568", "-£1,234,567.89"),
            (100_000_000_00, "£100,000,000", "£100,000,000.00"),
        ] {
            assert_eq!(pounds(Money::pence(pence)), whole, "{pence}");
            assert_eq!(pounds_pence(Money::pence(pence)), exact, "{pence}");
        }
        assert_eq!(pounds_signed(Money::pence(100)), "+£1");
        assert_eq!(pounds_signed(Money::pence(-100)), "-£1");
        assert_eq!(pounds_signed(Money::ZERO), "£0");
    }

    #[test]
    fn headcount_has_no_trailing_zeros() {
        assert_eq!(headcount(Decimal::new(50, 1)), "5");
        assert_eq!(headcount(Decimal::new(460, 2)), "4.6");
        assert_eq!(headcount(Decimal::ZERO), "0");
    }
}
