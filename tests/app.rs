//! Browser tests for the root component: they need a real DOM, so they run only on wasm32
//! (`cargo test --target wasm32-unknown-unknown -p marsoc-planner`, headless Chromium).
#![cfg(target_arch = "wasm32")]

use marsoc_planner::App;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

mod common;

use common::{mount_point, text_opt as text_of, yield_turns};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `App` into a fresh `<div>` and lets Yew's scheduler render it.
async fn mount_app() -> Element {
    let root = mount_point();
    yew::Renderer::<App>::with_root(root.clone()).render();
    // Rendering is scheduled, not synchronous: yield once so it happens.
    yield_turns(1).await;
    root
}

#[wasm_bindgen_test]
async fn app_shows_the_planner_heading_and_a_main_region() {
    let root = mount_app().await;

    assert_eq!(text_of(&root, "h1").as_deref(), Some("MARSOC Funding Planner"));
    assert_eq!(root.query_selector_all("h1").map(|l| l.length()).ok(), Some(1));
    assert!(text_of(&root, "main").is_some_and(|t| !t.trim().is_empty()), "the <main> region renders with content");
}
