//! The results as the CLI prints them (MODEL.md, "The command-line evaluator").

use serde::Serialize;

use planner_engine::money::Money;
use planner_engine::month::Month;
use planner_engine::note::Note;
use planner_engine::outcome::{CostBreakdown, Figures, Outcome};
use planner_engine::scenario::Scenario;

use crate::format::headcount;

#[derive(Serialize)]
struct FiguresJson {
    post_cost: Money,
    eligible: Money,
    claimed: Money,
    cap_excess: Money,
    unfunded_pressure: Money,
    backfill_cost: Money,
    redeployed_cost: Money,
    non_staff_cost: Money,
    cost_breakdown: BreakdownJson,
    variance: Money,
}

/// The parts of `post_cost` (MODEL.md version 2), in the order the model lists them.
#[derive(Serialize)]
struct BreakdownJson {
    pay: Money,
    employer_ni: Money,
    employer_pension: Money,
    apprenticeship_levy: Money,
    all_in: Money,
    actual: Money,
}

impl From<&CostBreakdown> for BreakdownJson {
    fn from(b: &CostBreakdown) -> Self {
        BreakdownJson {
            pay: b.pay,
            employer_ni: b.employer_ni,
            employer_pension: b.employer_pension,
            apprenticeship_levy: b.apprenticeship_levy,
            all_in: b.all_in,
            actual: b.actual,
        }
    }
}

impl From<&Figures> for FiguresJson {
    fn from(f: &Figures) -> Self {
        FiguresJson {
            post_cost: f.post_cost,
            eligible: f.eligible,
            claimed: f.claimed,
            cap_excess: f.cap_excess,
            unfunded_pressure: f.unfunded_pressure,
            backfill_cost: f.backfill_cost,
            redeployed_cost: f.redeployed_cost,
            non_staff_cost: f.non_staff_cost,
            cost_breakdown: (&f.cost_breakdown).into(),
            variance: f.variance,
        }
    }
}

#[derive(Serialize)]
struct YearJson {
    fy: String,
    allocation: Money,
    cap_headroom: Money,
    #[serde(flatten)]
    figures: FiguresJson,
}

#[derive(Serialize)]
struct MonthJson {
    month: Month,
    headcount: String,
    cash_position: Money,
    #[serde(flatten)]
    figures: FiguresJson,
}

#[derive(Serialize)]
struct InvoiceJson {
    quarter: String,
    amount: Money,
    raised: Month,
    paid: Month,
    shortfall: Money,
}

#[derive(Serialize)]
struct PeakJson {
    amount: Money,
    month: Option<Month>,
}

/// The results as the CLI prints them (see [`outcome_report`]); serialize it with serde.
#[derive(Serialize)]
pub struct OutcomeReport {
    scenario: String,
    /// The plan's note (why, source, author), only when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<Note>,
    years: Vec<YearJson>,
    total: FiguresJson,
    months: Vec<MonthJson>,
    invoices: Vec<InvoiceJson>,
    peak_cash_position: PeakJson,
    actuals_through: Option<Month>,
}

/// The results as the CLI prints them: money as strings with two decimals, fields in the
/// order MODEL.md shows.
pub fn outcome_report(scenario: &Scenario, outcome: &Outcome) -> OutcomeReport {
    OutcomeReport {
        scenario: scenario.name.clone(),
        note: scenario.note.clone(),
        years: outcome
            .years
            .iter()
            .map(|y| YearJson {
                fy: y.fy.label(),
                allocation: y.allocation,
                cap_headroom: y.cap_headroom,
                figures: (&y.figures).into(),
            })
            .collect(),
        total: (&outcome.total).into(),
        months: outcome
            .months
            .iter()
            .map(|m| MonthJson {
                month: m.month,
                headcount: headcount(m.headcount),
                cash_position: m.cash_position,
                figures: (&m.figures).into(),
            })
            .collect(),
        invoices: outcome
            .invoices
            .iter()
            .map(|i| InvoiceJson {
                quarter: i.label(),
                amount: i.amount,
                raised: i.raised,
                paid: i.paid,
                shortfall: i.shortfall,
            })
            .collect(),
        peak_cash_position: PeakJson {
            amount: outcome.peak_cash_position.amount,
            month: outcome.peak_cash_position.month,
        },
        actuals_through: outcome.actuals_through,
    }
}
