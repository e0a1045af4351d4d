//! Chart geometry for the Decide view, in SVG user units (docs/DECISIONS.md, "Decision
//! analysis"):
//! - [`curve_chart`]: every plan's stop-month curve on one chart: the cost to the MPS if
//!   funding stops after each month, then "Never" after a gap; each plan's own stop ringed;
//!   the planner's limit as a labelled horizontal rule.
//! - [`distribution_chart`]: one plan's outcomes at the review points as horizontal bars, the
//!   length of each its probability, labelled with the stop, the cost and the percentage.
//!
//! Lines are told apart without colour by dash and symbol
//! ([`style_of`](crate::chart::style::style_of), as on the compare chart) and by a legend in
//! words; each chart has a summary and a table of its figures. Scales, ticks and year bands
//! come from [`crate::chart`].

mod curve;
mod distribution;

pub use curve::{curve_chart, CurveChart, CurveLine, CurveSeries, LimitRule, CURVE_SIZE};
pub use distribution::{distribution_chart, percent_text, DistributionChart, OddsBar, DISTRIBUTION_WIDTH};

use planner_engine::month::Month;

fn stop_words(stops_after: Option<Month>) -> String {
    match stops_after {
        Some(m) => format!("stops after {}", m.label()),
        None => "never stops".into(),
    }
}
