//! Calendar months, financial years (April to March) and quarters.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::money::string_serde;
use crate::value_error::ValueError;

/// Month names in full, January first: for sentences and dates (`26 November 2026`).
pub const LONG_MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const MONTH_NAMES: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The years a scenario may name: wide enough for any plan, narrow enough that month
/// arithmetic never overflows.
pub const FIRST_YEAR: i32 = 2000;
pub const LAST_YEAR: i32 = 2100;

/// A calendar month such as `2023-04`. Ordered; `+ n` moves forward n months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// Months since January of year 0: makes ordering and arithmetic trivial.
    index: i32,
}

impl Month {
    /// # Errors
    /// When the year is outside 2000–2100 or the month outside 1–12.
    pub fn new(year: i32, month: u32) -> Result<Month, ValueError> {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return Err(ValueError::Year { year, first: FIRST_YEAR, last: LAST_YEAR });
        }
        if !(1..=12).contains(&month) {
            return Err(ValueError::MonthNumber { month });
        }
        Ok(Month { index: year * 12 + month as i32 - 1 })
    }

    /// A month known valid when the code is written (constants of the model, tests).
    /// Never for input: a month outside 1 to 12 is a programming error and panics.
    pub const fn known(year: i32, month: u32) -> Month {
        assert!(month >= 1 && month <= 12, "a month is 1 to 12");
        Month { index: year * 12 + month as i32 - 1 }
    }

    /// Reads `YYYY-MM`, as in files and links.
    ///
    /// # Errors
    /// A message saying what is wrong (`2023-13`: month 13 does not exist).
    pub fn parse(text: &str) -> Result<Month, ValueError> {
        let bytes = text.as_bytes();
        let shape_ok =
            bytes.len() == 7 && bytes[4] == b'-' && bytes[..4].iter().chain(&bytes[5..]).all(u8::is_ascii_digit);
        let not_a_month =
            || ValueError::NotA { got: text.to_string(), what: "a month written YYYY-MM, such as 2023-04" };
        if !shape_ok {
            return Err(not_a_month());
        }
        let year = text[..4].parse::<i32>().map_err(|_| not_a_month())?;
        let month = text[5..].parse::<u32>().map_err(|_| not_a_month())?;
        Month::new(year, month).map_err(|why| ValueError::Within { got: text.to_string(), why: Box::new(why) })
    }

    pub fn year(self) -> i32 {
        self.index.div_euclid(12)
    }

    /// 1 for January … 12 for December.
    pub fn month(self) -> u32 {
        self.index.rem_euclid(12) as u32 + 1
    }

    /// The month `n` months later (earlier when negative).
    pub fn plus(self, n: i32) -> Month {
        Month { index: self.index + n }
    }

    pub fn next(self) -> Month {
        self.plus(1)
    }

    /// Months from `self` to `later`: 0 for the same month.
    pub fn months_until(self, later: Month) -> i32 {
        later.index - self.index
    }

    /// The financial year this month falls in (April starts a year).
    pub fn financial_year(self) -> FinancialYear {
        let year = self.year();
        FinancialYear(if self.month() >= 4 { year } else { year - 1 })
    }

    /// The quarter of the financial year: 1 for Apr–Jun … 4 for Jan–Mar.
    pub fn quarter(self) -> u8 {
        ((self.month() + 8) % 12 / 3 + 1) as u8
    }

    /// The last month of this month's quarter (Jun, Sep, Dec or Mar).
    pub fn quarter_end(self) -> Month {
        let into_quarter = (self.month() as i32 - 1) % 3; // Jan/Apr/Jul/Oct start quarters
        self.plus(2 - into_quarter)
    }

    /// `Apr 2023`: how a planner reads a month.
    pub fn label(self) -> String {
        format!("{} {}", MONTH_NAMES[self.month() as usize - 1], self.year())
    }

    /// `April 2023`: for sentences and screen readers.
    pub fn long_label(self) -> String {
        format!("{} {}", LONG_MONTH_NAMES[self.month() as usize - 1], self.year())
    }

    /// Every month from `self` to `last`, inclusive.
    pub fn through(self, last: Month) -> impl Iterator<Item = Month> {
        (self.index..=last.index).map(|index| Month { index })
    }
}

impl fmt::Display for Month {
    /// `2023-04`, the file form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

string_serde!(Month, "a month as a string such as \"2023-04\"", Month::parse);

/// A financial year, April to March, named by the year it starts: `FinancialYear(2023)`
/// is 2023/24.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FinancialYear(pub i32);

impl FinancialYear {
    pub fn first_month(self) -> Month {
        Month { index: self.0 * 12 + 3 }
    }

    pub fn last_month(self) -> Month {
        self.first_month().plus(11)
    }

    /// `2023/24`, the short label of tables and the CLI.
    pub fn label(self) -> String {
        format!("{}/{:02}", self.0, (self.0 + 1).rem_euclid(100))
    }

    /// `financial year 2023 to 2024`, the GOV.UK style for sentences.
    pub fn long_label(self) -> String {
        format!("financial year {} to {}", self.0, self.0 + 1)
    }

    /// `2023/24 Q1`.
    pub fn quarter_label(self, quarter: u8) -> String {
        format!("{} Q{quarter}", self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(text: &str) -> Month {
        Month::parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn months_parse_strictly() {
        assert_eq!(m("2023-04").to_string(), "2023-04");
        for bad in ["2023-13", "2023-00", "2023-4", "23-04", "2023/04", "1999-12", "2023-04 "] {
            assert!(Month::parse(bad).is_err(), "{bad}");
        }
        assert!(Month::parse("2023-13").unwrap_err().to_string().contains("month 13 does not exist"));
        // Typed, so a caller can tell what is wrong without reading the words.
        assert_eq!(
            Month::parse("2023-13"),
            Err(ValueError::Within { got: "2023-13".into(), why: Box::new(ValueError::MonthNumber { month: 13 }) })
        );
    }

    #[test]
    fn financial_years_start_in_april() {
        assert_eq!(m("2023-04").financial_year(), FinancialYear(2023));
        assert_eq!(m("2024-03").financial_year(), FinancialYear(2023));
        assert_eq!(m("2024-04").financial_year(), FinancialYear(2024));
        assert_eq!(FinancialYear(2023).label(), "2023/24");
        assert_eq!(FinancialYear(2099).label(), "2099/00");
        assert_eq!(FinancialYear(2024).long_label(), "financial year 2024 to 2025");
        assert_eq!(FinancialYear(2023).first_month(), m("2023-04"));
        assert_eq!(FinancialYear(2023).last_month(), m("2024-03"));
    }

    #[test]
    fn quarters_follow_the_financial_year() {
        let cases = [
            ("2023-04", 1, "2023-06"),
            ("2023-06", 1, "2023-06"),
            ("2023-07", 2, "2023-09"),
            ("2023-12", 3, "2023-12"),
            ("2024-01", 4, "2024-03"),
            ("2024-03", 4, "2024-03"),
        ];
        for (month, quarter, end) in cases {
            assert_eq!(m(month).quarter(), quarter, "{month}");
            assert_eq!(m(month).quarter_end(), m(end), "{month}");
        }
    }

    #[test]
    fn labels_are_en_gb() {
        assert_eq!(m("2024-04").label(), "Apr 2024");
        assert_eq!(m("2023-12").long_label(), "December 2023");
        assert_eq!(m("2023-12").next(), m("2024-01"));
        assert_eq!(m("2023-04").through(m("2026-03")).count(), 36);
    }
}
