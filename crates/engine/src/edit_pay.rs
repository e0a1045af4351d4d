//! Editing the version 2 fields as a form does (MODEL.md "Version 2"): how a post is
//! costed, its pay group, salary and allowances, an award's group, and the on-cost lists.
//! The `edit` module routes its `Field::Pay` and the rows' changes here.

use crate::edit_error::EditError;
use crate::field_path::FieldPath;
use crate::money::Money;
use crate::month::Month;
use crate::on_costs::{LevyRate, NiRate, PensionRate, Rate};
use crate::pay::{Allowance, Pay, PayGroup, MAX_ALLOWANCES};
use crate::post::Post;
use crate::scenario::Scenario;

/// One editable version 2 field. Rows are counted from 0: post `i`, allowance `j`, entry `k`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "handoff", derive(serde::Deserialize))]
pub enum PayField {
    /// How the post is costed: [`BASIS_ALL_IN`] or [`BASIS_BUILT`].
    Basis(usize),
    /// `officer`, `staff`, or empty for no group.
    Group(usize),
    Salary(usize),
    AllowanceName(usize, usize),
    AllowanceAnnual(usize, usize),
    /// `true` or `false`.
    AllowancePensionable(usize, usize),
    /// `true` or `false`.
    AllowanceUprated(usize, usize),
    /// Who an award is for: a group, or empty for every post.
    AwardGroup(usize),
    NiFrom(usize),
    NiRate(usize),
    NiThreshold(usize),
    PensionGroup(usize),
    PensionFrom(usize),
    PensionRate(usize),
    LevyFrom(usize),
    LevyRate(usize),
}

/// The text of [`PayField::Basis`] for a post costed all-in (`annual_cost`).
pub const BASIS_ALL_IN: &str = "all_in";
/// The text of [`PayField::Basis`] for a post built from its pay.
pub const BASIS_BUILT: &str = "built";

/// One of the three on-cost lists, for adding and removing their entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OnCostList {
    EmployerNi,
    Pension,
    ApprenticeshipLevy,
}

impl PayField {
    /// The field path, as errors name it (`posts[2].pay.salary`).
    pub fn path(self) -> FieldPath {
        let post = |i: usize, keys: &'static str| FieldPath::from("posts").index(i).keys(keys);
        let allowance = |i: usize, j: usize, key: &'static str| post(i, "pay.allowances").index(j).key(key);
        let on_cost =
            |list: &'static str, k: usize, key: &'static str| FieldPath::from("on_costs").key(list).index(k).key(key);
        match self {
            PayField::Basis(i) => post(i, "pay"),
            PayField::Group(i) => post(i, "group"),
            PayField::Salary(i) => post(i, "pay.salary"),
            PayField::AllowanceName(i, j) => allowance(i, j, "name"),
            PayField::AllowanceAnnual(i, j) => allowance(i, j, "annual"),
            PayField::AllowancePensionable(i, j) => allowance(i, j, "pensionable"),
            PayField::AllowanceUprated(i, j) => allowance(i, j, "uprated"),
            PayField::AwardGroup(k) => FieldPath::from("pay_awards").index(k).key("group"),
            PayField::NiFrom(k) => on_cost("employer_ni", k, "from"),
            PayField::NiRate(k) => on_cost("employer_ni", k, "rate"),
            PayField::NiThreshold(k) => on_cost("employer_ni", k, "monthly_threshold"),
            PayField::PensionGroup(k) => on_cost("pension", k, "group"),
            PayField::PensionFrom(k) => on_cost("pension", k, "from"),
            PayField::PensionRate(k) => on_cost("pension", k, "rate"),
            PayField::LevyFrom(k) => on_cost("apprenticeship_levy", k, "from"),
            PayField::LevyRate(k) => on_cost("apprenticeship_levy", k, "rate"),
        }
    }

    /// The post this field belongs to, if it is a post's.
    pub fn post_index(self) -> Option<usize> {
        match self {
            PayField::Basis(i)
            | PayField::Group(i)
            | PayField::Salary(i)
            | PayField::AllowanceName(i, _)
            | PayField::AllowanceAnnual(i, _)
            | PayField::AllowancePensionable(i, _)
            | PayField::AllowanceUprated(i, _) => Some(i),
            _ => None,
        }
    }

    /// The same field of post `i`.
    pub(crate) fn with_post_index(self, i: usize) -> PayField {
        match self {
            PayField::Basis(_) => PayField::Basis(i),
            PayField::Group(_) => PayField::Group(i),
            PayField::Salary(_) => PayField::Salary(i),
            PayField::AllowanceName(_, j) => PayField::AllowanceName(i, j),
            PayField::AllowanceAnnual(_, j) => PayField::AllowanceAnnual(i, j),
            PayField::AllowancePensionable(_, j) => PayField::AllowancePensionable(i, j),
            PayField::AllowanceUprated(_, j) => PayField::AllowanceUprated(i, j),
            other => other,
        }
    }

    /// The field after allowance `removed` of post `post` went (`None`: it was that row's).
    pub(crate) fn after_allowance_removed(self, post: usize, removed: usize) -> Option<PayField> {
        let (i, j) = match self {
            PayField::AllowanceName(i, j)
            | PayField::AllowanceAnnual(i, j)
            | PayField::AllowancePensionable(i, j)
            | PayField::AllowanceUprated(i, j) => (i, j),
            other => return Some(other),
        };
        if i != post {
            return Some(self);
        }
        let j = shift(j, removed)?;
        Some(match self {
            PayField::AllowanceName(..) => PayField::AllowanceName(i, j),
            PayField::AllowanceAnnual(..) => PayField::AllowanceAnnual(i, j),
            PayField::AllowancePensionable(..) => PayField::AllowancePensionable(i, j),
            _ => PayField::AllowanceUprated(i, j),
        })
    }

    /// The field after entry `removed` of an on-cost list went.
    pub(crate) fn after_on_cost_removed(self, list: OnCostList, removed: usize) -> Option<PayField> {
        use PayField as F;
        let k = match (list, self) {
            (OnCostList::EmployerNi, F::NiFrom(k) | F::NiRate(k) | F::NiThreshold(k))
            | (OnCostList::Pension, F::PensionGroup(k) | F::PensionFrom(k) | F::PensionRate(k))
            | (OnCostList::ApprenticeshipLevy, F::LevyFrom(k) | F::LevyRate(k)) => k,
            _ => return Some(self),
        };
        let k = shift(k, removed)?;
        Some(match self {
            F::NiFrom(_) => F::NiFrom(k),
            F::NiRate(_) => F::NiRate(k),
            F::NiThreshold(_) => F::NiThreshold(k),
            F::PensionGroup(_) => F::PensionGroup(k),
            F::PensionFrom(_) => F::PensionFrom(k),
            F::PensionRate(_) => F::PensionRate(k),
            F::LevyFrom(_) => F::LevyFrom(k),
            _ => F::LevyRate(k),
        })
    }

    /// The field after pay award `removed` went.
    pub(crate) fn after_award_removed(self, removed: usize) -> Option<PayField> {
        match self {
            PayField::AwardGroup(k) => shift(k, removed).map(PayField::AwardGroup),
            other => Some(other),
        }
    }
}

/// Where row `k` is after row `removed` of its list went.
pub(crate) fn shift(k: usize, removed: usize) -> Option<usize> {
    match k.cmp(&removed) {
        std::cmp::Ordering::Less => Some(k),
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(k - 1),
    }
}

/// The field's value as text, as a form shows it.
pub(crate) fn text(s: &Scenario, field: PayField) -> String {
    let post = |i: usize| s.posts.get(i);
    let pay = |i: usize| post(i).and_then(|p| p.pay.as_ref());
    let allowance = |i: usize, j: usize| pay(i).and_then(|p| p.allowances.get(j));
    let group = |g: Option<PayGroup>| g.map(|g| g.code().to_string()).unwrap_or_default();
    let ni = |k: usize| s.on_costs.employer_ni.get(k);
    let pension = |k: usize| s.on_costs.pension.get(k);
    let levy = |k: usize| s.on_costs.apprenticeship_levy.get(k);
    let show = |x: Option<String>| x.unwrap_or_default();
    match field {
        PayField::Basis(i) => show(post(i).map(|p| if p.is_built() { BASIS_BUILT } else { BASIS_ALL_IN }.to_string())),
        PayField::Group(i) => group(post(i).and_then(|p| p.group)),
        PayField::Salary(i) => show(pay(i).map(|p| p.salary.to_plain())),
        PayField::AllowanceName(i, j) => show(allowance(i, j).map(|a| a.name.clone())),
        PayField::AllowanceAnnual(i, j) => show(allowance(i, j).map(|a| a.annual.to_plain())),
        PayField::AllowancePensionable(i, j) => show(allowance(i, j).map(|a| a.pensionable.to_string())),
        PayField::AllowanceUprated(i, j) => show(allowance(i, j).map(|a| a.uprated.to_string())),
        PayField::AwardGroup(k) => group(s.pay_awards.get(k).and_then(|a| a.group)),
        PayField::NiFrom(k) => show(ni(k).map(|e| e.from.to_string())),
        PayField::NiRate(k) => show(ni(k).map(|e| e.rate.to_string())),
        PayField::NiThreshold(k) => show(ni(k).map(|e| e.monthly_threshold.to_plain())),
        PayField::PensionGroup(k) => show(pension(k).map(|e| e.group.code().to_string())),
        PayField::PensionFrom(k) => show(pension(k).map(|e| e.from.to_string())),
        PayField::PensionRate(k) => show(pension(k).map(|e| e.rate.to_string())),
        PayField::LevyFrom(k) => show(levy(k).map(|e| e.from.to_string())),
        PayField::LevyRate(k) => show(levy(k).map(|e| e.rate.to_string())),
    }
}

/// Sets `field` from `text` (trimmed), without checking the scenario's rules.
pub(crate) fn set(s: &mut Scenario, field: PayField, text: &str) -> Result<(), EditError> {
    let gone = || EditError::from("this row no longer exists");
    let group = |t: &str| PayGroup::from_code(t).ok_or(EditError::from("choose police officers or police staff"));
    let optional_group = |t: &str| if t.is_empty() { Ok(None) } else { group(t).map(Some) };
    let flag = |t: &str| match t {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(EditError::from("choose yes or no")),
    };
    let on_costs = &mut s.on_costs;
    match field {
        PayField::Basis(i) => {
            let annual = s.modelled_annual_cost(i);
            let post = s.posts.get_mut(i).ok_or_else(gone)?;
            match text {
                BASIS_BUILT => build(post),
                BASIS_ALL_IN => {
                    if post.pay.take().is_some() {
                        post.annual_cost = annual;
                    }
                }
                _ => return Err("choose all-in or built from pay".into()),
            }
        }
        PayField::Group(i) => s.posts.get_mut(i).ok_or_else(gone)?.group = optional_group(text)?,
        PayField::Salary(i) => pay(s, i)?.salary = Money::parse_input(text)?,
        PayField::AllowanceName(i, j) => allowance(s, i, j)?.name = text.to_string(),
        PayField::AllowanceAnnual(i, j) => allowance(s, i, j)?.annual = Money::parse_input(text)?,
        PayField::AllowancePensionable(i, j) => allowance(s, i, j)?.pensionable = flag(text)?,
        PayField::AllowanceUprated(i, j) => allowance(s, i, j)?.uprated = flag(text)?,
        PayField::AwardGroup(k) => s.pay_awards.get_mut(k).ok_or_else(gone)?.group = optional_group(text)?,
        PayField::NiFrom(k) => on_costs.employer_ni.get_mut(k).ok_or_else(gone)?.from = Month::parse(text)?,
        PayField::NiRate(k) => on_costs.employer_ni.get_mut(k).ok_or_else(gone)?.rate = Rate::parse(text)?,
        PayField::NiThreshold(k) => {
            on_costs.employer_ni.get_mut(k).ok_or_else(gone)?.monthly_threshold = Money::parse_input(text)?
        }
        PayField::PensionGroup(k) => on_costs.pension.get_mut(k).ok_or_else(gone)?.group = group(text)?,
        PayField::PensionFrom(k) => on_costs.pension.get_mut(k).ok_or_else(gone)?.from = Month::parse(text)?,
        PayField::PensionRate(k) => on_costs.pension.get_mut(k).ok_or_else(gone)?.rate = Rate::parse(text)?,
        PayField::LevyFrom(k) => on_costs.apprenticeship_levy.get_mut(k).ok_or_else(gone)?.from = Month::parse(text)?,
        PayField::LevyRate(k) => on_costs.apprenticeship_levy.get_mut(k).ok_or_else(gone)?.rate = Rate::parse(text)?,
    }
    Ok(())
}

/// An all-in post built from its pay: its annual cost becomes the salary (the planner then
/// takes the on-costs out of it), an officer unless it has a group.
fn build(post: &mut Post) {
    if post.pay.is_none() {
        post.pay = Some(Pay { salary: post.annual_cost, allowances: Vec::new() });
        post.annual_cost = Money::ZERO;
        post.group = post.group.or(Some(PayGroup::Officer));
    }
}

fn pay(s: &mut Scenario, i: usize) -> Result<&mut Pay, EditError> {
    let post = s.posts.get_mut(i).ok_or("this post no longer exists")?;
    post.pay.as_mut().ok_or("this post is costed all-in".into())
}

fn allowance(s: &mut Scenario, i: usize, j: usize) -> Result<&mut Allowance, EditError> {
    pay(s, i)?.allowances.get_mut(j).ok_or("this allowance no longer exists".into())
}

/// Adds an allowance to built post `i` (none past [`MAX_ALLOWANCES`]).
pub(crate) fn add_allowance(s: &mut Scenario, i: usize) {
    if let Some(pay) = s.posts.get_mut(i).and_then(|p| p.pay.as_mut()) {
        if pay.allowances.len() < MAX_ALLOWANCES {
            let n = pay.allowances.len() + 1;
            let name = if n == 1 { "Allowance".to_string() } else { format!("Allowance {n}") };
            pay.allowances.push(Allowance { name, annual: Money::ZERO, pensionable: false, uprated: true });
        }
    }
}

pub(crate) fn remove_allowance(s: &mut Scenario, i: usize, j: usize) {
    if let Some(pay) = s.posts.get_mut(i).and_then(|p| p.pay.as_mut()).filter(|p| j < p.allowances.len()) {
        pay.allowances.remove(j);
    }
}

/// Adds an entry to an on-cost list: from the month after the last one's (or the
/// horizon's start), with the last one's figures, so it starts valid.
pub(crate) fn add_on_cost(s: &mut Scenario, list: OnCostList) {
    let start = s.horizon.start;
    let after = |last: Option<Month>| last.map_or(start, |m| m.plus(12));
    let costs = &mut s.on_costs;
    match list {
        OnCostList::EmployerNi => {
            let last = costs.employer_ni.iter().max_by_key(|e| e.from).copied();
            let from = after(last.map(|e| e.from));
            let (rate, monthly_threshold) =
                last.map_or((Rate::default(), Money::ZERO), |e| (e.rate, e.monthly_threshold));
            costs.employer_ni.push(NiRate { from, rate, monthly_threshold });
        }
        OnCostList::Pension => {
            let last = costs.pension.iter().max_by_key(|e| e.from).copied();
            let group = last.map_or(PayGroup::Officer, |e| e.group);
            let from = after(costs.pension.iter().filter(|e| e.group == group).map(|e| e.from).max());
            costs.pension.push(PensionRate { group, from, rate: last.map_or(Rate::default(), |e| e.rate) });
        }
        OnCostList::ApprenticeshipLevy => {
            let last = costs.apprenticeship_levy.iter().max_by_key(|e| e.from).copied();
            let from = after(last.map(|e| e.from));
            costs.apprenticeship_levy.push(LevyRate { from, rate: last.map_or(Rate::default(), |e| e.rate) });
        }
    }
}

pub(crate) fn remove_on_cost(s: &mut Scenario, list: OnCostList, k: usize) {
    let costs = &mut s.on_costs;
    match list {
        OnCostList::EmployerNi if k < costs.employer_ni.len() => {
            costs.employer_ni.remove(k);
        }
        OnCostList::Pension if k < costs.pension.len() => {
            costs.pension.remove(k);
        }
        OnCostList::ApprenticeshipLevy if k < costs.apprenticeship_levy.len() => {
            costs.apprenticeship_levy.remove(k);
        }
        _ => {}
    }
}

#[cfg(test)]
#[path = "edit_pay_tests.rs"]
mod tests;
