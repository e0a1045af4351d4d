//! Prints the heavy share links of issue 16 (small links that once froze the tab), one per
//! line as `name<TAB>#fragment`, for `e2e/bench-heavy.mjs`:
//! `cargo run -q -p planner-engine --example heavy_links`. They are built directly, past
//! the validation a planner's edits go through, so some are links the decoder now refuses;
//! the `at the bounds` ones are the heaviest it accepts.

use planner_engine::month::Month;
use planner_engine::post::Vacancy;
use planner_engine::scenario::{MAX_POSTS, MAX_VACANCIES};
use planner_engine::set::MAX_SCENARIOS;
use planner_engine::{decode_link, encode_link, Scenario, ScenarioSet};

/// Business as usual over 240 months with `posts` copies of the Detective Constable, each
/// with `vacancies` one-month vacancies spread over the horizon.
fn scenario(name: &str, posts: usize, vacancies: usize) -> Scenario {
    let mut s = Scenario::default_scenario();
    s.name = name.into();
    s.horizon.end = s.horizon.start.plus(239);
    let template = s.posts[1].clone();
    s.posts = (0..posts)
        .map(|i| {
            let mut p = template.clone();
            p.id = format!("p{i}");
            p.vacancies = (0..vacancies)
                .map(|k| {
                    let m: Month = s.horizon.start.plus(((k * 7) % 240) as i32);
                    Vacancy { from: m, to: m }
                })
                .collect();
            p
        })
        .collect();
    s
}

/// As [`scenario`], with posts that carry only what a file requires (as the were).
fn lean(name: &str, posts: usize, vacancies: usize) -> Scenario {
    let mut s = scenario(name, posts, vacancies);
    for p in &mut s.posts {
        p.title = "DC".into();
        p.backfill = None;
    }
    s
}

fn main() {
    let one = |s: Scenario| ScenarioSet { made: None, scenarios: vec![s] };
    let links = [
        ("the report's position (a small link, for comparison)", one(Scenario::default_scenario())),
        ("7,400 vacancies in one post, 240 months", one(lean("Vacancies", 1, 7_400))),
        (
            "50 scenarios of 40 posts",
            ScenarioSet { made: None, scenarios: (0..50).map(|i| lean(&format!("Option {i}"), 40, 0)).collect() },
        ),
        ("2,000 posts", one(lean("Posts", 2_000, 0))),
        (
            "at the bounds: 500 posts, as many vacancies as a link can carry",
            // A link unpacks to at most 256 KiB: 500 posts cannot all carry 24 vacancies.
            (0..=MAX_VACANCIES)
                .rev()
                .map(|v| one(scenario("Bounds", MAX_POSTS, v)))
                .find(|set| decode_link(&encode_link(set)).is_ok())
                .unwrap_or_else(|| one(Scenario::default_scenario())),
        ),
        ("at the bounds: 24 vacancies in each of 100 posts", one(scenario("Vacant", 100, MAX_VACANCIES))),
        ("500 posts, 1 vacancy each", one(scenario("Vacant", 500, 1))),
        ("500 posts, 2 vacancies each", one(scenario("Vacant", 500, 2))),
        ("the national-scale sample", one(planner_engine::samples::national_scale())),
        (
            "at the bounds: every scenario a set may hold",
            ScenarioSet {
                made: None,
                scenarios: (0..MAX_SCENARIOS)
                    .map(|i| scenario(&format!("Option {i}"), planner_engine::set::MAX_SET_POSTS / MAX_SCENARIOS, 2))
                    .collect(),
            },
        ),
    ];
    for (name, set) in links {
        println!("{name}\t#{}", encode_link(&set));
    }
}
