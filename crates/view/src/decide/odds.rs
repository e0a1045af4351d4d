//! The review-point odds: each plan's distribution of outcomes, its expected, median and
//! 90th percentile cost to the MPS, and a chart of it.

use super::{columns, Blocked, OddsField, OddsInputs, DEFAULT_CASES};
use crate::chart::decide::{distribution_chart, DistributionChart};
use crate::format::pounds;
use crate::table::Table;
use crate::table::{Row, RowKind};
use planner_engine::analysis::odds::{self, review_points, PayAwardCase, ReviewChance};
use planner_engine::analysis::{Chance, Odds};
use planner_engine::error::Error;
use planner_engine::money::Percent;
use planner_engine::month::Month;
use planner_engine::scenario::Scenario;

/// The review points of every plan's horizon, in order, each once.
pub fn review_months(scenarios: &[Scenario]) -> Vec<Month> {
    let mut months: Vec<Month> = scenarios.iter().flat_map(|s| review_points(s.horizon)).collect();
    months.sort();
    months.dedup();
    months
}

/// The review-point odds of every plan.
#[derive(Debug, Clone, PartialEq)]
pub struct OddsView {
    /// Expected, median and 90th percentile cost to the MPS, a row per plan.
    pub table: Table,
    pub charts: Vec<DistributionChart>,
}

/// The odds as typed, for `scenarios`.
///
/// # Errors
/// [`Blocked::Fields`] while a field used does not parse; [`Blocked::Cases`] when the
/// cases' weights do not add up to 100%; [`Blocked::Failed`] if the engine refuses a plan.
pub fn odds_view(scenarios: &[Scenario], inputs: &OddsInputs) -> Result<OddsView, Blocked> {
    let typed = &inputs.typed;
    let mut chances = Vec::new();
    for m in review_months(scenarios) {
        let chance = Chance::parse(&typed.text(OddsField::Chance(m))).map_err(|_| Blocked::Fields)?;
        chances.push(ReviewChance { month: m, chance_continues: chance });
    }
    let mut cases = Vec::new();
    if inputs.cases_on {
        for (i, (name, _, _)) in DEFAULT_CASES.iter().enumerate() {
            let percent = Percent::parse(&typed.text(OddsField::CasePercent(i))).map_err(|_| Blocked::Fields)?;
            let weight = Chance::parse(&typed.text(OddsField::CaseWeight(i))).map_err(|_| Blocked::Fields)?;
            cases.push(PayAwardCase { name: (*name).into(), percent, weight });
        }
    }
    let headings: Vec<String> =
        cases.iter().map(|c| format!("{}: {}% every September, weight {}%", c.name, c.percent, c.weight)).collect();
    let (mut rows, mut charts) = (Vec::new(), Vec::new());
    for (index, s) in scenarios.iter().enumerate() {
        let points = review_points(s.horizon);
        let odds = Odds {
            review_points: chances.iter().filter(|c| points.contains(&c.month)).copied().collect(),
            pay_award_cases: cases.clone(),
        };
        let d = odds::distribution(s, &odds).map_err(|e| match e {
            Error::Field { path, message } if path.starts_with(&"odds.pay_award_cases".into()) => {
                Blocked::Cases(message)
            }
            e => Blocked::Failed(format!("“{}” could not be analysed: {e}", s.name)),
        })?;
        rows.push(Row {
            kind: RowKind::Detail,
            header: s.name.clone(),
            cells: vec![pounds(d.expected), pounds(d.p50), pounds(d.p90)],
        });
        charts.push(distribution_chart(index, &s.name, &d, &headings));
    }
    let table = Table {
        total: None,
        id: "decide-odds-table".into(),
        caption: "Cost to the MPS given the odds at the review points, in whole pounds".into(),
        columns: columns("Plan", ["Expected", "Median (p50)", "90th percentile (p90)"]),
        groups: vec![rows],
    };
    Ok(OddsView { table, charts })
}

#[cfg(test)]
#[path = "odds_tests.rs"]
mod tests;
