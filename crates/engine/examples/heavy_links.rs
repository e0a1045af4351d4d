//! Prints the heavy share links of issue 16 (small links that once froze the tab), one per
//! line as `name<TAB>#fragment`, for `e2e/bench-heavy.mjs`:
//! `cargo run -q -p planner-engine --example heavy_links`. They are built directly, past
//! the validation a planner's edits go through, so some are links the decoder now refuses;
//! the `at the bounds` ones are the heaviest it accepts.

use planner_engine::month::Month;
use planner_engine::post::Vacancy;
use planner_engine::scenario::{MAX_POSTS, MAX_VACANCIES};
use planner_engine::set::MAX_SCENARIOS;
use planner_engine::{encode_link, Scenario, ScenarioSet};

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

fn main() {
    let one = |s: Scenario| ScenarioSet { made: None, scenarios: vec![s] };
    let links = [
        ("7,400 vacancies in one post, 240 months", one(scenario("Vacancies", 1, 7_400))),
        (
            "50 scenarios of 40 posts",
            ScenarioSet { made: None, scenarios: (0..50).map(|i| scenario(&format!("Option {i}"), 40, 0)).collect() },
        ),
        ("2,000 posts", one(scenario("Posts", 2_000, 0))),
        (
            "at the bounds: one scenario, every post with every vacancy",
            one(scenario("Bounds", MAX_POSTS, MAX_VACANCIES)),
        ),
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
