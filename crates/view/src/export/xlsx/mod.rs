//! The Excel workbook (`.xlsx`) that `planner xlsx` writes and the planner downloads: the
//! same bytes from both, for the same scenarios.
//!
//! Sheets: Summary (headlines, "actuals to", flags, how to read it); one per scenario (the
//! months as dates, with the cost breakdown and the variance where the scenario has them
//! (`columns`), each financial year and the total as live `=SUM` formulas over them,
//! the invoices with their shortfalls); Compare (each option against the first scenario,
//! when there are two or more); Assumptions (what each scenario was built from, with the
//! sources of published figures, `sources`).
//!
//! - Money is a number formatted `£#,##0.00`, never text; months are dates shown
//!   `Apr 2023`; header rows are frozen and columns sized to what they hold.
//! - Every formula caches the engine's figure, so the file reads right before Excel or
//!   LibreOffice recalculates it, and recalculating changes nothing.
//! - Sheet names are made from scenario names so that Excel accepts them ([`names`]);
//!   names and titles that would run as formulas are text with Excel's quote prefix.
//! - The file is a pure function of its scenarios: its creation time is fixed, so the same
//!   link gives the same file on the web and on the command line.

mod assumptions;
mod columns;
mod compare;
mod grid;
mod invoices;
mod names;
mod scenario_sheet;
mod sources;
mod style;
mod summary;

use std::fmt;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};

use crate::compare::Measured;
use planner_engine::outcome::Outcome;
use planner_engine::scenario::Scenario;

pub use style::{FTE, MONEY, MONTH, PERCENT};

/// The workbook could not be assembled (never expected: every input the engine accepts
/// fits Excel's limits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkbookError(String);

impl fmt::Display for WorkbookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot write the workbook: {}", self.0)
    }
}

impl std::error::Error for WorkbookError {}

impl From<XlsxError> for WorkbookError {
    fn from(e: XlsxError) -> Self {
        WorkbookError(e.to_string())
    }
}

/// The sheet names a workbook of these scenarios has, in order: for tests and for
/// saying what was written.
pub fn sheet_names(scenarios: &[Scenario]) -> Vec<String> {
    let mut all = vec![summary::NAME.to_string()];
    all.extend(scenario_sheets(scenarios));
    if scenarios.len() > 1 {
        all.push(compare::NAME.into());
    }
    all.push(assumptions::NAME.into());
    all
}

fn scenario_sheets(scenarios: &[Scenario]) -> Vec<String> {
    let own = [summary::NAME, compare::NAME, assumptions::NAME];
    names::sheet_names(scenarios.iter().map(|s| s.name.as_str()), &own)
}

/// The whole workbook, as the bytes of an `.xlsx` file. `plans[0]` is business as usual.
///
/// # Errors
/// Only if the writer refuses a value, which the engine's limits keep from happening.
pub fn workbook(plans: &[(Scenario, Outcome)]) -> Result<Vec<u8>, WorkbookError> {
    let styles = style::Styles::new();
    let scenarios: Vec<Scenario> = plans.iter().map(|(s, _)| s.clone()).collect();
    let sheet_names = scenario_sheets(&scenarios);
    let mut sheets = Vec::new();
    let mut placed = Vec::new();
    for ((scenario, outcome), name) in plans.iter().zip(&sheet_names) {
        let (sheet, at) = scenario_sheet::write(name, scenario, outcome, &styles)?;
        sheets.push(sheet);
        placed.push(at);
    }
    let measured: Vec<Measured> = plans.iter().map(|(s, o)| Measured::of(s, o)).collect();
    let mut book = Workbook::new();
    // Fixed, so the same scenarios always give the same bytes (the engine has no clock).
    let made = ExcelDateTime::from_ymd(2023, 4, 1)?;
    let properties = DocProperties::new()
        .set_title("MARSOC funding plan")
        .set_subject("Funding scenarios for the MARSOC hub and Corruption team")
        .set_comment("Made by the MARSOC Funding Planner")
        .set_creation_datetime(&made);
    book.set_properties(&properties);
    book.push_worksheet(summary::write(plans, &placed, &measured, &styles)?);
    for sheet in sheets {
        book.push_worksheet(sheet);
    }
    if plans.len() > 1 {
        book.push_worksheet(compare::write(&measured, &placed, &styles)?);
    }
    book.push_worksheet(assumptions::write(&scenarios.iter().collect::<Vec<_>>(), &styles)?);
    Ok(book.save_to_buffer()?)
}

/// `marsoc-funding-plan.xlsx` for a set; `business-as-usual.xlsx` for one scenario.
pub fn file_name(plans: &[(Scenario, Outcome)]) -> String {
    match plans {
        [(only, _)] => crate::export::csv::file_name(&only.name, "workbook").replace(".csv", ".xlsx"),
        _ => "marsoc-funding-plan.xlsx".into(),
    }
}
