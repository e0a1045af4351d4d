//! Browser tests for the Decide view, mounted on business as usual and the lapse of the
//! agreement (`cargo test --target wasm32-unknown-unknown -p marsoc-planner --test decide`).
#![cfg(all(target_arch = "wasm32", feature = "full"))]

use std::rc::Rc;

use marsoc_planner::components::decide::DecideView;
use marsoc_planner::state::{State, View};
use marsoc_planner::workspace::Workspace;
use planner_engine::{ReadyMade, Scenario};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

mod common;

use common::{count, find, fire, mount_point, text_of, yield_turns};

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HostProps {
    workspace: Rc<Workspace>,
}

/// The view as the app shows it: one reducer, and the view it says.
#[component]
fn Host(props: &HostProps) -> Html {
    let workspace = (*props.workspace).clone();
    let state = use_reducer(move || {
        let mut state = State::with_workspace(workspace);
        state.view = View::Decide;
        state
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    html! {
        <>
            <p id="view">{ format!("{:?}", state.view) }</p>
            if state.view == View::Decide {
                <DecideView state={Rc::new((*state).clone())} {dispatch} />
            }
        </>
    }
}

fn lapse_workspace() -> Workspace {
    let base = Scenario::default_scenario();
    Workspace::new(vec![base.clone(), ReadyMade::AgreementLapses.build(&base)])
}

async fn mount(workspace: Workspace) -> Element {
    let root = mount_point();
    let props = HostProps { workspace: Rc::new(workspace) };
    yew::Renderer::<Host>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

async fn settle() {
    yield_turns(3).await;
}

async fn type_into(root: &Element, selector: &str, text: &str) {
    let input: HtmlInputElement = find(root, selector);
    input.set_value(text);
    fire(&input, "input");
    settle().await;
}

#[wasm_bindgen_test]
async fn the_switching_values_are_said_in_plain_sentences() {
    let root = mount(lapse_workspace()).await;
    let limit = text_of(&root, "#decide-limit-sentences");
    assert!(
        limit.contains(
            "Business as usual: Funding can stop as early as the end of Dec 2025 before pressure exceeds £100,000."
        ),
        "{limit}"
    );
    assert!(
        limit.contains("Agreement lapses December 2023: The pressure exceeds £100,000 at every stop month, and also if funding never stops."),
        "{limit}"
    );
    let pay = text_of(&root, "#decide-pay-award-sentences");
    assert!(
        pay.contains("No cap applies after funding ends in Dec 2023; until then the caps hold with a pay award of up to 74.99% every September"),
        "{pay}"
    );
    let cheaper = text_of(&root, "#decide-switching-heading ~ .dcd-said");
    assert!(
        cheaper.contains(
            "“Business as usual” costs the MPS less than “Agreement lapses December 2023” if funding stops after \
             Apr 2024 or later, or never stops."
        ),
        "{cheaper}"
    );
}

#[wasm_bindgen_test]
async fn the_curve_chart_has_a_line_per_plan_the_limit_and_a_table() {
    let root = mount(lapse_workspace()).await;
    assert_eq!(count(&root, "#decide-curve svg[role=img] .dcd-plan"), 2);
    assert_eq!(count(&root, "#decide-curve .dcd-ring"), 2, "each plan's own stop");
    assert_eq!(text_of(&root, "#decide-curve .dcd-limit-rule text"), "Limit £100,000");
    assert_eq!(count(&root, "#decide-curve-table tbody tr"), 37, "36 months and never");
    assert!(text_of(&root, "#decide-curve svg > desc").contains("as planned it stops after Dec 2023: £860,828"));
}

#[wasm_bindgen_test]
async fn a_bad_limit_shows_the_engines_reason_beside_the_field_and_a_good_one_updates_live() {
    let root = mount(lapse_workspace()).await;
    type_into(&root, "#decide-limit", "abc").await;
    assert!(text_of(&root, "#decide-limit-error").contains("not an amount in pounds"));
    let input: HtmlInputElement = find(&root, "#decide-limit");
    assert_eq!(input.value(), "abc", "what was typed stays");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(count(&root, "#decide-limit-sentences"), 0);
    assert_eq!(count(&root, "#decide-curve .dcd-limit-rule"), 0);
    type_into(&root, "#decide-limit", "£400,000").await;
    assert_eq!(count(&root, "#decide-limit-error"), 0);
    let limit = text_of(&root, "#decide-limit-sentences");
    assert!(limit.contains("as early as the end of Mar 2025 before pressure exceeds £400,000"), "{limit}");
}

#[wasm_bindgen_test]
async fn the_odds_give_expected_median_and_p90_and_take_pay_award_cases() {
    let root = mount(lapse_workspace()).await;
    assert_eq!(count(&root, "#decide-odds-table tbody tr"), 2);
    assert!(text_of(&root, "#decide-odds-table tbody tr").contains("£0£860,828"), "median £0, p90 £860,828");
    assert_eq!(count(&root, "#decide-odds-0 .dcd-bar"), 4);
    type_into(&root, "#decide-chance-2024-03", "120").await;
    assert!(text_of(&root, "#decide-chance-2024-03-error").contains("from 0 to 100"));
    assert_eq!(count(&root, "#decide-odds-table"), 0);
    type_into(&root, "#decide-chance-2024-03", "80").await;
    let cases: HtmlInputElement = find(&root, "#decide-cases-on");
    cases.click();
    settle().await;
    assert_eq!(count(&root, "#decide-odds-0 .dcd-bar"), 12, "four outcomes in each of three cases");
    type_into(&root, "#decide-case-0-weight", "30").await;
    assert_eq!(text_of(&root, "#decide-cases-error"), "Error: the weights add up to 105%, not 100%");
}

#[wasm_bindgen_test]
async fn the_green_book_shows_cash_real_and_present_value_with_illustrative_deflators() {
    let root = mount(lapse_workspace()).await;
    let lapse = text_of(&root, "#decide-green-book-1");
    assert!(lapse.contains("Cash (nominal)£95,647.50£382,590.00£382,590.00£860,827.50"), "{lapse}");
    assert!(lapse.contains("Present value against business as usual"), "{lapse}");
    assert_eq!(count(&root, "#decide-green-book-1-quarters tbody tr"), 12);
    assert!(text_of(&root, ".dcd-illustrative").contains("Illustrative"));
    let deflator: HtmlInputElement = find(&root, "#decide-deflator-2024");
    assert_eq!(deflator.value(), "102");
    type_into(&root, "#decide-deflator-2024", "110").await;
    type_into(&root, "#decide-optimism-bias", "10").await;
    let lapse = text_of(&root, "#decide-green-book-1");
    assert!(lapse.contains("Real terms (2023/24 prices, 10% optimism bias)"), "{lapse}");
    type_into(&root, "#decide-deflator-2024", "0").await;
    assert!(text_of(&root, "#decide-deflator-2024-error").contains("more than 0"));
}

#[wasm_bindgen_test]
async fn back_to_editing_returns_to_the_editor() {
    let root = mount(lapse_workspace()).await;
    let focused = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    assert_eq!(focused.map(|e| e.id()).as_deref(), Some("decide-heading"), "reading starts at the heading");
    let back: HtmlElement = find(&root, ".decide-actions button");
    assert_eq!(back.text_content().as_deref(), Some("Back to editing"));
    back.click();
    settle().await;
    assert_eq!(text_of(&root, "#view"), "Edit");
}
