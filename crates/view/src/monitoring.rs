//! Monitoring: actuals against the plan (MODEL.md rules 10 and 11). The forecast outturn
//! of each financial year (actuals, then the forecast), the variance against the plan
//! without actuals, what the funder still owes and which invoices were paid late. Only
//! a plan with actuals has any of it ([`monitoring`] is `None` otherwise).

use planner_engine::money::Money;
use planner_engine::month::{FinancialYear, Month};
use planner_engine::outcome::{Figures, Outcome};
use planner_engine::scenario::Scenario;

use crate::format::{pounds, pounds_pence};
use crate::results::{Breakdown, Headline, ResultsView};
use crate::table::{columns, Row, RowKind, Table};

/// What the results page adds for a plan with actuals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Monitoring {
    /// `Actuals to Sep 2024`.
    pub as_at: String,
    pub headlines: Vec<Headline>,
    /// Each year's actual, forecast and outturn against the plan, in pounds and pence.
    pub outturn: Table,
}

/// `Actuals to Sep 2024`, for a plan with actuals.
pub fn as_at(scenario: &Scenario) -> Option<String> {
    scenario.actuals.as_ref().map(|a| format!("Actuals to {}", a.through.label()))
}

/// What every plan of a comparison shares: `Actuals to Sep 2024.` said once, when the
/// actuals are the same facts in each (the planner enters them once); else each plan's.
pub fn as_at_of<'a>(scenarios: impl IntoIterator<Item = &'a Scenario>) -> Option<String> {
    let all: Vec<&Scenario> = scenarios.into_iter().collect();
    let first = all.first()?.actuals.as_ref();
    if all.iter().all(|s| s.actuals.as_ref() == first) {
        return first.map(|a| format!("Actuals to {}: every plan shares them.", a.through.label()));
    }
    let months: Vec<String> =
        all.iter().map(|s| s.actuals.as_ref().map_or_else(|| "none".to_string(), |a| a.through.label())).collect();
    Some(format!("The plans' actuals differ (to {}): each plan's results say its own.", months.join(", ")))
}

/// Whether `month` has an actual post cost.
pub fn is_actual(scenario: &Scenario, month: Month) -> bool {
    scenario.actuals.as_ref().is_some_and(|a| a.post_cost(month).is_some())
}

/// The results' month table with each actual month's header marked `Apr 2023 (actual)`
/// (its month rows are the outcome's months, in order).
pub fn mark_actual_months(view: &mut ResultsView, scenario: &Scenario, outcome: &Outcome) {
    let rows = view.months.groups.iter_mut().flatten().filter(|r| r.kind == RowKind::Detail);
    for (row, m) in rows.zip(&outcome.months) {
        if is_actual(scenario, m.month) {
            row.header.push_str(" (actual)");
        }
    }
}

/// The monitoring figures, or `None` for a plan without actuals.
pub fn monitoring(scenario: &Scenario, outcome: &Outcome) -> Option<Monitoring> {
    let actuals = scenario.actuals.as_ref()?;
    let through = actuals.through;
    let actual_months = |fy: Option<FinancialYear>| {
        actuals.months.iter().filter(|a| fy.is_none_or(|fy| a.month.financial_year() == fy)).count()
    };
    Some(Monitoring {
        as_at: format!("Actuals to {}", through.label()),
        headlines: vec![
            outturn_headline(outcome, &|fy| actual_months(Some(fy))),
            variance_headline(outcome, actual_months(None)),
            owed_headline(outcome, through),
            late_headline(scenario, outcome),
        ],
        outturn: outturn_table(outcome, &|fy| actual_months(fy)),
    })
}

/// `+£1,234.00`, `-£1,234.00` or `£0.00`: a variance, its sign written.
fn signed_pence(amount: Money) -> String {
    if amount.is_positive() {
        format!("+{}", pounds_pence(amount))
    } else {
        pounds_pence(amount)
    }
}

fn signed(amount: Money) -> String {
    crate::format::pounds_signed(amount)
}

/// The year's actual post cost in words: `no actuals` when none was entered (not
/// `£0 actual`, which would say the ledger showed nothing spent).
fn actual_words(f: &Figures, months: usize) -> String {
    match months {
        0 => "no actuals".into(),
        _ => format!("{} actual", pounds(f.cost_breakdown.actual)),
    }
}

fn outturn_headline(outcome: &Outcome, months: &dyn Fn(FinancialYear) -> usize) -> Headline {
    let total = outcome.total.post_cost;
    Headline {
        key: "outturn",
        title: "Forecast outturn",
        value: pounds(total),
        exact: Some(format!("Exactly {}", pounds_pence(total))),
        note: "Post cost: the actuals, then the forecast for the months after them.".into(),
        by_year: outcome
            .years
            .iter()
            .map(|y| Breakdown {
                label: y.fy.label(),
                value: format!("{} ({})", pounds(y.figures.post_cost), actual_words(&y.figures, months(y.fy))),
            })
            .collect(),
    }
}

fn variance_headline(outcome: &Outcome, months: usize) -> Headline {
    let v = outcome.total.variance;
    let over = if v.is_positive() {
        "over the plan"
    } else if v < Money::ZERO {
        "under the plan"
    } else {
        "exactly on the plan"
    };
    let months = match months {
        0 => "No month has an actual post cost yet".to_string(),
        1 => format!("Actual less planned post cost in the 1 month with an actual: {over}"),
        n => format!("Actual less planned post cost over the {n} months with actuals: {over}"),
    };
    Headline {
        key: "variance",
        title: "Variance against the plan",
        value: signed(v),
        exact: Some(format!("Exactly {}", signed_pence(v))),
        note: format!("{months}."),
        by_year: outcome
            .years
            .iter()
            .map(|y| Breakdown { label: y.fy.label(), value: signed(y.figures.variance) })
            .collect(),
    }
}

fn owed_headline(outcome: &Outcome, through: Month) -> Headline {
    let owed = outcome.months.iter().find(|m| m.month == through).map(|m| m.cash_position).unwrap_or_default();
    let short: Money =
        outcome.invoices.iter().filter(|i| !i.disallowed && i.paid <= through).map(|i| i.shortfall).sum();
    let note = if short.is_positive() {
        format!(
            "At the end of {}: claimed and not yet paid, of which {} was short-paid on invoices paid so far.",
            through.label(),
            pounds(short)
        )
    } else {
        format!("At the end of {}: claimed and not yet paid.", through.label())
    };
    Headline {
        key: "owed",
        title: "Still owed by the funder",
        value: pounds(owed),
        exact: Some(format!("Exactly {}", pounds_pence(owed))),
        note,
        by_year: Vec::new(),
    }
}

fn late_headline(scenario: &Scenario, outcome: &Outcome) -> Headline {
    let lag = scenario.grant.payment_lag_months as i32;
    let recorded = scenario.actuals.as_ref().map_or(0, |a| a.invoices.len());
    let late: Vec<Breakdown> = outcome
        .invoices
        .iter()
        .filter(|i| i.paid > i.raised.plus(lag))
        .map(|i| Breakdown {
            label: i.label(),
            value: format!("paid {}, due {}", i.paid.label(), i.raised.plus(lag).label()),
        })
        .collect();
    let plural = |n: usize| if n == 1 { "invoice" } else { "invoices" };
    let note = match (recorded, late.len()) {
        (0, _) => "No payment is recorded yet: add each invoice the funder paid.".to_string(),
        (1, 0) => "The invoice paid came on time.".to_string(),
        (n, 0) => format!("All {n} invoices paid came on time."),
        (n, 1) => format!("1 of the {n} {} paid came after it was due.", plural(n)),
        (n, k) => format!("{k} of the {n} {} paid came after they were due.", plural(n)),
    };
    Headline {
        key: "late",
        title: "Late invoices",
        value: match late.len() {
            0 => "None".into(),
            n => n.to_string(),
        },
        exact: None,
        note,
        by_year: late,
    }
}

fn outturn_table(outcome: &Outcome, months: &dyn Fn(Option<FinancialYear>) -> usize) -> Table {
    let mut cols: Vec<(&Figures, usize)> = outcome.years.iter().map(|y| (&y.figures, months(Some(y.fy)))).collect();
    cols.push((&outcome.total, months(None)));
    type Measure = (&'static str, RowKind, fn(&Figures, usize) -> String);
    let measures: [Measure; 5] = [
        ("Actual post cost", RowKind::Detail, |f, n| match n {
            0 => "no actuals".into(),
            _ => pounds_pence(f.cost_breakdown.actual),
        }),
        ("Forecast post cost", RowKind::Detail, |f, _| pounds_pence(f.post_cost - f.cost_breakdown.actual)),
        ("Forecast outturn", RowKind::Key, |f, _| pounds_pence(f.post_cost)),
        ("Plan without actuals", RowKind::Detail, |f, _| pounds_pence(f.post_cost - f.variance)),
        ("Variance", RowKind::Detail, |f, _| signed_pence(f.variance)),
    ];
    let rows = measures
        .iter()
        .map(|(label, kind, cell)| Row {
            kind: *kind,
            header: (*label).into(),
            cells: cols.iter().map(|(f, n)| cell(f, *n)).collect(),
        })
        .collect();
    let labels: Vec<String> = outcome.years.iter().map(|y| y.fy.label()).chain(["Total".into()]).collect();
    Table {
        id: "outturn-table".into(),
        caption: "Forecast outturn of post cost by financial year, in pounds and pence".into(),
        columns: columns("Figure", &labels),
        groups: vec![rows],
        total: None,
    }
}

#[cfg(test)]
#[path = "monitoring_tests.rs"]
mod tests;
