//! The MARSOC planner's views: everything a person reads, made from the engine's typed
//! results. Pure and native-tested; the web crate and the CLI only render or print these.
//!
//! # Where to start
//! - [`format`]: en-GB money and counts (`£382,590`, `£382,590.00`, `+£1,234`).
//! - [`table`]: the one table type every screen and export uses.
//! - [`results`]: the results page ([`results::ResultsView`]); [`flags`]: flags in words.
//! - [`chart`]: chart geometry (frame, scales, ticks) and the results, comparison and
//!   decision charts, in SVG user units.
//! - [`compare`]: options beside business as usual, and what each option changes;
//!   [`compare_page`]: the Compare page's whole model (comparison, charts, flags, changes).
//! - [`decide`]: the Decide view's model over the engine's decision analysis.
//! - [`position`]: the report's position on the first screen.
//! - [`present`]: meeting-mode slides; [`note`]: a plan's note (why, source, author) in words.
//! - [`export`]: CSV files, the CLI's JSON and the Excel workbook.
//! - [`paste`], [`paste_awards`], [`paste_allocations`]: posts, pay awards and allocations
//!   pasted from a spreadsheet, previewed row by row before they are added;
//!   [`paste_actuals`]: a column of monthly actuals.
//! - [`monitoring`]: actuals against the plan: forecast outturn, variance, what the funder owes.
//!
//! Arrows run one way: engine ← view ← web, engine ← view ← cli.

#![forbid(unsafe_code)]

pub mod chart;
pub mod compare;
pub mod compare_page;
pub mod decide;
pub mod edit_error;
pub mod export;
pub mod flags;
pub mod format;
pub mod monitoring;
pub mod note;
pub mod parts;
pub mod paste;
pub mod paste_actuals;
pub mod paste_allocations;
pub mod paste_awards;
pub mod pasted;
pub mod pay_build;
pub mod position;
pub mod present;
pub mod results;
pub mod table;
