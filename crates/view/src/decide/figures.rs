//! The Decide view's figures for meeting mode and the options sheet, with the assumptions
//! the planner confirmed: a panel must never read an expected pressure made from odds
//! nobody entered. Each figure is worded for its plan's case: a plan that stops on its own
//! date tests no other stop, and no cap applies after its funding ends.

use super::said::{amount, limit_sentence, own_stop_award_sentence, own_stop_sentence, pay_award_sentence};
use super::{columns, curves, odds_view, parse_limit, review_months, Blocked, OddsField, OddsInputs, DEFAULT_CASES};
use crate::format::pounds;
use crate::table::Table;
use crate::table::{Row, RowKind};
use planner_engine::analysis::{within_limit, CurvePoint};
use planner_engine::evaluate;
use planner_engine::money::Money;
use planner_engine::scenario::Scenario;

/// What the planner confirmed in the Decide view for the slides and the sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assumptions {
    pub limit: Money,
    pub odds: OddsInputs,
}

impl Assumptions {
    /// The Decide view's inputs as they stand.
    ///
    /// # Errors
    /// Which input does not parse yet, in words: nothing unparsed can be confirmed.
    pub fn confirm(limit: &str, odds: &OddsInputs, scenarios: &[Scenario]) -> Result<Assumptions, String> {
        let limit = parse_limit(limit).map_err(|e| format!("The limit: {e}"))?;
        let fields = review_months(scenarios)
            .into_iter()
            .map(OddsField::Chance)
            .chain((0..DEFAULT_CASES.len()).flat_map(|i| [OddsField::CasePercent(i), OddsField::CaseWeight(i)]));
        for field in fields {
            if let Some(e) = odds.typed.error(field) {
                return Err(format!("The odds: {e}"));
            }
        }
        Ok(Assumptions { limit, odds: odds.clone() })
    }

    /// The assumptions in words, one a line, to show beside the figures made from them.
    pub fn lines(&self, scenarios: &[Scenario]) -> Vec<String> {
        let typed = &self.odds.typed;
        let mut lines = vec![format!("a limit of {} of unfunded pressure", amount(self.limit))];
        lines.extend(
            review_months(scenarios).into_iter().map(|m| {
                format!("chance funding continues after {}: {}%", m.label(), typed.text(OddsField::Chance(m)))
            }),
        );
        lines.push(if self.odds.cases_on {
            let cases: Vec<String> = DEFAULT_CASES
                .iter()
                .enumerate()
                .map(|(i, (name, _, _))| {
                    let (p, w) = (typed.text(OddsField::CasePercent(i)), typed.text(OddsField::CaseWeight(i)));
                    format!("{name} {p}% (weight {w}%)")
                })
                .collect();
            format!("pay awards every September: {}", cases.join(", "))
        } else {
            "each plan's own pay awards".into()
        });
        lines
    }
}

/// One plan's decision figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionRow {
    pub name: String,
    /// Expected, median and 90th percentile cost to the MPS, in whole pounds (`None` if the
    /// odds could not be worked out). A plan with its own stop has one certain pressure.
    pub odds: Option<[String; 3]>,
    /// The earliest stop within the limit, briefly (`Dec 2023`).
    pub earliest_stop: String,
    /// The same in a sentence.
    pub stop_sentence: String,
    /// The largest pay award the caps absorb, briefly (`3.57%`).
    pub max_award: String,
    /// The same in a sentence.
    pub pay_award_sentence: String,
}

/// The decision figures with the confirmed [`Assumptions`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionFigures {
    /// The assumptions, one a line.
    pub assumptions: Vec<String>,
    pub limit: Money,
    pub rows: Vec<DecisionRow>,
    /// Plans or odds the engine refused, in words.
    pub failed: Vec<String>,
}

/// Works out [`DecisionFigures`] for `scenarios` with the same functions as the Decide
/// view ([`curves`](fn@curves), [`odds_view`], [`within_limit`]) and the confirmed inputs.
pub fn decision_figures(scenarios: &[Scenario], assumed: &Assumptions) -> DecisionFigures {
    let curves = curves(scenarios);
    let mut failed = curves.failed.clone();
    let odds = match odds_view(scenarios, &assumed.odds) {
        Ok(v) => v.table.groups.into_iter().next().unwrap_or_default(),
        Err(Blocked::Failed(message) | Blocked::Cases(message)) => {
            failed.push(message);
            Vec::new()
        }
        Err(Blocked::Fields) => Vec::new(),
    };
    let limit = assumed.limit;
    let rows = curves
        .plans
        .iter()
        .map(|p| {
            // A stop at or after the horizon's end changes nothing in the plan.
            let own = p.own_stop.filter(|m| *m < p.horizon.end);
            let own_pressure = own.and_then(|_| scenarios.get(p.index)).and_then(|s| evaluate(s).ok());
            if let (Some(stop), Some(outcome)) = (own, own_pressure) {
                let pressure = outcome.total.unfunded_pressure;
                // Its own stop is the plan: one pressure, certain under it (the row says so).
                let certain = pounds(pressure);
                let max_award = match (p.pay_award.max_award, p.pay_award.breaks_at) {
                    (Some(max), Some(_)) => format!("{max}% to {}; no cap after", stop.label()),
                    (Some(_), None) => format!("100% or more to {}; no cap after", stop.label()),
                    (None, _) => format!("None: caps exceeded before {}", stop.label()),
                };
                return DecisionRow {
                    name: format!("{} (stops after {}: certain)", p.name, stop.label()),
                    odds: Some([certain.clone(), certain.clone(), certain]),
                    earliest_stop: format!("Not tested: stops after {}", stop.label()),
                    stop_sentence: own_stop_sentence(stop, pressure, limit),
                    max_award,
                    pay_award_sentence: own_stop_award_sentence(&p.pay_award, stop),
                };
            }
            let switch = within_limit(&p.curve, limit).ok();
            let earliest_stop = match switch.as_ref().map(|s| s.earliest_stop) {
                Some(Some(CurvePoint { stops_after: Some(m), .. })) => m.label(),
                Some(Some(CurvePoint { stops_after: None, .. })) => "Only if it never stops".into(),
                Some(None) => "None: above the limit even with no stop".into(),
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
    DecisionFigures { assumptions: assumed.lines(scenarios), limit, rows, failed }
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
            caption: "Decision figures with the confirmed assumptions, in whole pounds".into(),
            columns: columns(
                "Plan",
                [
                    "Expected pressure",
                    "P90 pressure",
                    &format!("Earliest stop within {}", amount(self.limit)),
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
            caption: "Unfunded pressure given the confirmed odds at the review points, in whole pounds".into(),
            columns: columns("Plan", ["Expected", "Median (p50)", "90th percentile (p90)"]),
            groups: vec![rows],
        }
    }
}

#[cfg(test)]
#[path = "figures_tests.rs"]
mod tests;
