//! Changes to the shape of a scenario: rows added or removed, and the published rates.

#[cfg(feature = "actuals-editing")]
use super::actuals;
#[cfg(feature = "pay-edit")]
use crate::edit_pay;
#[cfg(feature = "pay-edit")]
use crate::edit_pay::OnCostList;
use crate::money::{Fte, Money, Percent};
use crate::month::Month;
use crate::post::{Post, StopResponse, Team, Vacancy};
use crate::scenario::{NonStaffCost, PayAward, Scenario};

/// A change to the shape of a scenario (rows added or removed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    AddPost,
    RemovePost(usize),
    AddVacancy(usize),
    RemoveVacancy(usize, usize),
    AddAward,
    RemoveAward(usize),
    AddNonStaff,
    RemoveNonStaff(usize),
    /// An actual invoice for the first quarter without one.
    AddInvoice,
    RemoveInvoice(usize),
    /// An allowance added to built post `i`.
    #[cfg(feature = "pay-edit")]
    AddAllowance(usize),
    #[cfg(feature = "pay-edit")]
    RemoveAllowance(usize, usize),
    #[cfg(feature = "pay-edit")]
    AddOnCost(OnCostList),
    #[cfg(feature = "pay-edit")]
    RemoveOnCost(OnCostList, usize),
    /// The on-cost lists replaced by the published rates ([`crate::published::on_costs`]).
    #[cfg(feature = "pay-edit")]
    UsePublishedRates,
}

/// The scenario with a row added or removed. Adding copies sensible values from the
/// scenario (a new post starts at the horizon's start at the cost of the last post).
pub fn apply_change(s: &Scenario, change: Change) -> Scenario {
    let mut next = s.clone();
    match change {
        // A row past the scenario's bounds (MAX_POSTS, MAX_VACANCIES) is not added.
        Change::AddPost if s.posts.len() < crate::scenario::MAX_POSTS => {
            let template = s.posts.last();
            let mut n = s.posts.len() + 1;
            while next.posts.iter().any(|p| p.id == format!("post-{n}")) {
                n += 1;
            }
            next.posts.push(Post {
                id: format!("post-{n}"),
                title: "Detective Constable".into(),
                team: template.map_or(Team::Marsoc, |p| p.team),
                group: None,
                annual_cost: template.map_or(Money::ZERO, |p| p.annual_cost),
                pay: None,
                fte: Fte::FULL,
                start: s.horizon.start,
                end: None,
                vacancies: vec![],
                backfill: None,
                on_funding_stop: StopResponse::default(),
            });
        }
        Change::RemovePost(i) if i < next.posts.len() => {
            next.posts.remove(i);
        }
        Change::AddVacancy(i) => {
            if let Some(p) = next.posts.get_mut(i).filter(|p| p.vacancies.len() < crate::scenario::MAX_VACANCIES) {
                let from = p.start.max(s.horizon.start);
                p.vacancies.push(Vacancy { from, to: from.plus(2) });
            }
        }
        Change::RemoveVacancy(i, j) => {
            if let Some(p) = next.posts.get_mut(i).filter(|p| j < p.vacancies.len()) {
                p.vacancies.remove(j);
            }
        }
        Change::AddAward => {
            let last = s.pay_awards.iter().map(|a| a.effective).max();
            let effective = last.map_or(Month::known(s.horizon.start.financial_year().0, 9), |m| m.plus(12));
            next.pay_awards
                .push(PayAward::for_all(effective, Percent::from_decimal_unchecked(rust_decimal::Decimal::ZERO)));
        }
        Change::RemoveAward(k) if k < next.pay_awards.len() => {
            next.pay_awards.remove(k);
        }
        Change::AddNonStaff => {
            next.non_staff.push(NonStaffCost { name: "Non-staff cost".into(), annual_cost: Money::ZERO })
        }
        Change::RemoveNonStaff(k) if k < next.non_staff.len() => {
            next.non_staff.remove(k);
        }
        #[cfg(feature = "actuals-editing")]
        Change::AddInvoice => actuals::add_invoice(&mut next),
        #[cfg(feature = "actuals-editing")]
        Change::RemoveInvoice(k) => actuals::remove_invoice(&mut next, k),
        #[cfg(feature = "pay-edit")]
        Change::AddAllowance(i) => edit_pay::add_allowance(&mut next, i),
        #[cfg(feature = "pay-edit")]
        Change::RemoveAllowance(i, j) => edit_pay::remove_allowance(&mut next, i, j),
        #[cfg(feature = "pay-edit")]
        Change::AddOnCost(list) => edit_pay::add_on_cost(&mut next, list),
        #[cfg(feature = "pay-edit")]
        Change::RemoveOnCost(list, k) => edit_pay::remove_on_cost(&mut next, list, k),
        #[cfg(feature = "pay-edit")]
        Change::UsePublishedRates => next.on_costs = crate::published::on_costs(),
        _ => {}
    }
    next
}
