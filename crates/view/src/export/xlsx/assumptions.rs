//! The Assumptions sheet: what each scenario was built from, a block per scenario: the
//! plan and the grant, the allocations, the posts, the pay of posts built from it, the pay
//! awards, the on-costs ([`rates`]) and the non-staff costs. A figure that is the published
//! one (`planner_engine::published`) says so and gives its source; one the data did not
//! find is labelled an assumption.

mod rates;

use rust_decimal::Decimal;
use rust_xlsxwriter::{RowNum, Worksheet, XlsxError};

use super::grid::Grid;
use super::sources::Sources;
use super::style::Styles;
use crate::format::headcount;
use planner_engine::scenario::Scenario;

pub(crate) const NAME: &str = "Assumptions";

const POST_COLUMNS: [&str; 12] = [
    "Post id",
    "Title",
    "Team",
    "Annual cost",
    "FTE",
    "Start",
    "End",
    "Vacancies",
    "Backfill annual cost",
    "If funding stops",
    "After (months)",
    "Pay group",
];

pub(crate) fn write(scenarios: &[&Scenario], styles: &Styles) -> Result<Worksheet, XlsxError> {
    let mut grid = Grid::new(NAME, styles)?;
    grid.note(0, 0, "What each scenario assumes", &styles.title)?;
    let mut row = 2;
    let sources = Sources::new();
    for scenario in scenarios {
        row = block(&mut grid, scenario, &sources, row)? + 2;
    }
    grid.finish()
}

/// One scenario's block from `row`; returns the last row written.
fn block(grid: &mut Grid, s: &Scenario, sources: &Sources, mut row: RowNum) -> Result<RowNum, XlsxError> {
    let styles = grid.styles;
    grid.text(row, 0, &s.name, &styles.heading)?;
    row += 1;
    grid.label(row, 0, "Plan from")?;
    grid.month(row, 1, s.horizon.start, &styles.month)?;
    grid.label(row, 2, "to")?;
    grid.month(row, 3, s.horizon.end, &styles.month)?;
    row += 1;
    grid.label(row, 0, "Grant")?;
    grid.text(row, 1, &s.grant.name, &styles.text)?;
    row += 1;
    grid.label(row, 0, "Last funded month")?;
    match s.grant.stops_after {
        Some(m) => grid.month(row, 1, m, &styles.month)?,
        None => grid.label(row, 1, "Funding does not stop")?,
    }
    row += 1;
    grid.label(row, 0, "Paid after (months)")?;
    grid.number(row, 1, Decimal::from(s.grant.payment_lag_months), &styles.headcount)?;
    row += 2;
    grid.headers(row, &["Allocation: financial year", "Amount"])?;
    for a in &s.grant.allocations {
        row += 1;
        grid.label(row, 0, &a.fy.label())?;
        grid.money(row, 1, a.amount, &styles.money)?;
    }
    row += 2;
    grid.headers(row, &POST_COLUMNS)?;
    for p in &s.posts {
        row += 1;
        grid.text(row, 0, &p.id, &styles.text)?;
        grid.text(row, 1, &p.title, &styles.text)?;
        grid.label(row, 2, p.team.name())?;
        match p.pay {
            Some(_) => grid.label(row, 3, "Built from pay")?,
            None => grid.money(row, 3, p.annual_cost, &styles.money)?,
        }
        grid.number(row, 4, p.fte.value(), &styles.headcount)?;
        grid.month(row, 5, p.start, &styles.month)?;
        if let Some(end) = p.end {
            grid.month(row, 6, end, &styles.month)?;
        }
        let vacancies: Vec<String> =
            p.vacancies.iter().map(|v| format!("{} to {}", v.from.label(), v.to.label())).collect();
        grid.label(row, 7, &vacancies.join("; "))?;
        if let Some(b) = p.backfill {
            grid.money(row, 8, b.annual_cost, &styles.money)?;
        }
        grid.label(row, 9, p.on_funding_stop.action.describe())?;
        grid.number(row, 10, Decimal::from(p.on_funding_stop.lag_months), &styles.headcount)?;
        if let Some(group) = p.group {
            grid.label(row, 11, group.describe())?;
        }
    }
    row = rates::pay(grid, s, sources, row)?;
    row = rates::awards(grid, s, sources, row + 2)?;
    row = rates::on_costs(grid, s, sources, row)?;
    row += 2;
    grid.headers(row, &["Non-staff cost (MPS-provided)", "Annual cost"])?;
    if s.non_staff.is_empty() {
        row += 1;
        grid.label(row, 0, "None")?;
    }
    for n in &s.non_staff {
        row += 1;
        grid.text(row, 0, &n.name, &styles.text)?;
        grid.money(row, 1, n.annual_cost, &styles.money)?;
    }
    row = rates::actuals(grid, s, row)?;
    row += 1;
    let fte: Decimal = s.posts.iter().map(|p| p.fte.value()).sum();
    let said = match sources.any(s) {
        true => {
            "Figures marked Published come from the source beside them; those marked Assumption were not found \
                 published and should be checked; the rest are the scenario's own inputs."
        }
        false => "Figures are the scenario's own inputs; no published rates are used.",
    };
    let note = format!("{} posts, {} FTE. {said}", s.posts.len(), headcount(fte));
    grid.note(row, 0, &note, &styles.note)?;
    Ok(row)
}
