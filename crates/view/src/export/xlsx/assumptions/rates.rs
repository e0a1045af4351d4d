//! The version 2 parts of a scenario's Assumptions block: the pay of posts built from it
//! (salary and each allowance), the pay awards with the group they apply to, and the
//! on-cost rates; each figure with its basis (published, an assumption, or the scenario's
//! own) and, when published, its source.

use rust_decimal::Decimal;
use rust_xlsxwriter::{ColNum, RowNum, XlsxError};

use super::super::grid::Grid;
use super::super::sources::{basis, Sources};
use planner_engine::month::Month;
use planner_engine::published::Source;
use planner_engine::scenario::Scenario;
use planner_engine::{PayGroup, Rate};

/// Who an award or rate applies to, in words.
pub(super) fn group_name(group: Option<PayGroup>) -> &'static str {
    group.map_or("All posts", PayGroup::describe)
}

/// A figure's basis, then its source as a line of prose (it runs on to the right).
fn source(grid: &mut Grid, row: RowNum, col: ColNum, found: Option<&Source>) -> Result<(), XlsxError> {
    grid.label(row, col, basis(found))?;
    if let Some(s) = found {
        let styles = grid.styles;
        grid.note(row, col + 1, s.source, &styles.note)?;
    }
    Ok(())
}

fn rate(grid: &mut Grid, row: RowNum, col: ColNum, rate: Rate) -> Result<(), XlsxError> {
    let styles = grid.styles;
    grid.number(row, col, rate.value() / Decimal::ONE_HUNDRED, &styles.rate)
}

fn from(grid: &mut Grid, row: RowNum, month: Month) -> Result<(), XlsxError> {
    let styles = grid.styles;
    grid.month(row, 0, month, &styles.month)
}

/// The pay of each post built from it, from `row`; returns the last row written.
pub(super) fn pay(grid: &mut Grid, s: &Scenario, sources: &Sources, mut row: RowNum) -> Result<RowNum, XlsxError> {
    let styles = grid.styles;
    let built: Vec<_> = s.posts.iter().filter(|p| p.pay.is_some()).collect();
    if built.is_empty() {
        return Ok(row);
    }
    row += 2;
    let headers =
        ["Post built from pay", "Pay", "Annual, 1 FTE", "Pensionable", "Raised by pay awards", "Basis", "Source"];
    grid.headers(row, &headers)?;
    for post in built {
        let Some(pay) = &post.pay else { continue };
        row += 1;
        grid.text(row, 0, &post.id, &styles.text)?;
        grid.label(row, 1, "Salary")?;
        grid.money(row, 2, pay.salary, &styles.money)?;
        grid.label(row, 3, "Yes")?;
        grid.label(row, 4, "Yes")?;
        source(grid, row, 5, sources.salary(post))?;
        for (i, a) in pay.allowances.iter().enumerate() {
            row += 1;
            grid.text(row, 0, &post.id, &styles.text)?;
            grid.text(row, 1, &a.name, &styles.text)?;
            grid.money(row, 2, a.annual, &styles.money)?;
            grid.label(row, 3, if a.pensionable { "Yes" } else { "No" })?;
            grid.label(row, 4, if a.uprated { "Yes" } else { "No" })?;
            source(grid, row, 5, sources.allowance(post, i))?;
        }
    }
    Ok(row)
}

/// The pay awards from `row`; returns the last row written.
pub(super) fn awards(grid: &mut Grid, s: &Scenario, sources: &Sources, mut row: RowNum) -> Result<RowNum, XlsxError> {
    grid.headers(row, &["Pay award from", "Per cent", "Applies to", "Basis", "Source"])?;
    if s.pay_awards.is_empty() {
        row += 1;
        grid.label(row, 0, "No pay awards")?;
    }
    for award in &s.pay_awards {
        row += 1;
        from(grid, row, award.effective)?;
        let styles = grid.styles;
        grid.number(row, 1, award.percent.value() / Decimal::ONE_HUNDRED, &styles.rate)?;
        grid.label(row, 2, group_name(award.group))?;
        source(grid, row, 3, sources.award(award))?;
    }
    Ok(row)
}

/// The on-cost rates from `row` (nothing when the scenario has none); returns the last
/// row written.
pub(super) fn on_costs(grid: &mut Grid, s: &Scenario, sources: &Sources, mut row: RowNum) -> Result<RowNum, XlsxError> {
    let styles = grid.styles;
    let c = &s.on_costs;
    if !c.employer_ni.is_empty() {
        row += 2;
        grid.headers(row, &["Employer NI from", "Rate", "Monthly threshold", "Basis", "Source"])?;
        for e in &c.employer_ni {
            row += 1;
            from(grid, row, e.from)?;
            rate(grid, row, 1, e.rate)?;
            grid.money(row, 2, e.monthly_threshold, &styles.money)?;
            source(grid, row, 3, sources.ni(e))?;
        }
    }
    if !c.pension.is_empty() {
        row += 2;
        grid.headers(row, &["Employer pension from", "Rate", "Pay group", "Basis", "Source"])?;
        for e in &c.pension {
            row += 1;
            from(grid, row, e.from)?;
            rate(grid, row, 1, e.rate)?;
            grid.label(row, 2, e.group.describe())?;
            source(grid, row, 3, sources.pension(e))?;
        }
    }
    if !c.apprenticeship_levy.is_empty() {
        row += 2;
        grid.headers(row, &["Apprenticeship levy from", "Rate", "", "Basis", "Source"])?;
        for e in &c.apprenticeship_levy {
            row += 1;
            from(grid, row, e.from)?;
            rate(grid, row, 1, e.rate)?;
            source(grid, row, 3, sources.levy(e))?;
        }
    }
    Ok(row)
}

/// The scenario's actuals from `row`, when it has them: the month they run to and how many
/// months and invoices they hold (their figures are on the scenario's sheet).
pub(super) fn actuals(grid: &mut Grid, s: &Scenario, mut row: RowNum) -> Result<RowNum, XlsxError> {
    let Some(a) = &s.actuals else { return Ok(row) };
    let styles = grid.styles;
    row += 2;
    grid.headers(row, &["Actuals to", "Months of actual post cost", "Invoices actually paid", "Disallowed"])?;
    row += 1;
    grid.month(row, 0, a.through, &styles.month)?;
    grid.number(row, 1, Decimal::from(a.months.len()), &styles.headcount)?;
    grid.number(row, 2, Decimal::from(a.invoices.len()), &styles.headcount)?;
    grid.number(row, 3, Decimal::from(a.invoices.iter().filter(|i| i.disallowed).count()), &styles.headcount)?;
    Ok(row)
}
