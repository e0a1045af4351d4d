//! One component per file. Components only render: figures, labels and chart geometry
//! come from `planner-view`; state changes go through [`crate::state::Action`].

// Loaded on first use (see crate::shell): not in the first-load build.
#[cfg(feature = "full")]
pub mod compare;
#[cfg(feature = "full")]
pub mod decide;
pub mod editor;
pub mod field_shell;
#[cfg(feature = "full")]
pub mod present;
pub mod results;
pub mod shared;
pub mod text_field;
pub mod workspace;
