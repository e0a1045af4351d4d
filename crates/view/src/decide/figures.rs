//! The Decide view's figures with its default inputs, for meeting mode and the options sheet.

use super::said::{limit_sentence, pay_award_sentence};
use super::{columns, curves, odds_view, parse_limit, Blocked, OddsInputs, DEFAULT_CHANCE, DEFAULT_LIMIT};
use crate::table::Table;
use crate::table::{Row, RowKind};
use planner_engine::analysis::{within_limit, CurvePoint};
use planner_engine::scenario::Scenario;

/// One plan's decision figures with the Decide view's default inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionRow {
    pub name: String,
    /// Expected, median and 90th percentile cost to the MPS, in whole pounds (`None` if the
    /// odds could not be worked out).
    pub odds: Option<[String; 3]>,
    /// The earliest stop within the default limit, briefly (`Dec 2023`).
    pub earliest_stop: String,
    /// The same in a sentence, as the Decide view says it.
    pub stop_sentence: String,
    /// The largest pay award the caps absorb, briefly (`3.57%`).
    pub max_award: String,
    /// The same in a sentence, as the Decide view says it.
    pub pay_award_sentence: String,
}

/// The Decide view's figures with its default inputs (limit £100,000, the default chance at
/// each review point, each plan's own pay awards), for meeting mode and the options sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionFigures {
    /// The assumptions, in words.
    pub assumption: String,
    pub rows: Vec<DecisionRow>,
    /// Plans or odds the engine refused, in words.
    pub failed: Vec<String>,
}

/// Works out [`DecisionFigures`] for `scenarios` with the same functions as the Decide
/// view ([`curves`](fn@curves), [`odds_view`], [`within_limit`]) and its default inputs.
pub fn decision_figures(scenarios: &[Scenario]) -> DecisionFigures {
    let curves = curves(scenarios);
    let mut failed = curves.failed.clone();
    let odds = match odds_view(scenarios, &OddsInputs::default()) {
        Ok(v) => v.table.groups.into_iter().next().unwrap_or_default(),
        Err(Blocked::Failed(message)) => {
            failed.push(message);
            Vec::new()
        }
        Err(_) => Vec::new(),
    };
    let limit = parse_limit(DEFAULT_LIMIT).ok();
    let rows = curves
        .plans
        .iter()
        .map(|p| {
            let switch = limit.and_then(|l| within_limit(&p.curve, l).ok());
            let earliest_stop = match switch.as_ref().map(|s| s.earliest_stop) {
                Some(Some(CurvePoint { stops_after: Some(m), .. })) => m.label(),
                Some(Some(CurvePoint { stops_after: None, .. })) => "Only if it never stops".into(),
                Some(None) => "Never: always above".into(),
                None => "Not worked out".into(),
            };
            let max_award = match p.pay_award.max_award {
                Some(max) if p.pay_award.breaks_at.is_none() => format!("{max}% or more"),
                Some(max) => format!("{max}%"),
                None => "None: caps exceeded at 0%".into(),
            };
            DecisionRow {
                name: p.name.clone(),
                odds: odds.get(p.index).and_then(|r| <[String; 3]>::try_from(r.cells.clone()).ok()),
                earliest_stop,
                stop_sentence: switch.map(|s| limit_sentence(&s)).unwrap_or_default(),
                max_award,
                pay_award_sentence: pay_award_sentence(&p.pay_award),
            }
        })
        .collect();
    let assumption = format!(
        "Assuming an {DEFAULT_CHANCE}% chance funding continues at each review point, a limit of £{DEFAULT_LIMIT} \
         and each plan's own pay awards."
    );
    DecisionFigures { assumption, rows, failed }
}

impl DecisionFigures {
    /// The figures in one small table, for the printed sheet.
    pub fn table(&self, id: &str) -> Table {
        let cell = |r: &DecisionRow, i: usize| {
            r.odds.as_ref().and_then(|o| o.get(i).cloned()).unwrap_or_else(|| "Not worked out".into())
        };
        let rows = self
            .rows
            .iter()
            .map(|r| Row {
                kind: RowKind::Detail,
                header: r.name.clone(),
                cells: vec![cell(r, 0), cell(r, 2), r.earliest_stop.clone(), r.max_award.clone()],
            })
            .collect();
        Table {
            total: None,
            id: id.into(),
            caption: self.assumption.clone(),
            columns: columns(
                "Plan",
                [
                    "Expected pressure",
                    "P90 pressure",
                    &format!("Earliest stop within £{DEFAULT_LIMIT}"),
                    "Largest pay award absorbed",
                ],
            ),
            groups: vec![rows],
        }
    }

    /// Expected, median and 90th percentile pressure, for a slide.
    pub fn odds_table(&self, id: &str) -> Table {
        let rows = self
            .rows
            .iter()
            .map(|r| Row {
                kind: RowKind::Detail,
                header: r.name.clone(),
                cells: r.odds.clone().map_or_else(|| vec!["Not worked out".into(); 3], Vec::from),
            })
            .collect();
        Table {
            total: None,
            id: id.into(),
            caption: "Unfunded pressure given the odds at the review points, in whole pounds".into(),
            columns: columns("Plan", ["Expected", "Median (p50)", "90th percentile (p90)"]),
            groups: vec![rows],
        }
    }
}

#[cfg(test)]
#[path = "figures_tests.rs"]
mod tests;
