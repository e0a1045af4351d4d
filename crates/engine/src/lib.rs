//! The MARSOC funding planner's engine: pure, deterministic, no I/O and no clock.
//!
//! # Where to start
//! - [`Scenario`] ([`scenario`]): what a planner edits, and the version 1 file format
//!   ([`Scenario::from_json`], [`Scenario::to_json`]). [`Scenario::default_scenario`] is the
//!   seed report's position.
//! - [`evaluate`] ([`timeline`]): the funding model of MODEL.md, month by month, giving an
//!   [`Outcome`] with every figure a front end shows.
//! - [`encode_link`] / [`decode_link`] ([`link`]): share links in the URL fragment.
//! - [`flags`]: the warnings a planner must see, as typed values (the view crate words them).
//!
//! Money is [`Money`] over `rust_decimal::Decimal`, never `f64`.

#![forbid(unsafe_code)]

pub mod actuals;
pub mod analysis;
pub mod build_up;
pub mod defaults;
pub mod edit;
mod edit_error;
#[cfg(feature = "pay-edit")]
mod edit_pay;
pub mod error;
pub mod field_path;
pub mod file;
pub mod flags;
pub mod grant;
pub mod link;
mod link_dictionary;
pub mod money;
pub mod month;
pub mod note;
pub mod on_costs;
pub mod options;
pub mod outcome;
pub mod pay;
pub mod post;
pub mod published;
pub mod samples;
pub mod scenario;
pub mod set;
pub mod text;
pub mod timeline;
pub mod value_error;
mod version2;

pub use actuals::{ActualInvoice, ActualMonth, Actuals, Quarter};
pub use error::{Error, LinkError};
pub use field_path::FieldPath;
pub use flags::Flag;
pub use grant::{Allocation, Grant};
pub use link::{decode_link, encode_link};
pub use money::{Fte, Money, Percent};
pub use month::{FinancialYear, Month};
pub use note::{Note, NotePart};
pub use on_costs::{LevyRate, NiRate, OnCosts, PensionRate, Rate};
pub use options::ReadyMade;
pub use outcome::{CostBreakdown, Figures, Invoice, MonthResult, Outcome, Peak, YearResult};
pub use pay::{Allowance, Pay, PayGroup};
pub use post::{Backfill, Post, StopAction, StopResponse, Team, Vacancy};
pub use scenario::{Horizon, NonStaffCost, PayAward, Scenario};
pub use set::ScenarioSet;
pub use timeline::evaluate;
pub use value_error::ValueError;
