//! One sheet per scenario: the monthly table (months as dates, with financial year and
//! quarter columns), then each financial year and the total as live formulas over those
//! months, then the quarterly invoices.
//!
//! The columns are [`FIGURES`] in order: the engine's cost breakdown (pay, NI, pension,
//! levy) and actuals, when the outcome has them, are more entries there; every formula and
//! reference finds its column from the list, so nothing else moves.

use rust_xlsxwriter::{ColNum, RowNum, Worksheet, XlsxError};

use super::grid::{Cached, Grid};
use super::names::{cell, range};
use super::style::Styles;
use crate::compare::Measure;
use crate::results::ResultsView;
use planner_engine::money::Money;
use planner_engine::month::FinancialYear;
use planner_engine::outcome::{Figures, Outcome};
use planner_engine::scenario::Scenario;

/// A money column of the monthly and financial-year tables.
pub(crate) struct Figure {
    pub label: &'static str,
    pub value: fn(&Figures) -> Money,
}

pub(crate) const FIGURES: [Figure; 8] = [
    Figure { label: "Post cost", value: |f| f.post_cost },
    Figure { label: "Eligible", value: |f| f.eligible },
    Figure { label: "Claimed", value: |f| f.claimed },
    Figure { label: "Cost above the cap", value: |f| f.cap_excess },
    Figure { label: "Unfunded pressure", value: |f| f.unfunded_pressure },
    Figure { label: "Backfill", value: |f| f.backfill_cost },
    Figure { label: "Redeployed", value: |f| f.redeployed_cost },
    Figure { label: "Non-staff", value: |f| f.non_staff_cost },
];

/// The title row, then the header row; both stay on screen.
const HEADER: RowNum = 1;
const FIRST_MONTH: RowNum = 2;
const FTE: ColNum = 3;
const FIRST_FIGURE: ColNum = 4;
const CASH: ColNum = FIRST_FIGURE + FIGURES.len() as ColNum;
const ALLOCATION: ColNum = CASH + 1;
const HEADROOM: ColNum = CASH + 2;

fn figure_column(label: &str) -> ColNum {
    let at = FIGURES.iter().position(|f| f.label == label).unwrap_or(0);
    FIRST_FIGURE + at as ColNum
}

/// Where a scenario's figures landed, for the Summary and Compare sheets to refer to.
pub(crate) struct Placed {
    pub sheet: String,
    pub years: Vec<(FinancialYear, RowNum)>,
    pub total: RowNum,
}

impl Placed {
    /// The column holding a compared measure in the financial-year and total rows.
    pub(crate) fn column(measure: Measure) -> ColNum {
        match measure {
            Measure::Pressure => figure_column("Unfunded pressure"),
            Measure::Claimed => figure_column("Claimed"),
            Measure::CapExcess => figure_column("Cost above the cap"),
            Measure::PeakCash => CASH,
            Measure::Headcount => FTE,
        }
    }

    pub(crate) fn year(&self, fy: FinancialYear) -> Option<RowNum> {
        self.years.iter().find(|(y, _)| *y == fy).map(|(_, row)| *row)
    }
}

pub(crate) fn write(
    name: &str,
    scenario: &Scenario,
    outcome: &Outcome,
    styles: &Styles,
) -> Result<(Worksheet, Placed), XlsxError> {
    let mut grid = Grid::new(name, styles)?;
    let view = ResultsView::new(scenario, outcome);
    grid.note(0, 0, &scenario.name, &styles.heading)?;
    grid.note(0, FIRST_FIGURE, &format!("{} {}", view.context, view.funding), &styles.note)?;
    let mut labels = vec!["Month", "Financial year", "Quarter", "FTE in post"];
    labels.extend(FIGURES.iter().map(|f| f.label));
    labels.push("Owed by the funder at month end");
    grid.headers(HEADER, &labels)?;
    grid.sheet.set_freeze_panes(FIRST_MONTH, 1)?;
    let mut row = FIRST_MONTH;
    for m in &outcome.months {
        grid.month(row, 0, m.month, &styles.month)?;
        grid.label(row, 1, &m.month.financial_year().label())?;
        grid.label(row, 2, &format!("Q{}", m.month.quarter()))?;
        grid.number(row, FTE, m.headcount, &styles.headcount)?;
        for (col, figure) in (FIRST_FIGURE..).zip(&FIGURES) {
            grid.money(row, col, (figure.value)(&m.figures), &styles.money)?;
        }
        grid.money(row, CASH, m.cash_position, &styles.money)?;
        row += 1;
    }
    let last_month = row.saturating_sub(1).max(FIRST_MONTH);
    let placed = years(&mut grid, outcome, row + 1, last_month)?;
    invoices(&mut grid, outcome, placed.total + 2)?;
    Ok((grid.finish()?, Placed { sheet: name.to_string(), ..placed }))
}

/// The financial-year table, from `top`: each row sums its own months.
fn years(grid: &mut Grid, outcome: &Outcome, top: RowNum, last_month: RowNum) -> Result<Placed, XlsxError> {
    let styles = grid.styles;
    grid.note(top, 0, "Each financial year: live totals of the months above", &styles.heading)?;
    let mut labels = vec!["Financial year", "", "", "Average FTE in post"];
    labels.extend(FIGURES.iter().map(|f| f.label));
    labels.extend(["Most owed by the funder", "Allocation", "Cap headroom"]);
    grid.headers(top + 1, &labels)?;
    let mut row = top + 2;
    let mut placed = Placed { sheet: String::new(), years: Vec::new(), total: 0 };
    let mut first = FIRST_MONTH;
    for year in &outcome.years {
        let count = outcome.months.iter().filter(|m| m.month.financial_year() == year.fy).count() as RowNum;
        let last = first + count.saturating_sub(1);
        let period = Period { first, last, fte: year.average_fte, peak: year.peak_cash_position.amount };
        grid.label(row, 0, &year.fy.label())?;
        sums(grid, row, &period, &year.figures, false)?;
        grid.money(row, ALLOCATION, year.allocation, &styles.money)?;
        let headroom = format!("={}-{}", cell(row, ALLOCATION), cell(row, figure_column("Claimed")));
        grid.formula(row, HEADROOM, &headroom, Cached::Money(year.cap_headroom), &styles.money)?;
        placed.years.push((year.fy, row));
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
    sums(grid, total, &period, &outcome.total, true)?;
    let allocated: Money = outcome.years.iter().map(|y| y.allocation).sum();
    let headroom: Money = outcome.years.iter().map(|y| y.cap_headroom).sum();
    for (col, value) in [(ALLOCATION, allocated), (HEADROOM, headroom)] {
        let formula = format!("=SUM({})", range(first_year, last_year, col));
        grid.formula(total, col, &formula, Cached::Money(value), &styles.money_total)?;
    }
    placed.total = total;
    Ok(placed)
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
fn sums(grid: &mut Grid, row: RowNum, period: &Period, figures: &Figures, total: bool) -> Result<(), XlsxError> {
    let styles = grid.styles;
    let (money, fte) = if total { (&styles.money_total, &styles.fte_total) } else { (&styles.money, &styles.fte) };
    let months = |col| range(period.first, period.last, col);
    let average = format!("=ROUND(AVERAGE({}),2)", months(FTE));
    grid.formula(row, FTE, &average, Cached::Number(period.fte), fte)?;
    for (col, figure) in (FIRST_FIGURE..).zip(&FIGURES) {
        let formula = format!("=SUM({})", months(col));
        grid.formula(row, col, &formula, Cached::Money((figure.value)(figures)), money)?;
    }
    // Nothing owed is 0 even in a year whose month-end positions are all nil.
    let peak = format!("=MAX(0,{})", months(CASH));
    grid.formula(row, CASH, &peak, Cached::Money(period.peak), money)
}

fn invoices(grid: &mut Grid, outcome: &Outcome, top: RowNum) -> Result<(), XlsxError> {
    let styles = grid.styles;
    grid.note(top, 0, "Quarterly invoices to the funder", &styles.heading)?;
    grid.headers(top + 1, &["Quarter", "Amount", "Raised", "Paid"])?;
    let mut row = top + 2;
    for invoice in &outcome.invoices {
        grid.label(row, 0, &invoice.label())?;
        grid.money(row, 1, invoice.amount, &styles.money)?;
        grid.month(row, 2, invoice.raised, &styles.month)?;
        grid.month(row, 3, invoice.paid, &styles.month)?;
        row += 1;
    }
    let total: Money = outcome.invoices.iter().map(|i| i.amount).sum();
    grid.text(row, 0, "Total", &styles.total_label)?;
    let formula = if row > top + 2 { format!("=SUM({})", range(top + 2, row - 1, 1)) } else { "=0".into() };
    grid.formula(row, 1, &formula, Cached::Money(total), &styles.money_total)
}
