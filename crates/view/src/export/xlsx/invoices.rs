//! A scenario sheet's quarterly invoices to the funder, under its financial years. With
//! actuals (rule 11), each invoice says whether it is what the funder actually paid, the
//! shortfall against the quarter's claim, and whether that shortfall was disallowed.

use rust_xlsxwriter::{RowNum, XlsxError};

use super::grid::{Cached, Grid};
use super::names::range;
use planner_engine::money::Money;
use planner_engine::outcome::{Invoice, Outcome};
use planner_engine::scenario::Scenario;

/// The invoices' table from `top`.
pub(crate) fn write(grid: &mut Grid, scenario: &Scenario, outcome: &Outcome, top: RowNum) -> Result<(), XlsxError> {
    let styles = grid.styles;
    let actuals = scenario.actuals.as_ref();
    grid.note(top, 0, "Quarterly invoices to the funder", &styles.heading)?;
    let mut labels = vec!["Quarter", "Amount", "Raised", "Paid"];
    if actuals.is_some() {
        labels.extend(["Actual or forecast", "Shortfall against the claim", "Shortfall disallowed"]);
    }
    grid.headers(top + 1, &labels)?;
    let first = top + 2;
    let mut row = first;
    for invoice in &outcome.invoices {
        grid.label(row, 0, &invoice.label())?;
        grid.money(row, 1, invoice.amount, &styles.money)?;
        grid.month(row, 2, invoice.raised, &styles.month)?;
        grid.month(row, 3, invoice.paid, &styles.month)?;
        if let Some(a) = actuals {
            let paid = a.invoices.iter().any(|i| i.quarter.fy == invoice.fy && i.quarter.quarter == invoice.quarter);
            grid.label(row, 4, if paid { "Actual" } else { "Forecast" })?;
            grid.money(row, 5, invoice.shortfall, &styles.money)?;
            grid.label(row, 6, if invoice.disallowed { "Yes" } else { "No" })?;
        }
        row += 1;
    }
    grid.text(row, 0, "Total", &styles.total_label)?;
    total(grid, row, first, 1, outcome.invoices.iter().map(|i| i.amount).sum())?;
    if actuals.is_some() {
        let shortfall: Money = outcome.invoices.iter().map(|i: &Invoice| i.shortfall).sum();
        total(grid, row, first, 5, shortfall)?;
    }
    Ok(())
}

/// The sum of the invoices above `row` in `col`, from `first`.
fn total(grid: &mut Grid, row: RowNum, first: RowNum, col: u16, value: Money) -> Result<(), XlsxError> {
    let styles = grid.styles;
    let formula = if row > first { format!("=SUM({})", range(first, row - 1, col)) } else { "=0".into() };
    grid.formula(row, col, &formula, Cached::Money(value), &styles.money_total)
}
