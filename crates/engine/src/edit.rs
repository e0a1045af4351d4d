//! Editing a scenario field by field, as a form does: each field is read from and written
//! to the scenario as text, through the engine's own parsers, so nothing typed can panic
//! and every error reads the same everywhere.

pub mod actuals;
mod change;

pub use change::{apply_change, Change};

pub use crate::edit_error::EditError;
#[cfg(feature = "pay-edit")]
use crate::edit_pay;
#[cfg(feature = "pay-edit")]
pub use crate::edit_pay::{OnCostList, PayField, BASIS_ALL_IN, BASIS_BUILT};
use crate::error::Error;
use crate::field_path::FieldPath;
use crate::grant::Allocation;
use crate::money::{Fte, Money, Percent};
use crate::month::{FinancialYear, Month};
use crate::note::{Note, NotePart};
use crate::post::{Backfill, Post, StopAction, Team, Vacancy};
use crate::scenario::{NonStaffCost, PayAward, Scenario};

/// One editable field of a scenario. Serde lets the web app's handover between its two
/// builds carry what is being typed (only the full build reads it back: `handoff`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "handoff", derive(serde::Deserialize))]
pub enum Field {
    Name,
    HorizonStart,
    HorizonEnd,
    GrantName,
    /// `YYYY-MM`, or empty for "never".
    StopsAfter,
    PaymentLag,
    /// The cap for one financial year; empty removes it.
    Allocation(FinancialYear),
    PostTitle(usize),
    PostTeam(usize),
    PostCost(usize),
    PostFte(usize),
    PostStart(usize),
    /// `YYYY-MM`, or empty for "no end".
    PostEnd(usize),
    /// The backfill's annual cost, or empty for "no backfill".
    PostBackfill(usize),
    PostAction(usize),
    PostLag(usize),
    VacancyFrom(usize, usize),
    VacancyTo(usize, usize),
    AwardEffective(usize),
    AwardPercent(usize),
    NonStaffName(usize),
    NonStaffCost(usize),
    /// `YYYY-MM`, the last month with actuals; empty removes every actual.
    ActualsThrough,
    /// The month's actual post cost; empty means no actual.
    ActualCost(Month),
    InvoiceQuarter(usize),
    InvoiceAmount(usize),
    InvoicePaid(usize),
    /// A version 2 field: pay, groups and on-costs (the `pay-edit` feature).
    #[cfg(feature = "pay-edit")]
    Pay(PayField),
    /// A part of the plan's note; empty removes it (and the note, once all are empty).
    Note(NotePart),
}

impl Field {
    /// The field path, as errors name it (`posts[2].annual_cost`).
    pub fn path(self) -> FieldPath {
        let post = |i: usize, keys: &'static str| FieldPath::from("posts").index(i).keys(keys);
        let vacancy = |i: usize, j: usize, key: &'static str| post(i, "vacancies").index(j).key(key);
        match self {
            Field::Name => "name".into(),
            Field::HorizonStart => "horizon.start".into(),
            Field::HorizonEnd => "horizon.end".into(),
            Field::GrantName => "grant.name".into(),
            Field::StopsAfter => "grant.stops_after".into(),
            Field::PaymentLag => "grant.payment_lag_months".into(),
            Field::Allocation(fy) => FieldPath::from("grant.allocations").year(fy),
            Field::PostTitle(i) => post(i, "title"),
            Field::PostTeam(i) => post(i, "team"),
            Field::PostCost(i) => post(i, "annual_cost"),
            Field::PostFte(i) => post(i, "fte"),
            Field::PostStart(i) => post(i, "start"),
            Field::PostEnd(i) => post(i, "end"),
            Field::PostBackfill(i) => post(i, "backfill.annual_cost"),
            Field::PostAction(i) => post(i, "on_funding_stop.action"),
            Field::PostLag(i) => post(i, "on_funding_stop.lag_months"),
            Field::VacancyFrom(i, j) => vacancy(i, j, "from"),
            Field::VacancyTo(i, j) => vacancy(i, j, "to"),
            Field::AwardEffective(k) => FieldPath::from("pay_awards").index(k).key("effective"),
            Field::AwardPercent(k) => FieldPath::from("pay_awards").index(k).key("percent"),
            Field::NonStaffName(k) => FieldPath::from("non_staff").index(k).key("name"),
            Field::NonStaffCost(k) => FieldPath::from("non_staff").index(k).key("annual_cost"),
            Field::ActualsThrough => "actuals.through".into(),
            Field::ActualCost(m) => FieldPath::from("actuals.months").month(m).key("post_cost"),
            Field::InvoiceQuarter(k) => FieldPath::from("actuals.invoices").index(k).key("quarter"),
            Field::InvoiceAmount(k) => FieldPath::from("actuals.invoices").index(k).key("amount"),
            Field::InvoicePaid(k) => FieldPath::from("actuals.invoices").index(k).key("paid"),
            #[cfg(feature = "pay-edit")]
            Field::Pay(f) => f.path(),
            Field::Note(part) => FieldPath::from("note").key(part.key()),
        }
    }
}

impl Field {
    /// Where this field is after `change`: rows after a removed one move up; the removed
    /// row's own fields are gone (`None`). Lets a form keep what was typed elsewhere.
    pub fn after(self, change: Change) -> Option<Field> {
        let shift = |k: usize, removed: usize| match k.cmp(&removed) {
            std::cmp::Ordering::Less => Some(k),
            std::cmp::Ordering::Equal => None,
            std::cmp::Ordering::Greater => Some(k - 1),
        };
        match (change, self) {
            (Change::RemovePost(r), f) => match f.post_index() {
                Some(i) => shift(i, r).map(|i| f.with_post_index(i)),
                None => Some(f),
            },
            (Change::RemoveVacancy(pi, r), Field::VacancyFrom(i, j)) if i == pi => {
                shift(j, r).map(|j| Field::VacancyFrom(i, j))
            }
            (Change::RemoveVacancy(pi, r), Field::VacancyTo(i, j)) if i == pi => {
                shift(j, r).map(|j| Field::VacancyTo(i, j))
            }
            (Change::RemoveAward(r), Field::AwardEffective(k)) => shift(k, r).map(Field::AwardEffective),
            (Change::RemoveAward(r), Field::AwardPercent(k)) => shift(k, r).map(Field::AwardPercent),
            (Change::RemoveNonStaff(r), Field::NonStaffName(k)) => shift(k, r).map(Field::NonStaffName),
            (Change::RemoveNonStaff(r), Field::NonStaffCost(k)) => shift(k, r).map(Field::NonStaffCost),
            (Change::RemoveInvoice(r), Field::InvoiceQuarter(k)) => shift(k, r).map(Field::InvoiceQuarter),
            (Change::RemoveInvoice(r), Field::InvoiceAmount(k)) => shift(k, r).map(Field::InvoiceAmount),
            (Change::RemoveInvoice(r), Field::InvoicePaid(k)) => shift(k, r).map(Field::InvoicePaid),
            #[cfg(feature = "pay-edit")]
            (Change::RemoveAward(r), Field::Pay(f)) => f.after_award_removed(r).map(Field::Pay),
            #[cfg(feature = "pay-edit")]
            (Change::RemoveAllowance(i, r), Field::Pay(f)) => f.after_allowance_removed(i, r).map(Field::Pay),
            #[cfg(feature = "pay-edit")]
            (Change::RemoveOnCost(list, r), Field::Pay(f)) => f.after_on_cost_removed(list, r).map(Field::Pay),
            (_, f) => Some(f),
        }
    }

    /// The post this field belongs to, if it is a post's (or one of its vacancies').
    pub fn post_index(self) -> Option<usize> {
        match self {
            Field::PostTitle(i)
            | Field::PostTeam(i)
            | Field::PostCost(i)
            | Field::PostFte(i)
            | Field::PostStart(i)
            | Field::PostEnd(i)
            | Field::PostBackfill(i)
            | Field::PostAction(i)
            | Field::PostLag(i)
            | Field::VacancyFrom(i, _)
            | Field::VacancyTo(i, _) => Some(i),
            #[cfg(feature = "pay-edit")]
            Field::Pay(f) => f.post_index(),
            _ => None,
        }
    }

    fn with_post_index(self, i: usize) -> Field {
        match self {
            Field::PostTitle(_) => Field::PostTitle(i),
            Field::PostTeam(_) => Field::PostTeam(i),
            Field::PostCost(_) => Field::PostCost(i),
            Field::PostFte(_) => Field::PostFte(i),
            Field::PostStart(_) => Field::PostStart(i),
            Field::PostEnd(_) => Field::PostEnd(i),
            Field::PostBackfill(_) => Field::PostBackfill(i),
            Field::PostAction(_) => Field::PostAction(i),
            Field::PostLag(_) => Field::PostLag(i),
            Field::VacancyFrom(_, j) => Field::VacancyFrom(i, j),
            Field::VacancyTo(_, j) => Field::VacancyTo(i, j),
            #[cfg(feature = "pay-edit")]
            Field::Pay(f) => Field::Pay(f.with_post_index(i)),
            other => other,
        }
    }
}

/// The field's value as text, as a form shows it.
pub fn field_text(s: &Scenario, field: Field) -> String {
    #[cfg(feature = "actuals-editing")]
    if let Some(text) = actuals::text(s, field) {
        return text;
    }
    let post = |i: usize| s.posts.get(i);
    let month = |m: Option<Month>| m.map(|m| m.to_string()).unwrap_or_default();
    match field {
        Field::Name => s.name.clone(),
        Field::HorizonStart => s.horizon.start.to_string(),
        Field::HorizonEnd => s.horizon.end.to_string(),
        Field::GrantName => s.grant.name.clone(),
        Field::StopsAfter => month(s.grant.stops_after),
        Field::PaymentLag => s.grant.payment_lag_months.to_string(),
        Field::Allocation(fy) => {
            s.grant.allocations.iter().find(|a| a.fy == fy).map(|a| a.amount.to_plain()).unwrap_or_default()
        }
        Field::PostTitle(i) => post(i).map(|p| p.title.clone()).unwrap_or_default(),
        Field::PostTeam(i) => post(i).map(|p| p.team.name().to_string()).unwrap_or_default(),
        Field::PostCost(i) => post(i).map(|p| p.annual_cost.to_plain()).unwrap_or_default(),
        Field::PostFte(i) => post(i).map(|p| p.fte.to_string()).unwrap_or_default(),
        Field::PostStart(i) => month(post(i).map(|p| p.start)),
        Field::PostEnd(i) => month(post(i).and_then(|p| p.end)),
        Field::PostBackfill(i) => {
            post(i).and_then(|p| p.backfill).map(|b| b.annual_cost.to_plain()).unwrap_or_default()
        }
        Field::PostAction(i) => post(i).map(|p| p.on_funding_stop.action.code().to_string()).unwrap_or_default(),
        Field::PostLag(i) => post(i).map(|p| p.on_funding_stop.lag_months.to_string()).unwrap_or_default(),
        Field::VacancyFrom(i, j) => month(post(i).and_then(|p| p.vacancies.get(j)).map(|v| v.from)),
        Field::VacancyTo(i, j) => month(post(i).and_then(|p| p.vacancies.get(j)).map(|v| v.to)),
        Field::AwardEffective(k) => month(s.pay_awards.get(k).map(|a| a.effective)),
        Field::AwardPercent(k) => s.pay_awards.get(k).map(|a| a.percent.to_string()).unwrap_or_default(),
        Field::NonStaffName(k) => s.non_staff.get(k).map(|n| n.name.clone()).unwrap_or_default(),
        Field::NonStaffCost(k) => s.non_staff.get(k).map(|n| n.annual_cost.to_plain()).unwrap_or_default(),
        Field::Note(part) => s.note.as_ref().map(|n| n.part(part).to_string()).unwrap_or_default(),
        #[cfg(feature = "pay-edit")]
        Field::Pay(f) => edit_pay::text(s, f),
        _ => String::new(),
    }
}

/// The scenario with `field` set from `text`, checked against every rule of the model
/// (which guarantees that it evaluates).
///
/// # Errors
/// A message for beside the field: why the text is not a value, or which rule the new
/// value breaks (`the end, Mar 2023, is before the start`). The scenario is unchanged.
pub fn apply_edit(s: &Scenario, field: Field, text: &str) -> Result<Scenario, EditError> {
    let mut next = s.clone();
    set_field(&mut next, field, text)?;
    // Validation includes the bound that keeps evaluation from overflowing, so the
    // scenario a form holds always has figures to show (without evaluating twice).
    next.validate().map_err(|e| describe_for(field, e))?;
    #[cfg(feature = "actuals-editing")]
    if actuals::is_actuals(field) {
        // An actual invoice is checked against its quarter's claim, which needs the figures.
        crate::timeline::evaluate(&next).map_err(|e| describe_for(field, e))?;
    }
    Ok(next)
}

fn set_field(s: &mut Scenario, field: Field, text: &str) -> Result<(), EditError> {
    let text = text.trim();
    let optional_month = |t: &str| if t.is_empty() { Ok(None) } else { Month::parse(t).map(Some) };
    let whole_months = |t: &str, max: u32| -> Result<u32, String> {
        let n: u32 = t.parse().map_err(|_| format!("{t:?} is not a whole number of months"))?;
        if n > max {
            return Err(format!("at most {max} months"));
        }
        Ok(n)
    };
    #[cfg(feature = "actuals-editing")]
    if actuals::set(s, field, text)? {
        return Ok(());
    }
    match field {
        Field::Name => s.name = text.to_string(),
        Field::HorizonStart => s.horizon.start = Month::parse(text)?,
        Field::HorizonEnd => s.horizon.end = Month::parse(text)?,
        Field::GrantName => s.grant.name = text.to_string(),
        Field::StopsAfter => s.grant.stops_after = optional_month(text)?,
        Field::PaymentLag => s.grant.payment_lag_months = whole_months(text, crate::scenario::MAX_PAYMENT_LAG_MONTHS)?,
        Field::Allocation(fy) => {
            s.grant.allocations.retain(|a| a.fy != fy);
            if !text.is_empty() {
                s.grant.allocations.push(Allocation { fy, amount: Money::parse_input(text)? });
                s.grant.allocations.sort_by_key(|a| a.fy);
            }
        }
        Field::AwardEffective(k) => award(s, k)?.effective = Month::parse(text)?,
        Field::AwardPercent(k) => award(s, k)?.percent = Percent::parse(text)?,
        Field::NonStaffName(k) => non_staff(s, k)?.name = text.to_string(),
        Field::NonStaffCost(k) => non_staff(s, k)?.annual_cost = Money::parse_input(text)?,
        Field::Note(part) => s.note = Note::with_part(s.note.as_ref(), part, text),
        Field::PostTitle(i) => post(s, i)?.title = text.to_string(),
        Field::PostTeam(i) => {
            post(s, i)?.team = Team::ALL.into_iter().find(|t| t.name() == text).ok_or("choose MARSOC or Corruption")?
        }
        Field::PostCost(i) => post(s, i)?.annual_cost = Money::parse_input(text)?,
        Field::PostFte(i) => post(s, i)?.fte = Fte::parse(text)?,
        Field::PostStart(i) => post(s, i)?.start = Month::parse(text)?,
        Field::PostEnd(i) => post(s, i)?.end = optional_month(text)?,
        Field::PostBackfill(i) => {
            let backfill =
                if text.is_empty() { None } else { Some(Backfill { annual_cost: Money::parse_input(text)? }) };
            post(s, i)?.backfill = backfill;
        }
        Field::PostAction(i) => {
            post(s, i)?.on_funding_stop.action = StopAction::from_code(text).ok_or("choose what happens to the post")?
        }
        Field::PostLag(i) => {
            post(s, i)?.on_funding_stop.lag_months = whole_months(text, crate::scenario::MAX_LAG_MONTHS)?
        }
        Field::VacancyFrom(i, j) => vacancy(s, i, j)?.from = Month::parse(text)?,
        Field::VacancyTo(i, j) => vacancy(s, i, j)?.to = Month::parse(text)?,
        #[cfg(feature = "pay-edit")]
        Field::Pay(f) => edit_pay::set(s, f, text)?,
        // The actuals, without the `actuals-editing` feature (the first load's build).
        _ => return Err("actuals are entered in the full planner".into()),
    }
    Ok(())
}

fn post(s: &mut Scenario, i: usize) -> Result<&mut Post, String> {
    s.posts.get_mut(i).ok_or_else(|| "this post no longer exists".to_string())
}

fn vacancy(s: &mut Scenario, i: usize, j: usize) -> Result<&mut Vacancy, String> {
    post(s, i)?.vacancies.get_mut(j).ok_or_else(|| "this vacancy no longer exists".to_string())
}

fn award(s: &mut Scenario, k: usize) -> Result<&mut PayAward, String> {
    s.pay_awards.get_mut(k).ok_or_else(|| "this pay award no longer exists".to_string())
}

fn non_staff(s: &mut Scenario, k: usize) -> Result<&mut NonStaffCost, String> {
    s.non_staff.get_mut(k).ok_or_else(|| "this cost no longer exists".to_string())
}

/// A rule broken by an edit, from the edited field's point of view: its own path is left
/// out, another field's is kept for the view to say in words.
fn describe_for(field: Field, e: Error) -> EditError {
    match e {
        Error::Field { path, message } => {
            let elsewhere = (path != field.path()).then_some(path);
            EditError::Rule { message, elsewhere }
        }
        other => EditError::Refused(other.to_string().into()),
    }
}

#[cfg(test)]
#[path = "edit_tests.rs"]
mod tests;
