//! View models of the results: every figure, label and table row the results page shows,
//! as display-ready strings, so the web components only render.
//!
//! Headlines and the monthly table are in whole pounds, with each headline's exact total in
//! pounds and pence beneath; the financial-year table and invoices are in pounds and pence. A total is
//! always the rounded exact total, never a sum of rounded parts.
//!
//! Headcount: the headline is the FTE in post in the horizon's first month; per financial
//! year it is the *average* FTE in post over that year's months within the horizon (to two
//! decimals), because average FTE × annual cost is what the year costs.

use crate::flags::FlagView;
use crate::format::{headcount, pounds, pounds_pence};
use crate::table::{columns, Column, Row, RowKind, Table};
use planner_engine::money::Money;
use planner_engine::month::{FinancialYear, Month};
use planner_engine::outcome::{Figures, MonthResult, Outcome, Peak, YearResult};
use planner_engine::scenario::Scenario;

/// Everything the results page shows except the charts (see [`crate::chart`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultsView {
    /// `“Business as usual”, Apr 2023 to Mar 2026.`
    pub context: String,
    /// `Funding continues throughout the plan.` or `Funding stops after Dec 2023.`
    pub funding: String,
    pub headlines: Vec<Headline>,
    pub flags: Vec<FlagView>,
    pub years: Table,
    pub months: Table,
    pub invoices: Table,
    /// `The funder owes at most £127,530, at the end of Jul 2023.`
    pub cash_note: String,
    /// When invoices are raised and paid.
    pub invoice_note: String,
}

impl ResultsView {
    pub fn new(scenario: &Scenario, outcome: &Outcome) -> ResultsView {
        let stop = scenario.grant.stops_after.filter(|m| *m < scenario.horizon.end);
        ResultsView {
            context: format!(
                "“{}”, {} to {}.",
                scenario.name,
                scenario.horizon.start.label(),
                scenario.horizon.end.label()
            ),
            funding: match stop {
                Some(m) => format!("Funding stops after {}.", m.label()),
                None => "Funding continues throughout the plan.".into(),
            },
            headlines: headlines(outcome, stop),
            flags: outcome.flags.iter().map(FlagView::from).collect(),
            years: year_table(outcome, stop),
            months: month_table(outcome),
            invoices: invoice_table(outcome),
            cash_note: match outcome.peak_cash_position.month {
                Some(m) => format!(
                    "The funder owes at most {}, at the end of {}.",
                    pounds(outcome.peak_cash_position.amount),
                    m.label()
                ),
                None => "The funder never owes anything: nothing is claimed.".into(),
            },
            invoice_note: match scenario.grant.payment_lag_months {
                0 => "Each quarter is invoiced the month after it ends and paid in the same month.".into(),
                1 => "Each quarter is invoiced the month after it ends and paid a month later.".into(),
                n => format!("Each quarter is invoiced the month after it ends and paid {n} months later."),
            },
        }
    }
}

/// One headline figure with its breakdown per financial year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    /// A stable name, for styling and tests: `pressure`, `claimed`, `cap_excess`, `cash`, `headcount`.
    pub key: &'static str,
    pub title: &'static str,
    pub value: String,
    /// `Exactly £860,827.50`, for money figures whose pennies a finance reader checks.
    pub exact: Option<String>,
    pub note: String,
    pub by_year: Vec<Breakdown>,
}

fn exactly(amount: Money) -> Option<String> {
    Some(format!("Exactly {}", pounds_pence(amount)))
}

/// `2023/24` and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    pub label: String,
    pub value: String,
}

fn per_year(outcome: &Outcome, value: impl Fn(&Figures) -> Money) -> Vec<Breakdown> {
    outcome.years.iter().map(|y| Breakdown { label: y.fy.label(), value: pounds(value(&y.figures)) }).collect()
}

/// Whether financial year `fy` lies wholly after the grant stops: its cap is no headroom.
fn unfunded(fy: FinancialYear, stop: Option<Month>) -> Option<Month> {
    stop.filter(|m| fy.first_month() > *m)
}

fn headlines(outcome: &Outcome, stop: Option<Month>) -> Vec<Headline> {
    let total = &outcome.total;
    let allocated: Money = outcome.years.iter().map(|y| y.allocation).sum();
    let peak = outcome.peak_cash_position;
    let first = outcome.months.first();
    vec![
        Headline {
            key: "pressure",
            title: "Unfunded pressure",
            value: pounds(total.unfunded_pressure),
            exact: exactly(total.unfunded_pressure),
            note: "What the MPS must find from elsewhere: post cost after funding stops, plus cost above the cap."
                .into(),
            by_year: per_year(outcome, |f| f.unfunded_pressure),
        },
        Headline {
            key: "claimed",
            title: "Grant claimed",
            value: pounds(total.claimed),
            exact: exactly(total.claimed),
            note: format!("Of {} allocated for these years.", pounds(allocated)),
            by_year: outcome
                .years
                .iter()
                .map(|y| Breakdown {
                    label: y.fy.label(),
                    value: match unfunded(y.fy, stop) {
                        Some(m) => format!("no funding after {}", m.label()),
                        None => format!("{} of {}", pounds(y.figures.claimed), pounds(y.allocation)),
                    },
                })
                .collect(),
        },
        Headline {
            key: "cap_excess",
            title: "Cost above the cap",
            value: pounds(total.cap_excess),
            exact: exactly(total.cap_excess),
            note: "Eligible cost beyond the year's allocation (part of the pressure).".into(),
            by_year: per_year(outcome, |f| f.cap_excess),
        },
        Headline {
            key: "cash",
            title: "Most owed by the funder",
            value: pounds(peak.amount),
            exact: exactly(peak.amount),
            note: match peak.month {
                Some(m) => format!("At the end of {}: claimed but not yet paid.", m.label()),
                None => "Nothing is claimed, so nothing is owed.".into(),
            },
            by_year: outcome
                .years
                .iter()
                .map(|y| {
                    let Peak { amount, month: at } = y.peak_cash_position;
                    let value = match at {
                        Some(m) => format!("{} ({})", pounds(amount), m.label()),
                        None => pounds(amount),
                    };
                    Breakdown { label: y.fy.label(), value }
                })
                .collect(),
        },
        Headline {
            key: "headcount",
            title: "Headcount",
            value: format!("{} FTE", first.map_or_else(|| "0".into(), |m| headcount(m.headcount))),
            exact: None,
            note: match first {
                Some(m) => format!("In post in {}; each year shows the average FTE in post.", m.month.label()),
                None => "No months in the plan.".into(),
            },
            by_year: outcome
                .years
                .iter()
                .map(|y| Breakdown { label: y.fy.label(), value: format!("{} FTE", headcount(y.average_fte)) })
                .collect(),
        },
    ]
}

/// A financial year's figures, or the horizon's: one column of the year table.
struct YearColumn<'a> {
    allocation: Money,
    headroom: Money,
    figures: &'a Figures,
}

/// A row of the year table: its label and how to read it from a column.
type Measure = (&'static str, fn(&YearColumn) -> Money);

/// The year table's rows, in the order a finance reader follows them.
const YEAR_MEASURES: [Measure; 10] = [
    ("Allocation", |c| c.allocation),
    ("Post cost", |c| c.figures.post_cost),
    ("Eligible", |c| c.figures.eligible),
    ("Claimed", |c| c.figures.claimed),
    ("Cost above the cap", |c| c.figures.cap_excess),
    ("Unfunded pressure", |c| c.figures.unfunded_pressure),
    ("Cap headroom", |c| c.headroom),
    ("Backfill", |c| c.figures.backfill_cost),
    ("Redeployed", |c| c.figures.redeployed_cost),
    ("Non-staff", |c| c.figures.non_staff_cost),
];

/// One column per financial year and a total column: ten measures across a few years fit
/// any screen and an A4 page, where ten columns of figures would not.
fn year_table(outcome: &Outcome, stop: Option<Month>) -> Table {
    // A year after the stop has a cap nobody can claim against: no headroom, said in words.
    let open = |y: &&YearResult| unfunded(y.fy, stop).is_none();
    let mut cols: Vec<YearColumn> = outcome
        .years
        .iter()
        .map(|y| YearColumn { allocation: y.allocation, headroom: y.cap_headroom, figures: &y.figures })
        .collect();
    cols.push(YearColumn {
        allocation: outcome.years.iter().map(|y| y.allocation).sum(),
        headroom: outcome.years.iter().filter(open).map(|y| y.cap_headroom).sum(),
        figures: &outcome.total,
    });
    let closed: Vec<bool> = outcome.years.iter().map(|y| !open(&y)).chain([false]).collect();
    let rows = YEAR_MEASURES
        .iter()
        .map(|(label, value)| Row {
            kind: if *label == "Unfunded pressure" { RowKind::Key } else { RowKind::Detail },
            header: (*label).into(),
            cells: cols
                .iter()
                .zip(&closed)
                .map(|(c, closed)| match (*label, closed) {
                    ("Cap headroom", true) => "none: no funding".into(),
                    _ => pounds_pence(value(c)),
                })
                .collect(),
        })
        .collect();
    let labels: Vec<String> = outcome.years.iter().map(|y| y.fy.label()).chain(["Total".into()]).collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    Table {
        id: "year-table".into(),
        caption: "Each financial year, in pounds and pence".into(),
        columns: columns("Figure", &labels),
        groups: vec![rows],
        total: None,
    }
}

/// Headcount and cash are month-end figures, so subtotal rows leave them blank.
fn month_cells(fte: &str, f: &Figures, cash: &str) -> Vec<String> {
    let money = [f.post_cost, f.claimed, f.cap_excess, f.unfunded_pressure, f.backfill_cost, f.redeployed_cost];
    std::iter::once(fte.to_string()).chain(money.into_iter().map(pounds)).chain([cash.to_string()]).collect()
}

fn month_table(outcome: &Outcome) -> Table {
    let mut groups: Vec<Vec<Row>> = Vec::new();
    for year in &outcome.years {
        let mut rows = Vec::new();
        let mut quarter = Figures::default();
        let months: Vec<&MonthResult> = outcome.months.iter().filter(|m| m.month.financial_year() == year.fy).collect();
        for (i, m) in months.iter().enumerate() {
            rows.push(Row {
                kind: RowKind::Detail,
                header: m.month.label(),
                cells: month_cells(&headcount(m.headcount), &m.figures, &pounds(m.cash_position)),
            });
            quarter.add(&m.figures);
            let quarter_ends = months.get(i + 1).is_none_or(|next| next.month.quarter() != m.month.quarter());
            if quarter_ends {
                rows.push(Row {
                    kind: RowKind::Subtotal,
                    header: format!("{} total", year.fy.quarter_label(m.month.quarter())),
                    cells: month_cells("", &quarter, ""),
                });
                quarter = Figures::default();
            }
        }
        rows.push(Row {
            kind: RowKind::Total,
            header: format!("{} total", year.fy.label()),
            cells: month_cells("", &year.figures, ""),
        });
        groups.push(rows);
    }
    Table {
        id: "month-table".into(),
        caption: "Each month, with quarter and year totals, in whole pounds".into(),
        columns: columns(
            "Month",
            [
                "FTE in post",
                "Post cost",
                "Claimed",
                "Cost above the cap",
                "Unfunded pressure",
                "Backfill",
                "Redeployed",
                "Owed by the funder at month end",
            ],
        ),
        groups,
        total: Some(Row { kind: RowKind::Total, header: "Total".into(), cells: month_cells("", &outcome.total, "") }),
    }
}

fn invoice_table(outcome: &Outcome) -> Table {
    let rows = outcome
        .invoices
        .iter()
        .map(|i| Row {
            kind: RowKind::Detail,
            header: i.label(),
            cells: vec![pounds_pence(i.amount), i.raised.label(), i.paid.label()],
        })
        .collect();
    let total: Money = outcome.invoices.iter().map(|i| i.amount).sum();
    let mut cols = columns("Quarter", ["Amount"]);
    cols.extend(["Raised", "Paid"].map(|l| Column { label: l.into(), numeric: false }));
    Table {
        id: "invoice-table".into(),
        caption: "Quarterly invoices to the funder, in pounds and pence".into(),
        columns: cols,
        groups: vec![rows],
        total: Some(Row {
            kind: RowKind::Total,
            header: "Total".into(),
            cells: vec![pounds_pence(total), "".into(), "".into()],
        }),
    }
}

#[cfg(test)]
#[path = "results_tests.rs"]
mod tests;
