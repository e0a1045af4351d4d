//! `cargo bench -p planner-engine --bench analysis`: the whole decision analysis of business
//! as usual and the five ready-made options on the default horizon (stop-month curves,
//! switching values, review odds with three pay-award cases, the Green Book view).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use planner_engine::analysis::{analyse, max_pay_award, stop_month_curve, AnalysisInput, Odds, Uplift};
use planner_engine::{Money, ReadyMade, Scenario};

const ODDS: &str = r#"{
  "review_points": [
    { "month": "2023-12", "chance_continues": "80" },
    { "month": "2024-03", "chance_continues": "70" },
    { "month": "2025-03", "chance_continues": "90" }
  ],
  "pay_award_cases": [
    { "name": "Low", "percent": "2", "weight": "25" },
    { "name": "Central", "percent": "4", "weight": "50" },
    { "name": "High", "percent": "6", "weight": "25" }
  ]
}"#;

fn analysis(c: &mut Criterion) {
    let base = Scenario::default_scenario();
    let set: Vec<Scenario> =
        std::iter::once(base.clone()).chain(ReadyMade::ALL.iter().map(|o| o.build(&base))).collect();
    let input = AnalysisInput {
        limit: Some(Money::pence(100_000_00)),
        odds: Some(Odds::from_json(ODDS).unwrap()),
        deflators: None,
        optimism_bias: Some(Uplift::parse("12").unwrap()),
    };
    c.bench_function("stop-month curve (default scenario, 37 evaluations)", |b| {
        b.iter(|| stop_month_curve(black_box(&base)).unwrap())
    });
    c.bench_function("max pay award search (default scenario)", |b| {
        b.iter(|| max_pay_award(black_box(&base)).unwrap())
    });
    c.bench_function("whole analysis (business as usual + 5 options, odds with 3 cases)", |b| {
        b.iter(|| analyse(black_box(&set), black_box(&input)).unwrap())
    });
}

criterion_group!(benches, analysis);
criterion_main!(benches);
