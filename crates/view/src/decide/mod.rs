//! The Decide view's model: the IAM panel's questions about the workspace's plans
//! ([`planner_engine::analysis`]), display-ready, so the web crate only renders.
//!
//! The view's inputs are kept as typed ([`Typed`]) and read by the engine's own parsers; a
//! field that does not parse has its own error. The work is split by what it depends on, so
//! typing in one input recomputes only what that input changes:
//! - [`curves`](fn@curves): each plan's stop-month curve, largest pay award and the comparisons
//!   between plans. No input; the costly part (about 53 evaluations a plan).
//! - [`limit_sentences`] and [`Curves::chart`]: read off the curves with the limit, no evaluation.
//! - [`odds_view`]: the distribution at the review points ((points + 1) × cases evaluations a plan).
//! - [`green_book_view`]: cash, real terms and present value (one evaluation a plan).
//!
//! This file holds what the parts share; each part is a private submodule, re-exported here.

mod curves;
mod figures;
mod green_book;
mod inputs;
mod odds;
pub mod said;

pub use curves::{curves, limit_sentences, Curves, PlanCurve};
pub use figures::{decision_figures, Assumptions, DecisionFigures, DecisionRow};
pub use green_book::{green_book_view, green_book_years, DeflatorRow, GreenBookView, PlanBook};
pub use inputs::{parse_limit, GreenBookField, InputField, OddsField, OddsInputs, Typed};
pub use inputs::{DEFAULT_CASES, DEFAULT_CHANCE, DEFAULT_LIMIT};
pub use odds::{odds_view, review_months, OddsView};

use crate::table::columns;

/// A sentence about one plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub name: String,
    pub sentence: String,
}

/// Why a part of the view cannot be worked out yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocked {
    /// A field does not parse: its error is beside it.
    Fields,
    /// The pay-award cases do not fit together (weights not adding up to 100%).
    Cases(String),
    /// The engine refused a plan (a bug: the editor only keeps plans that evaluate).
    Failed(String),
}

#[cfg(test)]
mod fixture {
    use planner_engine::options::ReadyMade;
    use planner_engine::scenario::Scenario;

    /// Business as usual and the agreement lapsing: the plans most tests ask about.
    pub(super) fn plans() -> Vec<Scenario> {
        let base = Scenario::default_scenario();
        vec![base.clone(), ReadyMade::AgreementLapses.build(&base)]
    }
}
