//! Actuals (MODEL.md version 2, rules 10 and 11): the post cost the ledger shows for months
//! up to `through`, and what the funder actually paid for each quarterly invoice. They are
//! facts, not options; `evaluate` puts them in place of the modelled figures.

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::field_path::FieldPath;
use crate::file::null_as_default;
use crate::money::{string_serde, Money};
use crate::month::{FinancialYear, Month, FIRST_YEAR, LAST_YEAR};
use crate::outcome::Invoice;
use crate::value_error::ValueError;

/// Actual spend and payments, up to `through`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actuals {
    /// The last month with actuals: "actuals to Sep 2024".
    pub through: Month,
    #[serde(default, deserialize_with = "null_as_default")]
    pub months: Vec<ActualMonth>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub invoices: Vec<ActualInvoice>,
}

/// The month's actual post cost, in place of the modelled one (rule 10).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActualMonth {
    pub month: Month,
    pub post_cost: Money,
}

/// What the funder paid for a quarter's invoice, and when (rule 11).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActualInvoice {
    pub quarter: Quarter,
    pub amount: Money,
    pub paid: Month,
    /// The funder will not pay the shortfall: it becomes unfunded pressure.
    #[serde(default, deserialize_with = "null_as_default")]
    pub disallowed: bool,
}

/// A quarter of a financial year, written `2023/24 Q1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    pub fy: FinancialYear,
    /// 1 (Apr to Jun) to 4 (Jan to Mar).
    pub quarter: u8,
}

impl Quarter {
    /// Reads exactly `YYYY/YY Qn`, YY being the next year's last two digits.
    ///
    /// # Errors
    /// A message saying what is wrong, ready to show beside the field.
    pub fn parse(text: &str) -> Result<Quarter, ValueError> {
        let bad = || ValueError::NotA { got: crate::error::cut(text), what: "a quarter written like 2023/24 Q1" };
        let within = |why| ValueError::Within { got: text.to_string(), why: Box::new(why) };
        let b = text.as_bytes();
        let shape = b.len() == 10
            && b[4] == b'/'
            && &b[7..9] == b" Q"
            && b[..4].iter().chain(&b[5..7]).chain(&b[9..]).all(u8::is_ascii_digit);
        if !shape {
            return Err(bad());
        }
        let year: i32 = text[..4].parse().map_err(|_| bad())?;
        let next: i32 = text[5..7].parse().map_err(|_| bad())?;
        let quarter: u8 = text[9..].parse().map_err(|_| bad())?;
        if next != (year + 1).rem_euclid(100) {
            return Err(within(ValueError::FinancialYear { year, next, label: FinancialYear(year).label() }));
        }
        if !(1..=4).contains(&quarter) {
            return Err(within(ValueError::QuarterNumber { quarter }));
        }
        if !(FIRST_YEAR..LAST_YEAR).contains(&year) {
            return Err(within(ValueError::Year { year, first: FIRST_YEAR, last: LAST_YEAR - 1 }));
        }
        Ok(Quarter { fy: FinancialYear(year), quarter })
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.fy.quarter_label(self.quarter))
    }
}

string_serde!(Quarter, "a quarter as a string such as \"2023/24 Q1\"", Quarter::parse);

/// The most actual invoices a scenario may hold (every quarter of a 240-month horizon, and some).
pub const MAX_ACTUAL_INVOICES: usize = 100;

impl Actuals {
    /// The actual post cost of `month`, if there is one.
    pub fn post_cost(&self, month: Month) -> Option<Money> {
        self.months.iter().find(|a| a.month == month).map(|a| a.post_cost)
    }

    /// The rules that need no evaluation: `at` is the path of `actuals`.
    ///
    /// # Errors
    /// The first rule broken, naming its field.
    pub fn validate(&self, (start, end): (Month, Month), at: &FieldPath) -> Result<(), Error> {
        let within = |m: Month| start <= m && m <= end;
        if !within(self.through) {
            return Err(Error::field(
                at.clone().key("through"),
                format!("{} is outside the horizon ({start} to {end})", self.through),
            ));
        }
        let mut months = HashSet::new();
        for (i, a) in self.months.iter().enumerate() {
            let path = || at.clone().key("months").index(i).key("month");
            if a.month > self.through {
                return Err(Error::field(path(), format!("{} is after the actuals end ({})", a.month, self.through)));
            }
            if !within(a.month) {
                return Err(Error::field(path(), format!("{} is before the horizon starts ({start})", a.month)));
            }
            if !months.insert(a.month) {
                return Err(Error::field(path(), format!("{} has an actual already: give each month once", a.month)));
            }
        }
        if self.invoices.len() > MAX_ACTUAL_INVOICES {
            return Err(Error::field(at.clone().key("invoices"), format!("at most {MAX_ACTUAL_INVOICES} invoices")));
        }
        let mut quarters = HashSet::new();
        for (i, inv) in self.invoices.iter().enumerate() {
            if !quarters.insert(inv.quarter) {
                return Err(Error::field(
                    at.clone().key("invoices").index(i).key("quarter"),
                    format!("{} has an actual invoice already: give each quarter once", inv.quarter),
                ));
            }
            if inv.disallowed && !within(inv.paid) {
                return Err(Error::field(
                    at.clone().key("invoices").index(i).key("paid"),
                    format!("{} is outside the horizon: a disallowed shortfall must fall within it", inv.paid),
                ));
            }
        }
        Ok(())
    }

    /// Rule 11: each actual invoice takes the place of its quarter's modelled one.
    ///
    /// # Errors
    /// An actual for a quarter with no claim, above the claim, or paid before it was raised.
    pub fn apply_to(&self, invoices: &mut [Invoice], at: &FieldPath) -> Result<(), Error> {
        for (i, actual) in self.invoices.iter().enumerate() {
            let path = |field: &'static str| at.clone().key("invoices").index(i).key(field);
            let q = actual.quarter;
            let Some(invoice) = invoices.iter_mut().find(|v| v.fy == q.fy && v.quarter == q.quarter) else {
                return Err(Error::field(path("quarter"), format!("{q} has no claim, so no invoice")));
            };
            if actual.amount > invoice.amount {
                return Err(Error::field(
                    path("amount"),
                    format!("{} is more than the {q} claim ({})", actual.amount, invoice.amount),
                ));
            }
            if actual.paid < invoice.raised {
                return Err(Error::field(
                    path("paid"),
                    format!("{} is before the {q} invoice is raised ({})", actual.paid, invoice.raised),
                ));
            }
            invoice.shortfall = invoice.amount - actual.amount;
            invoice.amount = actual.amount;
            invoice.paid = actual.paid;
            invoice.disallowed = actual.disallowed;
        }
        Ok(())
    }
}
