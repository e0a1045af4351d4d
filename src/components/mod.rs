//! One component per file. Components only render: figures, labels and chart geometry
//! come from `planner-engine`; state changes go through [`crate::state::Action`].

pub mod editor;
pub mod results;
pub mod text_field;
