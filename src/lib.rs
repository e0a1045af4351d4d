//! The MARSOC funding planner's web app (Yew, compiled to wasm32).
//!
//! Where to start: [`App`] is the root component; `main.rs` only mounts it. Components live
//! one per file under [`components`]; the figures they show come from `planner-engine`.

mod app;
pub mod components;
pub mod hooks;
pub mod state;
pub mod upgrade;
pub mod workspace;

pub use app::App;

use std::cell::RefCell;

use wasm_bindgen::prelude::wasm_bindgen;

thread_local! {
    /// The running app, so it can be stopped when the full build takes over.
    static RUNNING: RefCell<Option<yew::AppHandle<App>>> = const { RefCell::new(None) };
}

/// Starts the planner in the page's body.
pub fn start() {
    let handle = yew::Renderer::<App>::new().render();
    RUNNING.with(|r| *r.borrow_mut() = Some(handle));
}

/// Saves the work now and stops the app: `boot.js` calls it before starting the full build.
#[wasm_bindgen]
pub fn planner_stop() {
    hooks::storage::flush();
    if let Some(handle) = RUNNING.with(|r| r.borrow_mut().take()) {
        handle.destroy();
    }
}
