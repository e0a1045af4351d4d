//! The parts of the post cost (MODEL.md version 2 `cost_breakdown`) as a planner reads
//! them: pay and each employer on-cost of posts built from their pay, all-in posts and
//! actuals. One list of parts, so the year table, the chart, the CSV, the comparison, the
//! slides and the sheet name them alike.

use crate::format::pounds_pence;
use crate::table::{columns, Row, RowKind, Table};
use planner_engine::money::Money;
use planner_engine::outcome::{CostBreakdown, Outcome};
use planner_engine::scenario::Scenario;

/// One part of the post cost: its words and how to read it.
pub type Part = (&'static str, fn(&CostBreakdown) -> Money);

/// The parts, in the order payroll builds a cost up.
pub const PARTS: [Part; 6] = [
    ("Pay", |b| b.pay),
    ("Employer NI", |b| b.employer_ni),
    ("Employer pension", |b| b.employer_pension),
    ("Apprenticeship levy", |b| b.apprenticeship_levy),
    ("All-in posts", |b| b.all_in),
    ("Actual costs", |b| b.actual),
];

/// A part's words inside a sentence: `employer NI`.
pub fn lower(label: &str) -> &'static str {
    match label {
        "Pay" => "pay",
        "Employer NI" => "employer NI",
        "Employer pension" => "employer pension",
        "Apprenticeship levy" => "apprenticeship levy",
        "All-in posts" => "all-in posts",
        _ => "actual costs",
    }
}

/// Whether a scenario's post cost has parts to show: some post is built from its pay.
pub fn has_parts(scenario: &Scenario) -> bool {
    scenario.posts.iter().any(|p| p.is_built())
}

/// The parts with some cost over the plan (`total`), so a table shows no row of zeros.
pub fn parts_used(total: &CostBreakdown) -> Vec<Part> {
    PARTS.into_iter().filter(|(_, get)| !get(total).is_zero()).collect()
}

/// The year table's rows of the post cost's parts (`Post cost: pay`), one cell per year
/// and the total, in pounds and pence; none when no post is built from its pay.
pub fn year_rows(scenario: &Scenario, outcome: &Outcome) -> Vec<Row> {
    if !has_parts(scenario) {
        return Vec::new();
    }
    parts_used(&outcome.total.cost_breakdown)
        .into_iter()
        .map(|(label, get)| Row {
            kind: RowKind::Detail,
            header: format!("Post cost: {}", lower(label)),
            cells: outcome
                .years
                .iter()
                .map(|y| &y.figures)
                .chain([&outcome.total])
                .map(|f| pounds_pence(get(&f.cost_breakdown)))
                .collect(),
        })
        .collect()
}

/// The year table with the post cost's parts beneath its "Post cost" row.
pub fn with_year_rows(mut table: Table, scenario: &Scenario, outcome: &Outcome) -> Table {
    let rows = year_rows(scenario, outcome);
    if let Some(group) = table.groups.first_mut() {
        let at = group.iter().position(|r| r.header == "Post cost").map_or(group.len(), |i| i + 1);
        group.splice(at..at, rows);
    }
    table
}

/// "Post cost by part": a row per part and the post cost, a column per financial year and
/// the total, for the slides and the sheet (`None` without a post built from its pay).
pub fn parts_table(scenario: &Scenario, outcome: &Outcome, id: &str) -> Option<Table> {
    if !has_parts(scenario) {
        return None;
    }
    let cells = |get: &dyn Fn(&CostBreakdown) -> Money| -> Vec<String> {
        outcome
            .years
            .iter()
            .map(|y| &y.figures)
            .chain([&outcome.total])
            .map(|f| pounds_pence(get(&f.cost_breakdown)))
            .collect()
    };
    let rows = parts_used(&outcome.total.cost_breakdown)
        .into_iter()
        .map(|(label, get)| Row { kind: RowKind::Detail, header: label.into(), cells: cells(&get) })
        .collect();
    let labels: Vec<String> = outcome.years.iter().map(|y| y.fy.label()).chain(["Total".into()]).collect();
    Some(Table {
        id: id.into(),
        caption: format!("Post cost by part, “{}”, in pounds and pence", scenario.name),
        columns: columns("Part", &labels),
        groups: vec![rows],
        total: Some(Row { kind: RowKind::Total, header: "Post cost".into(), cells: cells(&|b| b.total()) }),
    })
}

/// Which parts of the post cost differ between two outcomes, in words: `pay and employer
/// pension`; `None` when every part is the same.
pub fn parts_that_differ(base: &Outcome, option: &Outcome) -> Option<String> {
    let (a, b) = (&base.total.cost_breakdown, &option.total.cost_breakdown);
    let names: Vec<String> =
        PARTS.into_iter().filter(|(_, get)| get(a) != get(b)).map(|(label, _)| lower(label).to_string()).collect();
    match names.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [rest @ .., last] => Some(format!("{} and {last}", rest.join(", "))),
    }
}

#[cfg(test)]
#[path = "parts_tests.rs"]
mod tests;
