//! Browser tests for the scenario editor: typing and choosing in real inputs, as a planner
//! does (`cargo test --target wasm32-unknown-unknown -p marsoc-planner --test editor`).
#![cfg(target_arch = "wasm32")]

use marsoc_planner::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

mod common;

use common::{clear_saved_work, find, fire, mount_point, text_opt as text_of, yield_turns};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `App` into a fresh `<div>` and lets Yew's scheduler render it.
async fn mount_app() -> Element {
    let root = mount_point();
    // Every test starts from the report's position, not from what an earlier test saved.
    clear_saved_work();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    unlock_business_as_usual(&root).await;
    root
}

/// Business as usual starts locked; these tests edit it, as after "Unlock to edit".
async fn unlock_business_as_usual(root: &Element) {
    let buttons = root.query_selector_all(".lock-panel button").ok();
    let count = buttons.as_ref().map_or(0, |b| b.length());
    for i in 0..count {
        let button = buttons.as_ref().and_then(|b| b.item(i)).and_then(|n| n.dyn_into::<HtmlElement>().ok());
        if let Some(button) = button.filter(|b| b.text_content().as_deref() == Some("Unlock to edit")) {
            button.click();
            settle().await;
            return;
        }
    }
    panic!("no \"Unlock to edit\" button");
}

/// Lets Yew run what an event scheduled (reducer, render, effects).
async fn settle() {
    yield_turns(2).await;
}

async fn type_into(root: &Element, selector: &str, text: &str) -> HtmlInputElement {
    let input: HtmlInputElement = find(root, selector);
    input.set_value(text);
    fire(&input, "input");
    settle().await;
    input
}

async fn choose(root: &Element, selector: &str, value: &str) -> HtmlSelectElement {
    let select: HtmlSelectElement = find(root, selector);
    select.set_value(value);
    fire(&select, "change");
    settle().await;
    select
}

#[wasm_bindgen_test]
async fn typing_letters_into_a_cost_keeps_them_and_says_what_is_wrong() {
    let root = mount_app().await;
    let input = type_into(&root, "#field-posts-0-annual_cost", "abc").await;

    assert_eq!(input.value(), "abc", "what was typed stays in the field");
    let error = text_of(&root, "#field-posts-0-annual_cost-error").unwrap_or_default();
    assert!(error.starts_with("Error: "), "the message starts with a hidden 'Error:': {error:?}");
    assert!(error.contains("not an amount"), "the engine's reason shows beside the field: {error:?}");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = input.get_attribute("aria-describedby").unwrap_or_default();
    assert!(described.contains("field-posts-0-annual_cost-error"), "{described}");
    assert!(text_of(&root, ".editor-pending").is_some_and(|t| t.contains("1 field needs correcting")));

    // Blurring keeps invalid text; correcting it clears the error.
    fire(&input, "blur");
    settle().await;
    assert_eq!(input.value(), "abc");
    let input = type_into(&root, "#field-posts-0-annual_cost", "90000").await;
    assert!(root.query_selector("#field-posts-0-annual_cost-error").ok().flatten().is_none());
    assert_eq!(input.get_attribute("aria-invalid"), None);
}

#[wasm_bindgen_test]
async fn choosing_a_stop_month_is_kept_and_changes_the_figures() {
    let root = mount_app().await;
    let never_hint = text_of(&root, "#field-posts-0-on_funding_stop-action-hint");
    assert_eq!(never_hint.as_deref(), Some("Applies only if funding stops"));
    let figures_before = text_of(&root, ".results");

    let select = choose(&root, "#field-grant-stops_after", "2023-12").await;

    assert_eq!(select.value(), "2023-12");
    let chosen = text_of(&root, "#field-grant-stops_after option:checked");
    assert_eq!(chosen.as_deref(), Some("Dec 2023"));
    assert!(root.query_selector("#field-posts-0-on_funding_stop-action-hint").ok().flatten().is_none());
    assert_ne!(text_of(&root, ".results"), figures_before, "the figures follow the new scenario");
}

#[wasm_bindgen_test]
async fn a_post_response_can_be_chosen_and_shows_in_its_summary() {
    let root = mount_app().await;
    let select = choose(&root, "#field-posts-1-on_funding_stop-action", "redeploy_piu").await;

    assert_eq!(select.value(), "redeploy_piu");
    let summary = text_of(&root, ".post:nth-of-type(2) .post-summary-meta").unwrap_or_default();
    assert!(summary.contains("Return to the PIU core role"), "{summary}");
}

#[wasm_bindgen_test]
async fn posts_are_added_and_removed_by_buttons_that_name_them_keeping_focus() {
    let root = mount_app().await;
    let count = |root: &Element| root.query_selector_all(".post").map(|l| l.length()).unwrap_or(0);
    assert_eq!(count(&root), 5);

    let remove: HtmlElement = find(&root, ".post:nth-of-type(2) .row-actions .button--remove");
    assert_eq!(remove.text_content().as_deref(), Some("Remove post 2: Detective Constable"));
    remove.click();
    settle().await;
    assert_eq!(count(&root), 4);
    let focused = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element()).map(|e| e.id());
    assert_eq!(focused.as_deref(), Some("editor-posts"), "focus moves to the list's heading, not to the page");

    let buttons = root.query_selector_all(".editor button").ok();
    let add = (0..buttons.as_ref().map_or(0, |b| b.length()))
        .filter_map(|i| buttons.as_ref().and_then(|b| b.item(i)))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().as_deref() == Some("Add a post"));
    let Some(add) = add else { panic!("there is an 'Add a post' button") };
    add.click();
    settle().await;
    assert_eq!(count(&root), 5);
}

#[wasm_bindgen_test]
async fn reset_asks_first_then_restores_the_report_position() {
    let root = mount_app().await;
    type_into(&root, "#field-name", "Option A").await;
    choose(&root, "#field-grant-stops_after", "2023-12").await;
    let start: HtmlElement = find(&root, ".editor-reset .button");
    start.click();
    settle().await;
    assert_eq!(find::<HtmlInputElement>(&root, "#field-name").value(), "Option A", "nothing happens yet");

    let confirm: HtmlElement = find(&root, ".editor-reset .button--warning");
    assert_eq!(confirm.text_content().as_deref(), Some("Confirm reset"));
    confirm.click();
    settle().await;
    assert_eq!(find::<HtmlInputElement>(&root, "#field-name").value(), "Business as usual");
    assert_eq!(find::<HtmlSelectElement>(&root, "#field-grant-stops_after").value(), "", "funded to the end again");
    assert!(root.query_selector(".editor-reset .button--warning").ok().flatten().is_none());
}
