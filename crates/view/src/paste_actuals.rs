//! A column of actual post costs pasted from a spreadsheet: one cell a month from a first
//! month on (`£31,882.50`, `31882.5`; a blank cell means no actual for that month), with
//! or without a header cell, previewed cell by cell before anything changes.

use planner_engine::edit::actuals::set_month;
use planner_engine::money::Money;
use planner_engine::month::Month;
use planner_engine::scenario::Scenario;
use planner_engine::{evaluate, Actuals};

use crate::format::pounds_pence;
use crate::pasted::cells;

/// One pasted cell: its line (from 1), the month it is for, its text, and the amount
/// (`None` for a blank cell) or what is wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct ActualCell {
    pub line: usize,
    pub month: Month,
    pub text: String,
    pub result: Result<Option<Money>, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PastedActuals {
    pub cells: Vec<ActualCell>,
    /// Why nothing can be added at all (nothing pasted, a column too long…).
    pub problem: Option<String>,
}

/// The most text a column of monthly actuals can sensibly be.
const MAX_TEXT: usize = 50_000;

fn is_header(cell: &str) -> bool {
    let t = cell.to_lowercase();
    !t.chars().any(|c| c.is_ascii_digit())
        && ["actual", "cost", "spend", "amount", "total", "outturn", "post"].iter().any(|w| t.contains(w))
}

/// Reads a pasted column for `scenario`, its first cell being `first`'s actual.
pub fn paste_actuals(text: &str, first: Month, scenario: &Scenario) -> PastedActuals {
    let mut pasted = PastedActuals { cells: Vec::new(), problem: None };
    if text.len() > MAX_TEXT {
        pasted.problem = Some("That is more text than a column of monthly actuals.".into());
        return pasted;
    }
    let mut lines: Vec<(usize, Vec<String>)> = text.lines().enumerate().map(|(i, l)| (i + 1, cells(l))).collect();
    // Excel ends a copied column with a line break: blank lines at the end are no months
    // (a blank line before a figure is a month with no actual, so it keeps its place).
    while lines.last().is_some_and(|(_, cells)| cells.iter().all(String::is_empty)) {
        lines.pop();
    }
    if lines.first().is_some_and(|(_, cells)| cells.len() == 1 && is_header(&cells[0])) {
        lines.remove(0);
    }
    let end = scenario.horizon.end;
    for (n, (line, cells)) in lines.into_iter().enumerate() {
        let month = first.plus(n as i32);
        let filled: Vec<&String> = cells.iter().filter(|c| !c.is_empty()).collect();
        let text = filled.first().map(|c| c.to_string()).unwrap_or_default();
        let result = match filled.len() {
            0 => Ok(None),
            1 => Money::parse_input(&text).map(Some).map_err(|e| e.to_string()),
            _ => Err(format!("{} cells on one line: paste one column of amounts", filled.len())),
        };
        pasted.cells.push(ActualCell { line, month, text, result });
    }
    if pasted.cells.is_empty() {
        pasted.problem = Some("Nothing to add: paste a column of monthly amounts copied from a spreadsheet.".into());
    } else if first < scenario.horizon.start {
        pasted.problem =
            Some(format!("The plan starts in {}: start the column there or later.", scenario.horizon.start.label()));
    } else if pasted.cells.last().is_some_and(|c| c.month > end) {
        let room = first.months_until(end) + 1;
        pasted.problem = Some(format!(
            "{} cells from {} run past the end of the plan ({}): paste at most {room}.",
            pasted.cells.len(),
            first.label(),
            end.label()
        ));
    }
    pasted
}

impl PastedActuals {
    pub fn is_ready(&self) -> bool {
        self.problem.is_none() && !self.cells.is_empty() && self.cells.iter().all(|c| c.result.is_ok())
    }

    /// The last month the column covers.
    pub fn last(&self) -> Option<Month> {
        self.cells.last().map(|c| c.month)
    }

    /// `scenario`'s actuals with the column in place: "actuals to" runs at least to its last
    /// month; a blank cell removes that month's actual. Checked as a whole (the invoices
    /// against the claims the new costs make).
    ///
    /// # Errors
    /// Why the column cannot be added, for the planner to read.
    pub fn actuals(&self, scenario: &Scenario) -> Result<Actuals, String> {
        let (Some(last), true) = (self.last(), self.is_ready()) else {
            return Err(self.summary());
        };
        let mut s = scenario.clone();
        let mut actuals = s.actuals.take().unwrap_or(Actuals { through: last, months: vec![], invoices: vec![] });
        actuals.through = actuals.through.max(last);
        s.actuals = Some(actuals);
        for cell in &self.cells {
            let cost = cell.result.clone().unwrap_or_default();
            set_month(&mut s, cell.month, cost).map_err(|e| e.to_string())?;
        }
        s.validate().map_err(|e| e.to_string())?;
        evaluate(&s).map_err(|e| e.to_string())?;
        s.actuals.ok_or_else(|| "no actuals".to_string())
    }

    /// What the preview says under the table.
    pub fn summary(&self) -> String {
        if let Some(problem) = &self.problem {
            return problem.clone();
        }
        let bad: Vec<&ActualCell> = self.cells.iter().filter(|c| c.result.is_err()).collect();
        let n = self.cells.len();
        let (Some(first), Some(last)) = (self.cells.first(), self.cells.last()) else { return String::new() };
        match bad.as_slice() {
            [] => {
                let total: Money = self.cells.iter().filter_map(|c| c.result.clone().ok().flatten()).sum();
                let blank = self.cells.iter().filter(|c| matches!(c.result, Ok(None))).count();
                let blanks = match blank {
                    0 => String::new(),
                    1 => " (1 blank cell: no actual that month)".into(),
                    b => format!(" ({b} blank cells: no actual those months)"),
                };
                format!(
                    "{n} {} ready, {} to {}: {} in all{blanks}. Nothing changes until you choose Use these actuals.",
                    if n == 1 { "month" } else { "months" },
                    first.month.label(),
                    last.month.label(),
                    pounds_pence(total)
                )
            }
            [one] => format!(
                "Line {} ({}) is not an amount: fix that cell and paste again. Nothing has changed.",
                one.line,
                one.month.label()
            ),
            many => format!(
                "{} of {n} cells are not amounts (lines {}): fix them and paste again. Nothing has changed.",
                many.len(),
                many.iter().map(|c| c.line.to_string()).collect::<Vec<_>>().join(", ")
            ),
        }
    }
}

#[cfg(test)]
#[path = "paste_actuals_tests.rs"]
mod tests;
