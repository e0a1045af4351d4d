//! Money, percentages and full-time equivalents: checked newtypes over `Decimal`.
//!
//! Money is never `f64`. A post's monthly cost is rounded once to the penny, half away
//! from zero ([`round2`]); every other figure is an exact sum of such pennies.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub};
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::de;

use crate::value_error::ValueError;

/// The largest amount a scenario may hold in one field: keeps every sum far from
/// `Decimal`'s limits, so adding figures never overflows.
pub const MAX_MONEY: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0); // £1bn

/// An amount of money in pounds. Constructed values from files are non-negative and have
/// at most two decimal places; computed values are sums of rounded pennies.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(Decimal);

/// A monthly cost so large that no real plan reaches it: beyond it sums could overflow.
pub(crate) const MAX_MONTHLY_COST: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0); // £1e15

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// Wraps a computed amount (no checks): for sums and differences of money.
    pub fn from_decimal(value: Decimal) -> Money {
        Money(value)
    }

    /// Whole pence, for tests and examples: `Money::pence(95_647_50)` is £95,647.50.
    pub fn pence(pence: i64) -> Money {
        Money(Decimal::new(pence, 2))
    }

    pub fn value(self) -> Decimal {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    pub fn is_positive(self) -> bool {
        self.0 > Decimal::ZERO
    }

    pub fn min(self, other: Money) -> Money {
        if self <= other {
            self
        } else {
            other
        }
    }

    /// Reads an amount as a file stores it: digits, optionally a point and one or two
    /// decimals (`"88950"`, `"88950.5"`, `"88950.00"`). Never negative.
    ///
    /// # Errors
    /// A message saying what is wrong, ready to show beside the field.
    pub fn parse(text: &str) -> Result<Money, ValueError> {
        let trimmed = text.trim();
        let unsigned = trimmed;
        let got = || trimmed.to_string();
        if unsigned.is_empty() {
            return Err(ValueError::Missing { example: "an amount in pounds, such as 88950.00" });
        }
        if unsigned.starts_with('-') {
            return Err(ValueError::Negative { got: got() });
        }
        let (whole, pennies) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty()
            || !digits_only(whole)
            || !digits_only(pennies)
            || (unsigned.contains('.') && pennies.is_empty())
        {
            return Err(ValueError::NotA { got: got(), what: "an amount in pounds, such as 88950.00" });
        }
        if pennies.len() > 2 {
            return Err(ValueError::Decimals { got: got(), places: "two decimal places (pennies)" });
        }
        let value = Decimal::from_str(unsigned).map_err(|_| ValueError::TooLarge { got: got(), what: "an amount" })?;
        if value > MAX_MONEY {
            return Err(ValueError::Range { got: got(), rule: "must be at most £1,000,000,000.00" });
        }
        Ok(Money(value))
    }

    /// Reads an amount as a person types it: like [`Money::parse`], but a leading `£` and
    /// commas between thousands are accepted (`£88,950.00`).
    ///
    /// # Errors
    /// As [`Money::parse`].
    pub fn parse_input(text: &str) -> Result<Money, ValueError> {
        let trimmed = text.trim();
        let bare = trimmed.strip_prefix('£').unwrap_or(trimmed).replace(',', "");
        Money::parse(&bare).map_err(|e| e.repeating(trimmed))
    }

    /// The amount with exactly two decimals and no separators, as files and the CLI write it.
    pub fn to_plain(self) -> String {
        let mut d = self.0;
        d.rescale(2);
        d.to_string()
    }
}

/// Rounds to the penny, half away from zero: the one rounding rule of the model.
pub fn round2(value: Decimal) -> Money {
    Money(value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
}

impl fmt::Display for Money {
    /// `88950.00`: the plain form (the view crate writes `£88,950`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_plain())
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        self.0 += rhs.0;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

string_serde!(Money, "money as a string such as \"88950.00\"", Money::parse);

/// A percentage such as a pay award: `"4.75"` means 4.75%. Above −100, at most 100,
/// at most four decimal places.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Percent(Decimal);

impl Percent {
    /// # Errors
    /// A message saying what is wrong, ready to show beside the field.
    pub fn parse(text: &str) -> Result<Percent, ValueError> {
        let trimmed = text.trim();
        let got = || trimmed.to_string();
        let number = trimmed.strip_suffix('%').unwrap_or(trimmed).trim();
        let value = parse_plain_decimal(number)
            .ok_or_else(|| ValueError::NotA { got: got(), what: "a percentage, such as 4.75" })?;
        if value.scale() > 4 {
            return Err(ValueError::Decimals { got: got(), places: "four decimal places" });
        }
        if value <= Decimal::from(-100) || value > Decimal::from(100) {
            return Err(ValueError::Range { got: got(), rule: "must be above -100 and at most 100" });
        }
        Ok(Percent(value))
    }

    pub fn from_decimal_unchecked(value: Decimal) -> Percent {
        Percent(value)
    }

    pub fn value(self) -> Decimal {
        self.0
    }

    /// `1 + percent / 100`.
    pub fn factor(self) -> Decimal {
        Decimal::ONE + self.0 / Decimal::ONE_HUNDRED
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.normalize())
    }
}

string_serde!(Percent, "a percentage as a string such as \"4.75\"", Percent::parse);

/// Full-time equivalent of a post: more than 0, at most 1. `"0.5"` is half time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fte(Decimal);

impl Default for Fte {
    fn default() -> Self {
        Fte(Decimal::ONE)
    }
}

impl Fte {
    pub const FULL: Fte = Fte(Decimal::ONE);

    /// # Errors
    /// A message saying what is wrong, ready to show beside the field.
    pub fn parse(text: &str) -> Result<Fte, ValueError> {
        let trimmed = text.trim();
        let got = || trimmed.to_string();
        let value = parse_plain_decimal(trimmed)
            .ok_or_else(|| ValueError::NotA { got: got(), what: "a full-time equivalent, such as 1 or 0.6" })?;
        if value <= Decimal::ZERO || value > Decimal::ONE {
            return Err(ValueError::Range { got: got(), rule: "must be more than 0 and at most 1" });
        }
        if value.scale() > 4 {
            return Err(ValueError::Decimals { got: got(), places: "four decimal places" });
        }
        Ok(Fte(value))
    }

    pub fn value(self) -> Decimal {
        self.0
    }
}

impl fmt::Display for Fte {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.normalize())
    }
}

string_serde!(Fte, "an FTE as a string such as \"1\" or \"0.6\"", Fte::parse);

/// `-12.5`, `4.75`, `1`: an optional minus, digits, an optional point and digits. No
/// exponents, no plus sign, no spaces inside.
pub(crate) fn parse_plain_decimal(text: &str) -> Option<Decimal> {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let ok = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
        && !(unsigned.contains('.') && fraction.is_empty())
        && whole.len() <= 12
        && fraction.len() <= 12;
    if ok {
        Decimal::from_str(text).ok()
    } else {
        None
    }
}

/// Serde for a value that files write as a string: written with `Display`, read with the
/// type's own parser from a string only (a JSON number is refused with what is expected).
macro_rules! string_serde {
    ($ty:ty, $expecting:expr, $parse:expr) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                d.deserialize_any($crate::money::StrVisitor::new($expecting, $parse))
            }
        }
    };
}
pub(crate) use string_serde;

/// Deserializes a newtype from a JSON string only, with the type's own parser, so that a
/// JSON number (`88950`) is refused with a message saying a string is expected.
pub(crate) struct StrVisitor<T> {
    expecting: &'static str,
    parse: fn(&str) -> Result<T, ValueError>,
}

impl<T> StrVisitor<T> {
    pub(crate) fn new(expecting: &'static str, parse: fn(&str) -> Result<T, ValueError>) -> Self {
        StrVisitor { expecting, parse }
    }
}

impl<T> de::Visitor<'_> for StrVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.parse)(v).map_err(E::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_parses_the_forms_people_and_files_use() {
        for (text, pence) in
            [("88950.00", 8_895_000), ("88950", 8_895_000), ("88950.5", 8_895_050), (" 0 ", 0), ("0.01", 1)]
        {
            assert_eq!(Money::parse(text), Ok(Money::pence(pence)), "{text}");
        }
    }

    #[test]
    fn people_may_type_pound_signs_and_commas_but_files_may_not() {
        assert_eq!(Money::parse_input("£88,950.00"), Ok(Money::pence(8_895_000)));
        // The error repeats what was typed, not the figure with `£` and commas taken out.
        assert_eq!(
            Money::parse_input("£1,000,000,000.01"),
            Err(ValueError::Range { got: "£1,000,000,000.01".into(), rule: "must be at most £1,000,000,000.00" })
        );
        assert!(Money::parse("£88,950.00").is_err());
        assert!(Money::parse_input("-£5").is_err());
    }

    #[test]
    fn money_refuses_what_is_not_an_amount() {
        for (text, needle) in [
            ("-5", "negative"),
            ("abc", "not an amount"),
            ("", "enter an amount"),
            ("1.234", "two decimal places"),
            ("1e5", "not an amount"),
            ("+5", "not an amount"),
            ("5.", "not an amount"),
            (".5", "not an amount"),
            ("1000000000.01", "at most"),
            ("99999999999999999999999999999999", "too large"),
        ] {
            let err = Money::parse(text).expect_err(text);
            assert!(err.to_string().contains(needle), "{text}: {err}");
        }
    }

    #[test]
    fn round2_takes_halves_away_from_zero() {
        let d = |s: &str| Decimal::from_str(s).unwrap_or_default();
        assert_eq!(round2(d("1.005")), Money::pence(101));
        assert_eq!(round2(d("1.004999")), Money::pence(100));
        assert_eq!(round2(d("-1.005")), Money::pence(-101));
        assert_eq!(round2(d("7412.5")), Money::pence(741_250));
    }

    #[test]
    fn money_writes_exactly_two_decimals() {
        assert_eq!(Money::pence(8_895_000).to_plain(), "88950.00");
        assert_eq!(Money::ZERO.to_plain(), "0.00");
        assert_eq!(Money::pence(-5).to_plain(), "-0.05");
    }

    #[test]
    fn percent_and_fte_have_checked_ranges() {
        assert!(Percent::parse("4.75").is_ok());
        assert!(Percent::parse("-3").is_ok());
        assert!(Percent::parse("7%").is_ok());
        assert!(Percent::parse("-100").is_err());
        assert!(Percent::parse("100.5").is_err());
        assert!(Percent::parse("1.23456").is_err());
        assert!(Fte::parse("1").is_ok());
        assert!(Fte::parse("0.6").is_ok());
        assert!(Fte::parse("0").is_err());
        assert!(Fte::parse("1.01").is_err());
        assert!(Fte::parse("-0.5").is_err());
        assert_eq!(Fte::parse("0.50").map(|f| f.to_string()), Ok("0.5".into()));
    }
}
