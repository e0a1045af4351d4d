//! Which of a scenario's figures are the published ones (`planner_engine::published`), and
//! their sources: a pay award, an on-cost rate, a salary or an allowance that equals the
//! published figure came from there. A figure the planner changed is their own, and has
//! no source; a published figure that the data did not find is an assumption.

use planner_engine::on_costs::{LevyRate, NiRate, OnCosts, PensionRate};
use planner_engine::published::{self, Place, Source};
use planner_engine::scenario::{PayAward, Scenario};
use planner_engine::Post;

/// A figure's basis, as the Assumptions sheet says it.
pub(crate) fn basis(source: Option<&Source>) -> &'static str {
    match source {
        Some(s) if s.assumption => "Assumption",
        Some(_) => "Published",
        None => "Scenario's own figure",
    }
}

pub(crate) struct Sources {
    all: Vec<Source>,
    awards: Vec<PayAward>,
    on_costs: OnCosts,
}

impl Sources {
    pub(crate) fn new() -> Sources {
        Sources { all: published::sources(), awards: published::pay_awards(), on_costs: published::on_costs() }
    }

    /// Whether any figure of `s` is a published one.
    pub(crate) fn any(&self, s: &Scenario) -> bool {
        let c = &s.on_costs;
        s.pay_awards.iter().any(|a| self.award(a).is_some())
            || s.posts.iter().any(|p| {
                let allowances = p.pay.as_ref().map_or(0, |pay| pay.allowances.len());
                self.salary(p).is_some() || (0..allowances).any(|i| self.allowance(p, i).is_some())
            })
            || c.employer_ni.iter().any(|e| self.ni(e).is_some())
            || c.pension.iter().any(|e| self.pension(e).is_some())
            || c.apprenticeship_levy.iter().any(|e| self.levy(e).is_some())
    }

    fn at(&self, place: Place) -> Option<&Source> {
        self.all.iter().find(|s| s.place == place)
    }

    fn place_of<T: PartialEq>(list: &[T], entry: &T, place: fn(usize) -> Place) -> Option<Place> {
        list.iter().position(|e| e == entry).map(place)
    }

    pub(crate) fn award(&self, award: &PayAward) -> Option<&Source> {
        self.at(Self::place_of(&self.awards, award, Place::PayAward)?)
    }

    pub(crate) fn ni(&self, entry: &NiRate) -> Option<&Source> {
        self.at(Self::place_of(&self.on_costs.employer_ni, entry, Place::EmployerNi)?)
    }

    pub(crate) fn pension(&self, entry: &PensionRate) -> Option<&Source> {
        self.at(Self::place_of(&self.on_costs.pension, entry, Place::Pension)?)
    }

    pub(crate) fn levy(&self, entry: &LevyRate) -> Option<&Source> {
        self.at(Self::place_of(&self.on_costs.apprenticeship_levy, entry, Place::ApprenticeshipLevy)?)
    }

    /// The source of a built post's salary, when it is the published pay of a post of the
    /// same id and group.
    pub(crate) fn salary(&self, post: &Post) -> Option<&Source> {
        let (group, pay) = published::pay_of(&post.id)?;
        let own = post.pay.as_ref()?;
        if Some(group) != post.group || pay.salary != own.salary {
            return None;
        }
        self.all.iter().find(|s| matches!(s.place, Place::Salary(id) if id == post.id))
    }

    /// The source of allowance `i` of a built post, when it is the published one.
    pub(crate) fn allowance(&self, post: &Post, i: usize) -> Option<&Source> {
        let (group, pay) = published::pay_of(&post.id)?;
        let own = post.pay.as_ref()?.allowances.get(i)?;
        if Some(group) != post.group || pay.allowances.get(i) != Some(own) {
            return None;
        }
        self.all.iter().find(|s| matches!(s.place, Place::Allowance(id, j) if id == post.id && j == i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use planner_engine::ReadyMade;

    #[test]
    fn published_figures_have_their_sources_and_changed_ones_none() {
        let mut s = ReadyMade::PublishedPay.build(&Scenario::default_scenario());
        let sources = Sources::new();
        assert!(sources.any(&s) && !sources.any(&Scenario::default_scenario()));
        assert!(s.pay_awards.iter().all(|a| sources.award(a).is_some()));
        assert!(s.on_costs.pension.iter().all(|e| sources.pension(e).is_some()));
        assert_eq!(basis(sources.award(&s.pay_awards[0])), "Assumption", "the staff award of 2023 was not found");
        assert_eq!(basis(sources.award(&s.pay_awards[1])), "Published");
        assert_eq!(basis(sources.salary(&s.posts[0])), "Assumption", "sergeant pay was not found");
        assert_eq!(basis(sources.salary(&s.posts[4])), "Published");
        assert_eq!(basis(sources.allowance(&s.posts[4], 0)), "Published");
        s.pay_awards[1].percent = planner_engine::money::Percent::parse("6").unwrap();
        assert_eq!(basis(sources.award(&s.pay_awards[1])), "Scenario's own figure");
        if let Some(pay) = s.posts[4].pay.as_mut() {
            pay.salary = planner_engine::Money::parse("30000").unwrap();
        }
        assert!(sources.salary(&s.posts[4]).is_none());
        assert!(sources.allowance(&s.posts[4], 0).is_some(), "the allowance is still the published one");
    }
}
