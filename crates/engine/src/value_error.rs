//! Why a typed value (an amount, a percentage, an FTE, a month, a chance…) was refused: one
//! typed error for every parser of the engine, worded by `Display` as the field shows it.

use std::fmt;

/// What is wrong with the text given for one value. `got` is the text as typed (trimmed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueError {
    /// Nothing was entered: "enter {example}".
    Missing { example: &'static str },
    /// Not written as the value is: "{got:?} is not {what}".
    NotA { got: String, what: &'static str },
    /// A minus sign where the value cannot be negative.
    Negative { got: String },
    /// More decimal places than the value has: "at most {places}, got {got}".
    Decimals { got: String, places: &'static str },
    /// Outside what the value may be: "{rule} (got {got})".
    Range { got: String, rule: &'static str },
    /// Too many digits to hold: "{got:?} is too large {what}".
    TooLarge { got: String, what: &'static str },
    /// A year outside those the planner covers.
    Year { year: i32, first: i32, last: i32 },
    /// A month number that does not exist.
    MonthNumber { month: u32 },
    /// A year/YY pair that is not one financial year (`2023/25`).
    FinancialYear { year: i32, next: i32, label: String },
    /// A quarter number that does not exist.
    QuarterNumber { quarter: u8 },
    /// A month or quarter written correctly whose year, month or quarter is wrong:
    /// "{got}: {why}".
    Within { got: String, why: Box<ValueError> },
}

impl ValueError {
    /// The same error, repeating `typed` instead of the text the parser was given (what a
    /// person typed, before `£` and thousands commas were taken out).
    pub fn repeating(self, typed: &str) -> ValueError {
        let typed = typed.to_string();
        match self {
            ValueError::NotA { what, .. } => ValueError::NotA { got: typed, what },
            ValueError::Negative { .. } => ValueError::Negative { got: typed },
            ValueError::Decimals { places, .. } => ValueError::Decimals { got: typed, places },
            ValueError::Range { rule, .. } => ValueError::Range { got: typed, rule },
            ValueError::TooLarge { what, .. } => ValueError::TooLarge { got: typed, what },
            other => other,
        }
    }
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValueError::Missing { example } => write!(f, "enter {example}"),
            ValueError::NotA { got, what } => write!(f, "{got:?} is not {what}"),
            ValueError::Negative { got } => write!(f, "must not be negative (got {got})"),
            ValueError::Decimals { got, places } => write!(f, "at most {places}, got {got}"),
            ValueError::Range { got, rule } => write!(f, "{rule} (got {got})"),
            ValueError::TooLarge { got, what } => write!(f, "{got:?} is too large {what}"),
            ValueError::Year { year, first, last } => write!(f, "year {year} is outside {first} to {last}"),
            ValueError::MonthNumber { month } => write!(f, "month {month} does not exist (months are 01 to 12)"),
            ValueError::FinancialYear { year, next, label } => {
                write!(f, "{year}/{next:02} is not a financial year (it would be {label})")
            }
            ValueError::QuarterNumber { quarter } => {
                write!(f, "quarter {quarter} does not exist (quarters are Q1 to Q4)")
            }
            ValueError::Within { got, why } => write!(f, "{got}: {why}"),
        }
    }
}

impl std::error::Error for ValueError {}

/// Where a form wants the reason as text (a field's draft), `?` gives it.
impl From<ValueError> for String {
    fn from(e: ValueError) -> String {
        e.to_string()
    }
}
