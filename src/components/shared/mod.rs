//! Renderers every view shares: SVG pieces, chart patterns and legends, the one table
//! renderer, and the comparison's chart, tables and lists (used by Compare, meeting mode
//! and the A4 sheet alike, so none of those imports another).

#[cfg(feature = "full")]
pub mod compare_tables;
#[cfg(feature = "full")]
pub mod compared;
#[cfg(feature = "full")]
pub mod comparison_chart;
pub mod data_table;
pub mod flag_list;
pub mod folded;
pub mod isolate;
pub mod legend;
#[cfg(feature = "full")]
pub mod lists;
pub mod patterns;
pub mod svg;
