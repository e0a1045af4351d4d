//! The MARSOC funding planner's web app (Yew, compiled to wasm32).
//!
//! Where to start: [`App`] is the root component; `main.rs` only mounts it. Components live
//! one per file under [`components`]; the figures they show come from `planner-engine`.

mod app;
pub mod components;
pub mod state;

pub use app::App;
