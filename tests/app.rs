//! Browser tests for the root component: they need a real DOM, so they run only on wasm32
//! (`cargo test --target wasm32-unknown-unknown -p marsoc-planner`, headless Chromium).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use marsoc_planner::App;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `App` into a fresh `<div>` and lets Yew's scheduler render it.
async fn mount_app() -> Element {
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
    yew::Renderer::<App>::with_root(root.clone()).render();
    // Rendering is scheduled, not synchronous: yield once so it happens.
    yew::platform::time::sleep(Duration::ZERO).await;
    root
}

fn text_of(root: &Element, selector: &str) -> Option<String> {
    root.query_selector(selector).ok().flatten().and_then(|el| el.text_content())
}

#[wasm_bindgen_test]
async fn app_shows_the_planner_heading_and_a_main_region() {
    let root = mount_app().await;

    assert_eq!(text_of(&root, "h1").as_deref(), Some("MARSOC Funding Planner"));
    assert_eq!(root.query_selector_all("h1").map(|l| l.length()).ok(), Some(1));
    assert!(text_of(&root, "main").is_some_and(|t| !t.trim().is_empty()), "the <main> region renders with content");
}
