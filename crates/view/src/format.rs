//! En-GB money and counts as a planner reads them (`£382,590`, `£382,590.00`, `+£1,234`).
//! Every front end formats through here so they all agree.

use rust_decimal::{Decimal, RoundingStrategy};

use planner_engine::money::Money;

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

/// `name` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, for text that cannot
/// hold a `<bdi>` (an SVG label): a name in a right-to-left script then cannot reorder the
/// figures beside it. Both characters are invisible.
pub fn isolated(name: &str) -> String {
    format!("\u{2068}{name}\u{2069}")
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
