//! The input-free part of the analysis: each plan's stop-month curve and largest pay award,
//! the comparisons between plans, and what the curves say about a limit.

use super::said::{limit_sentence, own_stop_award_sentence, pay_award_sentence};
use super::Said;
use crate::chart::decide::{curve_chart, CurveChart, CurveSeries, CURVE_SIZE};
use planner_engine::analysis::{
    compare, max_pay_award, stop_month_curve, within_limit, CurveComparison, CurvePoint, PayAwardSwitch,
};
use planner_engine::money::Money;
use planner_engine::month::Month;
use planner_engine::scenario::{Horizon, Scenario};

/// One plan's stop-month curve and largest pay award.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanCurve {
    /// Its position in the workspace: 0 is business as usual.
    pub index: usize,
    pub name: String,
    pub horizon: Horizon,
    pub own_stop: Option<Month>,
    pub curve: Vec<CurvePoint>,
    pub pay_award: PayAwardSwitch,
}

/// The input-free part of the analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Curves {
    pub plans: Vec<PlanCurve>,
    /// Each option against business as usual, where their horizons match.
    pub against_baseline: Vec<CurveComparison>,
    /// Every other pair of plans with the same horizon.
    pub between_options: Vec<CurveComparison>,
    /// Plans the engine refused, in words.
    pub failed: Vec<String>,
}

/// Each plan's stop-month curve and largest pay award, and which plan costs the MPS less
/// at each stop month (`scenarios[0]` is business as usual).
pub fn curves(scenarios: &[Scenario]) -> Curves {
    let mut plans = Vec::with_capacity(scenarios.len());
    let mut failed = Vec::new();
    for (index, s) in scenarios.iter().enumerate() {
        match stop_month_curve(s).and_then(|curve| Ok((curve, max_pay_award(s)?))) {
            Ok((curve, pay_award)) => plans.push(PlanCurve {
                index,
                name: s.name.clone(),
                horizon: s.horizon,
                own_stop: s.grant.stops_after,
                curve,
                pay_award,
            }),
            Err(e) => failed.push(format!("“{}” could not be analysed: {e}", s.name)),
        }
    }
    let (mut against_baseline, mut between_options) = (Vec::new(), Vec::new());
    for (i, a) in plans.iter().enumerate() {
        for b in plans.iter().skip(i + 1).filter(|b| b.horizon == a.horizon) {
            if let Some(c) = compare(&a.name, &a.curve, &b.name, &b.curve) {
                if a.index == 0 {
                    against_baseline.push(c)
                } else {
                    between_options.push(c)
                }
            }
        }
    }
    Curves { plans, against_baseline, between_options, failed }
}

impl Curves {
    /// Every plan's curve on one chart, with the limit when it is valid.
    pub fn chart(&self, limit: Option<Money>) -> CurveChart {
        let series: Vec<CurveSeries> =
            self.plans.iter().map(|p| CurveSeries { name: &p.name, curve: &p.curve, own_stop: p.own_stop }).collect();
        curve_chart(&series, limit, CURVE_SIZE)
    }

    /// The largest uniform pay award each plan's caps absorb, in a sentence.
    /// A plan that stops on its own date has no cap after it: said so, not "the caps hold".
    pub fn pay_award_sentences(&self) -> Vec<Said> {
        self.plans
            .iter()
            .map(|p| {
                let sentence = match p.own_stop.filter(|m| *m < p.horizon.end) {
                    Some(stop) => own_stop_award_sentence(&p.pay_award, stop),
                    None => pay_award_sentence(&p.pay_award),
                };
                Said { name: p.name.clone(), sentence }
            })
            .collect()
    }
}

/// How early funding can stop in each plan with the cost to the MPS within `limit`.
pub fn limit_sentences(curves: &Curves, limit: Money) -> Vec<Said> {
    curves
        .plans
        .iter()
        .map(|p| Said {
            name: p.name.clone(),
            sentence: within_limit(&p.curve, limit).map_or_else(|e| e.to_string(), |s| limit_sentence(&s)),
        })
        .collect()
}

#[cfg(test)]
#[path = "curves_tests.rs"]
mod tests;
