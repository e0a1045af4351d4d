//! `cargo bench -p planner-engine`: evaluation of the default scenario and of the
//! national-scale scenario (10 hubs × 50 posts × 120 months; goal ≤ 10 ms), and the
//! link codec.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use planner_engine::samples::national_scale;
use planner_engine::{decode_link, encode_link, evaluate, ReadyMade, Scenario, ScenarioSet};

fn evaluation(c: &mut Criterion) {
    let default = Scenario::default_scenario();
    c.bench_function("evaluate default scenario (5 posts, 36 months)", |b| {
        b.iter(|| evaluate(black_box(&default)).unwrap())
    });
    let national = national_scale();
    c.bench_function("evaluate national scale (500 posts, 120 months)", |b| {
        b.iter(|| evaluate(black_box(&national)).unwrap())
    });
}

fn links(c: &mut Criterion) {
    let base = Scenario::default_scenario();
    let set = ScenarioSet {
        made: None,
        scenarios: std::iter::once(base.clone()).chain(ReadyMade::ALL.iter().take(3).map(|o| o.build(&base))).collect(),
    };
    let fragment = encode_link(&set);
    c.bench_function("encode link (4 scenarios)", |b| b.iter(|| encode_link(black_box(&set))));
    c.bench_function("decode link (4 scenarios)", |b| b.iter(|| decode_link(black_box(&fragment)).unwrap()));
}

criterion_group!(benches, evaluation, links);
criterion_main!(benches);
