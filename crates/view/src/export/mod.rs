//! What leaves the planner as a file or as the CLI's output: CSV tables, and the JSON that
//! `planner eval` and `planner analyse` print; and, with the `xlsx` feature, the Excel
//! workbook (`planner xlsx`, the full build's "Download workbook").

pub mod analysis;
pub mod csv;
pub mod json;
#[cfg(feature = "xlsx")]
pub mod xlsx;
