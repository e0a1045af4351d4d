//! One sheet per scenario: the monthly table (months as dates, with financial year and
//! quarter columns, each month marked actual or forecast when the scenario has actuals),
//! then each financial year and the total as live formulas over those months, then the
//! quarterly invoices ([`super::invoices`]).
//!
//! The money columns are the sheet's [`Columns`]: the cost breakdown and the variance are
//! there when the scenario has them, and every formula finds its column from them.

use rust_xlsxwriter::{RowNum, Worksheet, XlsxError};

use super::columns::{Columns, Placed, FIRST_FIGURE, FIRST_MONTH, FTE, HEADER};
use super::grid::{Cached, Grid};
use super::names::{cell, range};
use super::style::Styles;
use crate::results::ResultsView;
use planner_engine::money::Money;
use planner_engine::outcome::{Figures, Outcome};
use planner_engine::scenario::Scenario;

pub(crate) fn write(
    name: &str,
    scenario: &Scenario,
    outcome: &Outcome,
    styles: &Styles,
) -> Result<(Worksheet, Placed), XlsxError> {
    let mut grid = Grid::new(name, styles)?;
    let view = ResultsView::new(scenario, outcome);
    let columns = Columns::of(scenario, outcome);
    grid.note(0, 0, &scenario.name, &styles.heading)?;
    grid.note(0, FIRST_FIGURE, &format!("{} {}", view.context, view.funding), &styles.note)?;
    let mut labels = vec!["Month", "Financial year", "Quarter", "FTE in post"];
    labels.extend(columns.labels());
    labels.push("Owed by the funder at month end");
    if columns.actuals {
        labels.push("Actual or forecast");
    }
    grid.headers(HEADER, &labels)?;
    grid.sheet.set_freeze_panes(FIRST_MONTH, 1)?;
    let mut row = FIRST_MONTH;
    for m in &outcome.months {
        grid.month(row, 0, m.month, &styles.month)?;
        grid.label(row, 1, &m.month.financial_year().label())?;
        grid.label(row, 2, &format!("Q{}", m.month.quarter()))?;
        grid.number(row, FTE, m.headcount, &styles.headcount)?;
        for (col, figure) in columns.each() {
            grid.money(row, col, (figure.value)(&m.figures), &styles.money)?;
        }
        grid.money(row, columns.cash(), m.cash_position, &styles.money)?;
        if columns.actuals {
            let actual = scenario.actuals.as_ref().is_some_and(|a| a.months.iter().any(|am| am.month == m.month));
            grid.label(row, columns.allocation(), if actual { "Actual" } else { "Forecast" })?;
        }
        row += 1;
    }
    let last_month = row.saturating_sub(1).max(FIRST_MONTH);
    let mut placed = Placed { sheet: name.to_string(), columns, years: Vec::new(), total: 0 };
    years(&mut grid, outcome, row + 1, last_month, &mut placed)?;
    super::invoices::write(&mut grid, scenario, outcome, placed.total + 2)?;
    Ok((grid.finish()?, placed))
}

/// The financial-year table, from `top`: each row sums its own months.
fn years(
    grid: &mut Grid,
    outcome: &Outcome,
    top: RowNum,
    last_month: RowNum,
    placed: &mut Placed,
) -> Result<(), XlsxError> {
    let styles = grid.styles;
    let columns = &placed.columns;
    let (allocation, headroom_col) = (columns.allocation(), columns.headroom());
    grid.note(top, 0, "Each financial year: live totals of the months above", &styles.heading)?;
    let mut labels = vec!["Financial year", "", "", "Average FTE in post"];
    labels.extend(columns.labels());
    labels.extend(["Most owed by the funder", "Allocation", "Cap headroom"]);
    grid.headers(top + 1, &labels)?;
    let mut row = top + 2;
    let mut years = Vec::new();
    let mut first = FIRST_MONTH;
    for year in &outcome.years {
        let count = outcome.months.iter().filter(|m| m.month.financial_year() == year.fy).count() as RowNum;
        let last = first + count.saturating_sub(1);
        let period = Period { first, last, fte: year.average_fte, peak: year.peak_cash_position.amount };
        grid.label(row, 0, &year.fy.label())?;
        sums(grid, columns, row, &period, &year.figures, false)?;
        grid.money(row, allocation, year.allocation, &styles.money)?;
        let headroom = format!("={}-{}", cell(row, allocation), cell(row, columns.figure("Claimed")));
        grid.formula(row, headroom_col, &headroom, Cached::Money(year.cap_headroom), &styles.money)?;
        years.push((year.fy, row));
        first = last + 1;
        row += 1;
    }
    let total = row;
    let (first_year, last_year) = (top + 2, row.saturating_sub(1).max(top + 2));
    let period = Period {
        first: FIRST_MONTH,
        last: last_month,
        fte: outcome.average_fte,
        peak: outcome.peak_cash_position.amount,
    };
    grid.text(total, 0, "Total", &styles.total_label)?;
    for col in 1..FTE {
        grid.sheet.write_blank(total, col, &styles.total_label)?;
    }
    sums(grid, columns, total, &period, &outcome.total, true)?;
    let allocated: Money = outcome.years.iter().map(|y| y.allocation).sum();
    let headroom: Money = outcome.years.iter().map(|y| y.cap_headroom).sum();
    for (col, value) in [(allocation, allocated), (headroom_col, headroom)] {
        let formula = format!("=SUM({})", range(first_year, last_year, col));
        grid.formula(total, col, &formula, Cached::Money(value), &styles.money_total)?;
    }
    placed.years = years;
    placed.total = total;
    Ok(())
}

/// The month rows a financial-year or total row covers, and the engine's figures for it
/// that are not sums.
struct Period {
    first: RowNum,
    last: RowNum,
    fte: rust_decimal::Decimal,
    peak: Money,
}

/// Average FTE, each money figure as a sum of the months, and the most owed.
fn sums(
    grid: &mut Grid,
    columns: &Columns,
    row: RowNum,
    period: &Period,
    figures: &Figures,
    total: bool,
) -> Result<(), XlsxError> {
    let styles = grid.styles;
    let (money, fte) = if total { (&styles.money_total, &styles.fte_total) } else { (&styles.money, &styles.fte) };
    let months = |col| range(period.first, period.last, col);
    let average = format!("=ROUND(AVERAGE({}),2)", months(FTE));
    grid.formula(row, FTE, &average, Cached::Number(period.fte), fte)?;
    for (col, figure) in columns.each() {
        let formula = format!("=SUM({})", months(col));
        grid.formula(row, col, &formula, Cached::Money((figure.value)(figures)), money)?;
    }
    // Nothing owed is 0 even in a year whose month-end positions are all nil.
    let peak = format!("=MAX(0,{})", months(columns.cash()));
    grid.formula(row, columns.cash(), &peak, Cached::Money(period.peak), money)
}
