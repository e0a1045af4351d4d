//! A scenario: posts, pay awards, the grant and non-staff costs over a horizon; and the
//! version 1 file format that files, links and the CLI share.

use std::collections::HashSet;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::actuals::Actuals;
use crate::error::Error;
use crate::field_path::FieldPath;
use crate::file::{null_as_default, parse_json, take_version};
use crate::grant::Grant;
use crate::money::{Money, Percent};
use crate::month::{Month, FIRST_YEAR, LAST_YEAR};
use crate::note::Note;
use crate::on_costs::OnCosts;
use crate::pay::{PayGroup, MAX_ALLOWANCES};
use crate::post::Post;

pub use crate::file::FILE_VERSION;

/// Limits that keep every evaluation small and every sum far from overflow, and every
/// scenario one a planner could mean (see DECISIONS.md): the national-scale sample (500
/// posts, 120 months) is the largest.
pub const MAX_HORIZON_MONTHS: i32 = 240;
pub const MAX_POSTS: usize = 500;
/// Vacancies per post: a gap between postings every year of the longest horizon and more.
pub const MAX_VACANCIES: usize = 24;
pub const MAX_PAY_AWARDS: usize = 100;
pub const MAX_NON_STAFF: usize = 200;
pub const MAX_LAG_MONTHS: u32 = 120;
pub const MAX_PAYMENT_LAG_MONTHS: u32 = 24;
pub const MAX_TEXT: usize = 200;

/// One planning scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub name: String,
    pub horizon: Horizon,
    pub posts: Vec<Post>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub pay_awards: Vec<PayAward>,
    pub grant: Grant,
    #[serde(default, deserialize_with = "null_as_default")]
    pub non_staff: Vec<NonStaffCost>,
    /// Employer on-costs of posts built from their pay (version 2); none by default.
    #[serde(default, deserialize_with = "null_as_default", skip_serializing_if = "OnCosts::is_empty")]
    pub on_costs: OnCosts,
    /// Actual post costs and invoice payments (version 2); none by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actuals: Option<Actuals>,
    /// Why the plan is put forward, its source and author (version 2); none by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Note>,
}

/// The months planned, both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Horizon {
    pub start: Month,
    pub end: Month,
}

impl Horizon {
    pub fn months(self) -> impl Iterator<Item = Month> {
        self.start.through(self.end)
    }

    pub fn len(self) -> usize {
        (self.start.months_until(self.end) + 1).max(0) as usize
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    pub fn contains(self, month: Month) -> bool {
        self.start <= month && month <= self.end
    }
}

/// A pay award applied from its effective month on to the posts (and backfills) of its
/// group, or to every post when it has no group (rule 8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayAward {
    pub effective: Month,
    pub percent: Percent,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<PayGroup>,
}

impl PayAward {
    /// An award for every post.
    pub fn for_all(effective: Month, percent: Percent) -> PayAward {
        PayAward { effective, percent, group: None }
    }

    /// Whether it applies to a post of `group` (rule 8).
    pub fn applies_to(&self, group: Option<PayGroup>) -> bool {
        self.group.is_none() || self.group == group
    }
}

/// A cost the MPS provides itself (line management, IT, vehicles, desk space): reported,
/// never eligible, never pressure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NonStaffCost {
    pub name: String,
    pub annual_cost: Money,
}

/// A scenario as a file writes it: `version` first (1 unless a version 2 field is used),
/// then the fields in order.
#[derive(Serialize)]
pub(crate) struct FileOut<'a> {
    pub(crate) version: u64,
    #[serde(flatten)]
    pub(crate) scenario: &'a Scenario,
}

impl Scenario {
    /// Reads a version 1 scenario file and checks every rule of the model.
    ///
    /// # Errors
    /// Bad JSON (with line and column), an unknown field, a wrong version, or any value
    /// the model refuses; the message names the field path.
    ///
    /// ```
    /// let text = planner_engine::Scenario::default_scenario().to_json();
    /// let back = planner_engine::Scenario::from_json(&text).unwrap();
    /// assert_eq!(back, planner_engine::Scenario::default_scenario());
    /// ```
    pub fn from_json(text: &str) -> Result<Scenario, Error> {
        Scenario::from_value(parse_json(text)?, &FieldPath::root())
    }

    /// As [`Scenario::from_json`], from parsed JSON; `prefix` is put before every path
    /// (`scenarios[1]`), for files and links that hold several scenarios.
    ///
    /// # Errors
    /// As [`Scenario::from_json`].
    pub fn from_value(value: Value, prefix: &FieldPath) -> Result<Scenario, Error> {
        // An error about the whole scenario of a single file names it.
        let whole = || if prefix.is_root() { "scenario".into() } else { prefix.clone() };
        let Value::Object(mut map) = value else {
            return Err(Error::field(whole(), "must be a JSON object (a scenario)"));
        };
        let version = take_version(&mut map, prefix.clone().key("version"), "a scenario file")?;
        crate::version2::check_fields(&map, version, prefix)?;
        let scenario: Scenario = deserialize_tracking_path(Value::Object(map)).map_err(|(path, message)| {
            Error::field(if path.is_root() { whole() } else { prefix.clone().then(&path) }, message)
        })?;
        scenario.validate_with_prefix(prefix)?;
        Ok(scenario)
    }

    /// The file, pretty-printed, every field written out: version 1 when no version 2
    /// field is used, so older planners still read it.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&FileOut { version: self.file_version(), scenario: self }).unwrap_or_default()
    }

    /// The file as a JSON value (keys sorted), every field written out.
    pub fn to_value(&self) -> Value {
        serde_json::to_value(FileOut { version: self.file_version(), scenario: self }).unwrap_or(Value::Null)
    }

    /// The scenario as a what-if of decision analysis (another stop month, another pay
    /// award): actual post costs stay, actual invoices go, since what the funder paid
    /// answers the claims actually made, not the what-if's.
    pub fn what_if(&self) -> Scenario {
        let mut s = self.clone();
        if let Some(actuals) = &mut s.actuals {
            actuals.invoices.clear();
        }
        s
    }

    /// 2 when the scenario uses a version 2 field (a pay group, a post built from pay,
    /// on-costs), else 1.
    pub fn file_version(&self) -> u64 {
        if self.uses_version_2() {
            FILE_VERSION
        } else {
            1
        }
    }

    /// Checks every rule a file must meet beyond its shape.
    ///
    /// # Errors
    /// The first rule broken, naming its field.
    pub fn validate(&self) -> Result<(), Error> {
        self.validate_with_prefix(&FieldPath::root())
    }

    fn validate_with_prefix(&self, prefix: &FieldPath) -> Result<(), Error> {
        let at = |keys: &'static str| prefix.clone().keys(keys);
        text_ok(&self.name, at("name"))?;
        if self.horizon.end < self.horizon.start {
            return Err(Error::field(at("horizon.end"), "ends before the horizon starts"));
        }
        if self.horizon.len() > MAX_HORIZON_MONTHS as usize {
            return Err(Error::field(at("horizon"), format!("at most {MAX_HORIZON_MONTHS} months")));
        }
        if self.posts.len() > MAX_POSTS {
            return Err(Error::field(at("posts"), format!("at most {MAX_POSTS} posts")));
        }
        let mut ids = HashSet::new();
        for (i, post) in self.posts.iter().enumerate() {
            let p = |keys: &'static str| at("posts").index(i).keys(keys);
            if post.id.trim().is_empty() {
                return Err(Error::field(p("id"), "must not be empty"));
            }
            if !ids.insert(post.id.as_str()) {
                return Err(Error::field(p("id"), format!("duplicate post id {:?}", post.id)));
            }
            text_ok(&post.id, p("id"))?;
            text_ok(&post.title, p("title"))?;
            if let Some(end) = post.end {
                if end < post.start {
                    return Err(Error::field(p("end"), format!("{end} is before the post starts ({})", post.start)));
                }
            }
            if post.vacancies.len() > MAX_VACANCIES {
                return Err(Error::field(p("vacancies"), format!("at most {MAX_VACANCIES} vacancies a post")));
            }
            for (j, v) in post.vacancies.iter().enumerate() {
                if v.to < v.from {
                    return Err(Error::field(
                        p("vacancies").index(j).key("to"),
                        format!("{} is before the vacancy starts ({})", v.to, v.from),
                    ));
                }
            }
            if post.on_funding_stop.lag_months > MAX_LAG_MONTHS {
                return Err(Error::field(p("on_funding_stop.lag_months"), format!("at most {MAX_LAG_MONTHS} months")));
            }
        }
        if self.pay_awards.len() > MAX_PAY_AWARDS {
            return Err(Error::field(at("pay_awards"), format!("at most {MAX_PAY_AWARDS} pay awards")));
        }
        text_ok(&self.grant.name, at("grant.name"))?;
        let mut years = HashSet::new();
        for (i, a) in self.grant.allocations.iter().enumerate() {
            if !(FIRST_YEAR..LAST_YEAR).contains(&a.fy.0) {
                return Err(Error::field(
                    at("grant.allocations").index(i).key("fy"),
                    format!("{} is outside {FIRST_YEAR} to {}", a.fy.0, LAST_YEAR - 1),
                ));
            }
            if !years.insert(a.fy) {
                return Err(Error::field(
                    at("grant.allocations").index(i).key("fy"),
                    format!("duplicate allocation for {}", a.fy.label()),
                ));
            }
        }
        if self.grant.payment_lag_months > MAX_PAYMENT_LAG_MONTHS {
            return Err(Error::field(
                at("grant.payment_lag_months"),
                format!("at most {MAX_PAYMENT_LAG_MONTHS} months"),
            ));
        }
        if self.non_staff.len() > MAX_NON_STAFF {
            return Err(Error::field(at("non_staff"), format!("at most {MAX_NON_STAFF} items")));
        }
        for (i, n) in self.non_staff.iter().enumerate() {
            text_ok(&n.name, at("non_staff").index(i).key("name"))?;
        }
        self.validate_version_2(prefix)?;
        self.check_magnitude().map_err(|message| Error::field(at("pay_awards"), message))
    }

    /// Refuses pay awards that compound to monthly costs too large to add up exactly: the
    /// largest cost times every rise, an upper bound of any monthly cost, must stay below
    /// £10¹⁵. Checked here, in O(posts + awards), so evaluating can never overflow.
    fn check_magnitude(&self) -> Result<(), String> {
        let too_large = || "the pay awards compound to costs too large to compute".to_string();
        let largest_rise = self.pay_awards.iter().try_fold(Decimal::ONE, |bound, award| {
            bound.checked_mul(award.percent.factor().max(Decimal::ONE)).ok_or_else(too_large)
        })?;
        // A built post's on-costs are at most three times its pay (three rates of 100%).
        let built = |p: &Post| p.pay.as_ref().map(|pay| pay.annual_total().value() * Decimal::from(4));
        let largest_cost = self
            .posts
            .iter()
            .flat_map(|p| [Some(p.annual_cost.value()), p.backfill.map(|b| b.annual_cost.value()), built(p)])
            .flatten()
            .max()
            .unwrap_or(Decimal::ZERO);
        let bound = largest_cost.checked_mul(largest_rise).ok_or_else(too_large)?;
        if bound / Decimal::from(12) > crate::money::MAX_MONTHLY_COST {
            return Err(too_large());
        }
        Ok(())
    }

    /// `pay_factor(post, month)` (rule 8) for a post of `group`: the product of
    /// `1 + percent/100` over the awards in effect that have no group or that group, in
    /// order of effective month (file order within a month).
    ///
    /// # Errors
    /// When the compounded factor is too large to compute exactly.
    pub fn pay_factor(&self, group: Option<PayGroup>, month: Month) -> Result<Decimal, Error> {
        let mut awards: Vec<_> =
            self.pay_awards.iter().filter(|a| a.effective <= month && a.applies_to(group)).collect();
        awards.sort_by_key(|a| a.effective);
        awards.iter().try_fold(Decimal::ONE, |factor, a| {
            factor
                .checked_mul(a.percent.factor())
                .ok_or_else(|| Error::field("pay_awards", "the pay awards compound to a factor too large to compute"))
        })
    }
}

impl Scenario {
    /// Whether any version 2 field is used: a pay group, a post built from pay, an award
    /// for one group, on-costs, actuals, a note.
    pub fn uses_version_2(&self) -> bool {
        self.posts.iter().any(|p| p.group.is_some() || p.pay.is_some())
            || self.pay_awards.iter().any(|a| a.group.is_some())
            || !self.on_costs.is_empty()
            || self.actuals.is_some()
            || self.note.is_some()
    }

    /// The rules of the version 2 fields (MODEL.md "New fields"), after the version 1 ones.
    pub(crate) fn validate_version_2(&self, prefix: &FieldPath) -> Result<(), Error> {
        for (i, post) in self.posts.iter().enumerate() {
            let Some(pay) = &post.pay else { continue };
            let p = |keys: &'static str| prefix.clone().key("posts").index(i).keys(keys);
            // Zero, as a file leaves it out: a post's cost is given one way only.
            if !post.annual_cost.is_zero() {
                return Err(Error::field(p("annual_cost"), "a post built from its pay has no annual_cost"));
            }
            if post.group.is_none() {
                return Err(Error::field(
                    p("group"),
                    "missing: a post built from its pay needs a group (officer or staff) for its awards and pension",
                ));
            }
            if pay.allowances.len() > MAX_ALLOWANCES {
                return Err(Error::field(p("pay.allowances"), format!("at most {MAX_ALLOWANCES} allowances")));
            }
            for (j, a) in pay.allowances.iter().enumerate() {
                text_ok(&a.name, p("pay.allowances").index(j).key("name"))?;
            }
        }
        self.on_costs.validate(&prefix.clone().key("on_costs"))?;
        if let Some(note) = &self.note {
            note.validate(&prefix.clone().key("note"))?;
        }
        match &self.actuals {
            Some(actuals) => actuals.validate((self.horizon.start, self.horizon.end), &prefix.clone().key("actuals")),
            None => Ok(()),
        }
    }
}

/// Deserializes, saying which field failed (`posts[2].annual_cost`) with the `field-paths`
/// feature; without it (the web app's first load, where only its own saves are read) the
/// path is left out, which saves the path tracker's code.
#[cfg(feature = "field-paths")]
fn deserialize_tracking_path<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, (FieldPath, String)> {
    serde_path_to_error::deserialize(value).map_err(|e| (FieldPath::from(e.path()), e.into_inner().to_string()))
}

#[cfg(not(feature = "field-paths"))]
fn deserialize_tracking_path<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, (FieldPath, String)> {
    serde_json::from_value(value).map_err(|e| (FieldPath::root(), e.to_string()))
}

pub(crate) fn text_ok(text: &str, path: FieldPath) -> Result<(), Error> {
    if text.trim().is_empty() {
        return Err(Error::field(path, "must not be empty"));
    }
    match crate::text::problem(text, MAX_TEXT) {
        Some(message) => Err(Error::field(path, message)),
        None => Ok(()),
    }
}
