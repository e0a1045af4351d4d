//! Browser tests for the results: mounted with the default scenario's outcome, they check
//! what a reader sees. wasm32 only (`cargo test --target wasm32-unknown-unknown -p marsoc-planner --test results`).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use marsoc_planner::components::results::Results;
use planner_engine::options::ReadyMade;
use planner_engine::{evaluate, Scenario};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;
use yew::prelude::*;

mod common;

use common::{count, mount_point, open_folded, text_of, yield_turns};

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HostProps {
    scenario: Rc<Scenario>,
}

#[component]
fn Host(props: &HostProps) -> Html {
    match evaluate(&props.scenario) {
        Ok(outcome) => html! { <Results scenario={props.scenario.clone()} outcome={Rc::new(outcome)} /> },
        Err(e) => html! { <p>{ e.to_string() }</p> },
    }
}

/// Mounts the results of `scenario` into a fresh `<div>` and lets Yew render them.
async fn mount(scenario: Scenario) -> Element {
    let root = mount_point();
    let props = HostProps { scenario: Rc::new(scenario) };
    yew::Renderer::<Host>::with_root_and_props(root.clone(), props).render();
    yield_turns(1).await;
    root
}

#[wasm_bindgen_test]
async fn the_default_results_show_no_pressure_and_the_first_year_allocation() {
    let root = mount(Scenario::default_scenario()).await;

    assert_eq!(text_of(&root, "#results-heading"), "Results");
    assert_eq!(text_of(&root, ".headline-pressure .headline-value"), "£0");
    assert_eq!(text_of(&root, "#year-table tbody tr:first-child td:nth-of-type(1)"), "£382,590.00");
    assert_eq!(text_of(&root, "#invoice-table tbody tr:first-child td:nth-of-type(1)"), "£95,647.50");
}

#[wasm_bindgen_test]
async fn every_chart_is_an_image_with_a_title_a_description_and_a_table() {
    let root = mount(Scenario::default_scenario()).await;

    assert_eq!(count(&root, "figure.chart svg[role=img]"), 3);
    assert_eq!(count(&root, "figure.chart svg > title"), 3);
    assert_eq!(count(&root, "figure.chart svg > desc"), 3);
    assert_eq!(count(&root, "figure.chart details table"), 0, "drawn only once opened");
    open_folded(&root).await;
    assert_eq!(count(&root, "figure.chart details table"), 3);
    assert_eq!(count(&root, "#chart-cost svg.chart-svg rect.bar"), 72);
    assert!(text_of(&root, "#chart-cost .marker-label").contains("Agreement expires Dec 2023"));
}

#[wasm_bindgen_test]
async fn a_lapse_shows_the_pressure_the_stop_and_a_warning() {
    let root = mount(ReadyMade::AgreementLapses.build(&Scenario::default_scenario())).await;

    assert_eq!(text_of(&root, ".headline-pressure .headline-value"), "£860,828");
    assert!(text_of(&root, ".flag-warning").contains("Agreement expires Dec 2023"));
    assert_eq!(count(&root, "#chart-pressure .marker-stop"), 1);
    open_folded(&root).await;
    assert_eq!(count(&root, "#month-table tbody"), 3);
}
