//! Funded posts: who they are, when they are in post, and what happens to them if the
//! grant stops.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::file::null_as_default;
use crate::money::{Fte, Money};
use crate::month::Month;
use crate::pay::{Pay, PayGroup};

/// The two teams the grant funds. A fixed set, so an enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Team {
    #[serde(rename = "MARSOC")]
    Marsoc,
    #[serde(rename = "Corruption")]
    Corruption,
}

impl Team {
    pub const ALL: [Team; 2] = [Team::Marsoc, Team::Corruption];

    /// The name as files and screens write it.
    pub fn name(self) -> &'static str {
        match self {
            Team::Marsoc => "MARSOC",
            Team::Corruption => "Corruption",
        }
    }
}

impl fmt::Display for Team {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One funded post. Its cost is all-in (`annual_cost`) or, when `pay` is set, built from
/// salary and allowances with the scenario's on-costs (rule 9); a built post's file has
/// no `annual_cost`, and here it is zero (validation refuses anything else).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Post {
    pub id: String,
    pub title: String,
    pub team: Team,
    /// Officer or staff: which pay awards and pension rate apply (none: only awards for all).
    #[serde(default)]
    pub group: Option<PayGroup>,
    /// Salary and on-costs for a full year at 1 FTE, before pay awards.
    #[serde(default, deserialize_with = "null_as_default")]
    pub annual_cost: Money,
    /// Salary and allowances, when the cost is built from its parts.
    #[serde(default)]
    pub pay: Option<Pay>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub fte: Fte,
    pub start: Month,
    #[serde(default)]
    pub end: Option<Month>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub vacancies: Vec<Vacancy>,
    #[serde(default)]
    pub backfill: Option<Backfill>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub on_funding_stop: StopResponse,
}

/// A post as a file writes it: the version 1 fields in their order, `group` and `pay`
/// only when set, and `annual_cost` only for an all-in post.
#[derive(Serialize)]
struct PostOut<'a> {
    id: &'a str,
    title: &'a str,
    team: Team,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<PayGroup>,
    #[serde(skip_serializing_if = "Option::is_none")]
    annual_cost: Option<Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pay: Option<&'a Pay>,
    fte: Fte,
    start: Month,
    end: Option<Month>,
    vacancies: &'a [Vacancy],
    backfill: Option<Backfill>,
    on_funding_stop: StopResponse,
}

impl Serialize for Post {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        PostOut {
            id: &self.id,
            title: &self.title,
            team: self.team,
            group: self.group,
            annual_cost: self.pay.is_none().then_some(self.annual_cost),
            pay: self.pay.as_ref(),
            fte: self.fte,
            start: self.start,
            end: self.end,
            vacancies: &self.vacancies,
            backfill: self.backfill,
            on_funding_stop: self.on_funding_stop,
        }
        .serialize(s)
    }
}

impl Post {
    /// An all-in post: `annual_cost` a year at 1 FTE, from `start`, no group, no end.
    pub fn all_in(id: &str, title: &str, team: Team, annual_cost: Money, start: Month) -> Post {
        Post {
            id: id.into(),
            title: title.into(),
            team,
            group: None,
            annual_cost,
            pay: None,
            fte: Fte::FULL,
            start,
            end: None,
            vacancies: Vec::new(),
            backfill: None,
            on_funding_stop: StopResponse::default(),
        }
    }

    /// The post built from `pay` in `group` (its all-in cost set to zero, as a file has it).
    pub fn with_pay(mut self, group: PayGroup, pay: Pay) -> Post {
        self.group = Some(group);
        self.pay = Some(pay);
        self.annual_cost = Money::ZERO;
        self
    }

    /// Whether the cost is built from salary and allowances (rule 9), not all-in.
    pub fn is_built(&self) -> bool {
        self.pay.is_some()
    }

    /// In post by its own dates and vacancies (rule 1, before any funding stop).
    pub fn scheduled_in(&self, month: Month) -> bool {
        self.start <= month
            && self.end.is_none_or(|end| month <= end)
            && !self.vacancies.iter().any(|v| v.contains(month))
    }

    /// Within `start..=end` (vacancies ignored), as a redeployed officer is counted.
    pub fn within_dates(&self, month: Month) -> bool {
        self.start <= month && self.end.is_none_or(|end| month <= end)
    }
}

/// A gap in a post: `from` to `to`, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vacancy {
    pub from: Month,
    pub to: Month,
}

impl Vacancy {
    pub fn contains(self, month: Month) -> bool {
        self.from <= month && month <= self.to
    }
}

/// The core PIU role that the officer left, filled by someone else from the retained
/// budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backfill {
    pub annual_cost: Money,
}

/// What happens to a post once the grant stops, and after how many months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StopResponse {
    pub action: StopAction,
    #[serde(default, deserialize_with = "null_as_default")]
    pub lag_months: u32,
}

/// Rule 4 of the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StopAction {
    /// Stays in post at the MPS's cost.
    #[default]
    Continue,
    /// Stays for the lag, then the post ends.
    End,
    /// Stays for the lag, then moves to another role in the OCU (cost borne there).
    RedeployOcu,
    /// Stays for the lag, then returns to the PIU core role; its backfill ends.
    RedeployPiu,
}

impl StopAction {
    pub const ALL: [StopAction; 4] =
        [StopAction::Continue, StopAction::RedeployPiu, StopAction::RedeployOcu, StopAction::End];

    /// The file name of the action (`redeploy_piu`).
    pub fn code(self) -> &'static str {
        match self {
            StopAction::Continue => "continue",
            StopAction::End => "end",
            StopAction::RedeployOcu => "redeploy_ocu",
            StopAction::RedeployPiu => "redeploy_piu",
        }
    }

    /// What a planner reads in a menu.
    pub fn describe(self) -> &'static str {
        match self {
            StopAction::Continue => "Carry on at MPS cost",
            StopAction::End => "Post ends",
            StopAction::RedeployOcu => "Redeploy elsewhere in the OCU",
            StopAction::RedeployPiu => "Return to the PIU core role (backfill ends)",
        }
    }

    pub fn from_code(code: &str) -> Option<StopAction> {
        StopAction::ALL.into_iter().find(|a| a.code() == code)
    }

    /// Whether the post leaves the funded structure after the lag.
    pub fn leaves(self) -> bool {
        self != StopAction::Continue
    }

    pub fn redeploys(self) -> bool {
        matches!(self, StopAction::RedeployOcu | StopAction::RedeployPiu)
    }
}
