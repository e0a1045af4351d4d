//! What leaves the planner as a file or as the CLI's output: CSV tables, and the JSON that
//! `planner eval` and `planner analyse` print.

pub mod analysis;
pub mod csv;
pub mod json;
