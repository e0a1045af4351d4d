//! Helpers the browser tests share: a mount point, settling Yew's scheduler, and looking
//! up, reading and poking at what rendered. Each test file declares `mod common;`.

use std::time::Duration;

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit};

/// A fresh `<div>` attached to the page's body, for a test to render into. What the test
/// mounts renders whole at once, as after the page's first paint (`tests/stages.rs` tests
/// the first render's stages).
#[allow(dead_code)]
pub fn mount_point() -> Element {
    marsoc_planner::hooks::slices::whole_page_now();
    mount_point_staged()
}

/// A fresh `<div>` as [`mount_point`], where the page's first render still comes in stages.
#[allow(dead_code)]
pub fn mount_point_staged() -> Element {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        panic!("the test runs in a browser, so it has a document");
    };
    let Ok(root) = document.create_element("div") else {
        panic!("could not create the mount point");
    };
    let Some(body) = document.body() else {
        panic!("the test page has a <body>");
    };
    if body.append_child(&root).is_err() {
        panic!("could not attach the mount point");
    }
    root
}

/// Forgets what an earlier test saved, so every test starts from the report's position.
#[allow(dead_code)]
pub fn clear_saved_work() {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.clear();
    }
}

/// Yields to Yew's scheduler `turns` times, so it runs what was scheduled (reducer,
/// render, effects).
#[allow(dead_code)]
pub async fn yield_turns(turns: usize) {
    for _ in 0..turns {
        yew::platform::time::sleep(Duration::ZERO).await;
    }
}

/// Opens every folded `<details>` under `root`, as a reader would, and lets the contents
/// drawn on opening render.
#[allow(dead_code)]
pub async fn open_folded(root: &Element) {
    let Ok(details) = root.query_selector_all("details") else { return };
    for i in 0..details.length() {
        if let Some(Ok(d)) = details.item(i).map(wasm_bindgen::JsCast::dyn_into::<Element>) {
            let _ = d.set_attribute("open", "");
        }
    }
    yield_turns(3).await;
}

/// The text of the first element matching `selector`, if there is one.
#[allow(dead_code)]
pub fn text_opt(root: &Element, selector: &str) -> Option<String> {
    root.query_selector(selector).ok().flatten().and_then(|el| el.text_content())
}

/// The text of the first element matching `selector`, or empty.
#[allow(dead_code)]
pub fn text_of(root: &Element, selector: &str) -> String {
    text_opt(root, selector).unwrap_or_default()
}

#[allow(dead_code)]
pub fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).map(|l| l.length()).unwrap_or(0)
}

#[allow(dead_code)]
pub fn find<T: JsCast>(root: &Element, selector: &str) -> T {
    match root.query_selector(selector).ok().flatten().and_then(|el| el.dyn_into::<T>().ok()) {
        Some(el) => el,
        None => panic!("no element of the expected type matches {selector}"),
    }
}

/// Fires a bubbling event, as the browser does after a person types or chooses.
#[allow(dead_code)]
pub fn fire(target: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let Ok(event) = Event::new_with_event_init_dict(kind, &init) else {
        panic!("could not create a {kind} event");
    };
    if target.dispatch_event(&event).is_err() {
        panic!("could not dispatch {kind}");
    }
}
