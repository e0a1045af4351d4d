//! The MARSOC funding planner's web app (Yew, compiled to wasm32).
//!
//! Where to start: [`App`] is the root component; `main.rs` only mounts it. Components live
//! one per file under [`components`]; the figures they show come from `planner-engine`.

mod app;
pub mod components;
pub mod hooks;
pub mod shell;
pub mod state;
pub mod workspace;

pub use app::App;

use std::cell::RefCell;

use wasm_bindgen::prelude::wasm_bindgen;

thread_local! {
    /// The running app, so it can be stopped when the full build takes over.
    static RUNNING: RefCell<Option<yew::AppHandle<App>>> = const { RefCell::new(None) };
}

/// Starts the planner in the page's body; started by a handover (see [`shell`]), in a hidden
/// root of its own that `boot.js` shows once this app has rendered there.
pub fn start() {
    let root = shell::handoff_waiting().then(hidden_root).flatten();
    // The starting point (saved work, a link to decode and check) is worked out in this
    // task and the first render happens in the next: V8 compiles each wasm function on its
    // first call, and the two together held the page still for over 200 ms (issue 16).
    app::prepare();
    wasm_bindgen_futures::spawn_local(async move {
        hooks::slices::page_turn().await;
        let handle = match root {
            Some(root) => yew::Renderer::<App>::with_root(root).render(),
            None => yew::Renderer::<App>::new().render(),
        };
        RUNNING.with(|r| *r.borrow_mut() = Some(handle));
    });
}

fn hidden_root() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let root = document.create_element("div").ok()?;
    root.set_class_name("app-root");
    root.set_attribute("hidden", "").ok()?;
    // First in the body: while the first load's page is still there (it is removed a moment
    // after the takeover), focus and scroll find the new page where it will be.
    let body = document.body()?;
    body.insert_before(&root, body.first_child().as_ref()).ok()?;
    Some(root)
}

/// Mounts the full build that `boot.js` instantiated ahead of use (see [`shell`]).
#[cfg(feature = "full")]
#[wasm_bindgen]
pub fn planner_mount() {
    start();
}

/// Saves the work now and stops the app: `boot.js` calls it once the full build has rendered.
#[wasm_bindgen]
pub fn planner_stop() {
    hooks::storage::flush();
    if let Some(handle) = RUNNING.with(|r| r.borrow_mut().take()) {
        handle.destroy();
    }
}
