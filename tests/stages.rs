//! The page's first render comes in stages a paint apart (issue 16: no task over 200 ms):
//! the headline figures first, then the rest of the first screen, then what lies below it.
//! Its own test binary, so no other test has rendered first. wasm32 only.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use marsoc_planner::components::results::Results;
use planner_engine::{evaluate, Scenario};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

mod common;

#[wasm_bindgen_test]
async fn the_first_render_shows_the_headlines_then_the_first_screen_then_the_rest() {
    let root = common::mount_point_staged();
    let scenario = Rc::new(Scenario::default_scenario());
    let Ok(outcome) = evaluate(&scenario) else { panic!("the report's position evaluates") };
    let outcome = Rc::new(outcome);
    yew::Renderer::<Results>::with_root_and_props(
        root.clone(),
        marsoc_planner::components::results::ResultsProps { scenario, outcome },
    )
    .render();
    let has = |selector: &str| root.query_selector(selector).ok().flatten().is_some();
    yew::platform::time::sleep(Duration::ZERO).await;
    assert!(has(".headline-value"), "the headline figures come first");
    assert!(!has("#chart-cost"), "the first chart waits for the first paint");
    assert!(!has("#year-table"), "the year table waits for the second paint");
    // Each stage waits for a paint (or 200 ms in a hidden tab): a second is plenty.
    for _ in 0..20 {
        if has("#year-table") {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(has("#chart-cost"), "the first chart follows");
    assert!(has("#year-table"), "and then the rest of the results");
    assert!(has("#invoice-table"));
}
