//! Browser tests for the workspace bar: adding, deleting and undoing options as a planner
//! does, with clicks and with the keyboard
//! (`cargo test --target wasm32-unknown-unknown -p marsoc-planner --test workspace`).
#![cfg(target_arch = "wasm32")]

use marsoc_planner::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

mod common;

use common::{clear_saved_work, mount_point, yield_turns};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `App` into a fresh `<div>` (after clearing saved work) and lets Yew render it.
async fn mount_app() -> Element {
    let root = mount_point();
    clear_saved_work();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

async fn settle() {
    yield_turns(2).await;
}

/// The button under `root` matching `selector` whose text starts with `text`.
fn button(root: &Element, selector: &str, text: &str) -> HtmlElement {
    let Ok(found) = root.query_selector_all(selector) else { panic!("bad selector {selector}") };
    for i in 0..found.length() {
        let Some(el) = found.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else { continue };
        if el.text_content().is_some_and(|t| t.trim_start().starts_with(text)) {
            return el;
        }
    }
    panic!("no {selector} saying {text:?}");
}

async fn click(root: &Element, selector: &str, text: &str) {
    button(root, selector, text).click();
    settle().await;
}

/// The scenarios' names as the bar shows them, and the open one's.
fn scenarios(root: &Element) -> (Vec<String>, Option<String>) {
    let names = root.query_selector_all(".scenario-tab-name").ok();
    let count = names.as_ref().map_or(0, |n| n.length());
    let all = (0..count).filter_map(|i| names.as_ref()?.item(i)?.text_content()).collect();
    let open = root.query_selector(".scenario-tab[aria-current='true'] .scenario-tab-name").ok().flatten();
    (all, open.and_then(|el| el.text_content()))
}

async fn add_pay_awards(root: &Element) {
    click(root, ".tool", "Add an option").await;
    click(root, ".choice", "Police pay awards applied").await;
}

/// Presses a key with Ctrl held on `target`; returns whether the page handled it.
async fn press_ctrl(target: &Element, key: &str, shift: bool) -> bool {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_ctrl_key(true);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let Ok(event) = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init) else {
        panic!("could not create a keydown event");
    };
    let _ = target.dispatch_event(&event);
    settle().await;
    event.default_prevented()
}

#[wasm_bindgen_test]
async fn a_ready_made_option_is_added_and_opened() {
    let root = mount_app().await;
    assert_eq!(scenarios(&root), (vec!["Business as usual".to_string()], Some("Business as usual".to_string())));
    add_pay_awards(&root).await;
    let (names, open) = scenarios(&root);
    assert_eq!(names, ["Business as usual", "Police pay awards applied"]);
    assert_eq!(open.as_deref(), Some("Police pay awards applied"), "the new option is open");
    assert!(root.query_selector(".choice").ok().flatten().is_none(), "the menu closed");
    let name: web_sys::HtmlInputElement = match root.query_selector("#field-name").ok().flatten() {
        Some(el) => el.unchecked_into(),
        None => panic!("no name field"),
    };
    assert_eq!(name.value(), "Police pay awards applied", "the editor shows the new option");
}

#[wasm_bindgen_test]
async fn a_deleted_option_comes_back_with_the_undo_beside_the_message() {
    let root = mount_app().await;
    add_pay_awards(&root).await;
    click(&root, ".scenario-actions button", "Delete").await;
    assert_eq!(scenarios(&root).0, ["Business as usual"]);
    let notice = root.query_selector(".notice").ok().flatten().and_then(|n| n.text_content()).unwrap_or_default();
    assert!(notice.contains("Deleted “Police pay awards applied”"), "{notice}");
    let undo = button(&root, ".notice button", "Undo");
    let focused = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    assert_eq!(focused.as_ref(), Some(undo.unchecked_ref::<Element>()), "focus waits on Undo");
    undo.click();
    settle().await;
    assert_eq!(scenarios(&root).0, ["Business as usual", "Police pay awards applied"]);
    assert!(root
        .query_selector(".notice button")
        .ok()
        .flatten()
        .is_some_and(|b| b.text_content().as_deref() != Some("Undo")));
}

#[wasm_bindgen_test]
async fn ctrl_z_undoes_and_ctrl_shift_z_redoes_but_not_in_a_text_field() {
    let root = mount_app().await;
    add_pay_awards(&root).await;
    let Some(field) = root.query_selector("#field-name").ok().flatten() else { panic!("no name field") };
    assert!(!press_ctrl(&field, "z", false).await, "in a text field the browser's own undo works");
    assert_eq!(scenarios(&root).0.len(), 2);

    assert!(press_ctrl(&root, "z", false).await);
    assert_eq!(scenarios(&root).0, ["Business as usual"]);
    assert!(press_ctrl(&root, "Z", true).await);
    assert_eq!(scenarios(&root).0, ["Business as usual", "Police pay awards applied"]);
    assert!(press_ctrl(&root, "z", false).await);
    assert!(press_ctrl(&root, "y", false).await, "Ctrl+Y redoes too");
    assert_eq!(scenarios(&root).0, ["Business as usual", "Police pay awards applied"]);
}

#[wasm_bindgen_test]
async fn undo_and_redo_buttons_say_when_there_is_nothing_to_do() {
    let root = mount_app().await;
    let undo = button(&root, ".history button", "Undo");
    assert_eq!(undo.get_attribute("aria-disabled").as_deref(), Some("true"));
    add_pay_awards(&root).await;
    let undo = button(&root, ".history button", "Undo");
    assert_eq!(undo.get_attribute("aria-disabled"), None);
    undo.click();
    settle().await;
    assert_eq!(scenarios(&root).0, ["Business as usual"]);
    assert_eq!(button(&root, ".history button", "Redo").get_attribute("aria-disabled"), None);
}
