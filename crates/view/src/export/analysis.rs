//! The decision analysis as `planner analyse` prints it: the engine's typed results, with
//! each switching value and comparison segment said in a sentence (the view's words).

use serde::Serialize;

use planner_engine::analysis::switching::Segment;
use planner_engine::analysis::{
    Analysis, CurveComparison, CurvePoint, Distribution, GreenBook, LimitSwitch, PayAwardSwitch, ScenarioAnalysis,
};

use crate::decide::said::{limit_sentence, pay_award_sentence, segment_sentence};

/// A typed result and its sentence: the result's fields, then `sentence`.
#[derive(Serialize)]
struct Said<'a, T> {
    #[serde(flatten)]
    value: &'a T,
    sentence: String,
}

#[derive(Serialize)]
struct SwitchingJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    within_limit: Option<Said<'a, LimitSwitch>>,
    max_pay_award: Said<'a, PayAwardSwitch>,
}

#[derive(Serialize)]
struct ScenarioJson<'a> {
    scenario: &'a str,
    stop_month_curve: &'a [CurvePoint],
    switching_values: SwitchingJson<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    odds: Option<&'a Distribution>,
}

#[derive(Serialize)]
struct ComparisonJson<'a> {
    first: &'a str,
    second: &'a str,
    segments: Vec<Said<'a, Segment>>,
}

/// The analysis as the CLI prints it (serialize it with serde).
#[derive(Serialize)]
pub struct AnalysisReport<'a> {
    scenarios: Vec<ScenarioJson<'a>>,
    comparisons: Vec<ComparisonJson<'a>>,
    green_book: &'a GreenBook,
}

fn scenario(s: &ScenarioAnalysis) -> ScenarioJson<'_> {
    let switching = &s.switching_values;
    ScenarioJson {
        scenario: &s.scenario,
        stop_month_curve: &s.stop_month_curve,
        switching_values: SwitchingJson {
            within_limit: switching.within_limit.as_ref().map(|w| Said { value: w, sentence: limit_sentence(w) }),
            max_pay_award: Said {
                value: &switching.max_pay_award,
                sentence: pay_award_sentence(&switching.max_pay_award),
            },
        },
        odds: s.odds.as_ref(),
    }
}

fn comparison(c: &CurveComparison) -> ComparisonJson<'_> {
    ComparisonJson {
        first: &c.first,
        second: &c.second,
        segments: c
            .segments
            .iter()
            .map(|segment| Said { value: segment, sentence: segment_sentence(&c.first, &c.second, segment) })
            .collect(),
    }
}

/// The analysis with its sentences, in the order MODEL.md and earlier planners print it.
pub fn analysis_report(analysis: &Analysis) -> AnalysisReport<'_> {
    AnalysisReport {
        scenarios: analysis.scenarios.iter().map(scenario).collect(),
        comparisons: analysis.comparisons.iter().map(comparison).collect(),
        green_book: &analysis.green_book,
    }
}
