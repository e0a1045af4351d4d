//! A built post's cost, part by part: one month's build-up (rule 9), for a planner to check
//! against payroll, and the annual cost that stands for it where an all-in post shows its
//! `annual_cost`, so a built post never reads as costing nothing.

use rust_decimal::Decimal;

use crate::money::Money;
use crate::month::Month;
use crate::outcome::CostBreakdown;
use crate::pay::PostRates;
use crate::scenario::Scenario;

/// A post's month by rule 9, as it would be if in post that month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildUp {
    pub month: Month,
    /// Pay and each on-cost; `total()` is the month's cost.
    pub cost: CostBreakdown,
    /// The rates in force for the post's group.
    pub rates: PostRates,
    /// `pay_factor(post, month)` (rule 8): the awards compounded so far.
    pub pay_factor: Decimal,
}

impl Scenario {
    /// Post `i`'s build-up in `month`, whatever its dates and vacancies; `None` for a post
    /// costed all-in (or one past the list).
    pub fn build_up(&self, i: usize, month: Month) -> Option<BuildUp> {
        let post = self.posts.get(i)?;
        let pay = post.pay.as_ref()?;
        let pay_factor = self.pay_factor(post.group, month).ok()?;
        let rates = self.on_costs.in_force(month).for_group(post.group);
        let cost = pay.month_cost(post.fte.value(), pay_factor, &rates).ok()?;
        Some(BuildUp { month, cost, rates, pay_factor })
    }

    /// What post `i` costs a year at 1 FTE before pay awards, as an all-in post's
    /// `annual_cost` reads: for a built post, its twelve months from the horizon's start
    /// with the on-costs in force in each.
    pub fn modelled_annual_cost(&self, i: usize) -> Money {
        let Some(post) = self.posts.get(i) else { return Money::ZERO };
        let Some(pay) = &post.pay else { return post.annual_cost };
        let month = |n: i32| {
            let m = self.horizon.start.plus(n);
            let rates = self.on_costs.in_force(m).for_group(post.group);
            pay.month_cost(Decimal::ONE, Decimal::ONE, &rates).map(|c| c.total())
        };
        (0..12).map(month).sum::<Result<Money, _>>().unwrap_or_else(|_| pay.annual_total())
    }

    /// Every post's [`Scenario::modelled_annual_cost`] added up.
    pub fn modelled_annual_costs(&self) -> Money {
        (0..self.posts.len()).map(|i| self.modelled_annual_cost(i)).sum()
    }
}

#[cfg(test)]
mod tests {
    use crate::options::ReadyMade;

    use super::*;

    #[test]
    fn a_built_post_has_its_months_and_a_year_that_is_not_zero() {
        let s = ReadyMade::PublishedPay.build(&Scenario::default_scenario());
        // The constable of MODEL.md's published pay, Oct 2023: 7% award, 31% pension.
        let b = s.build_up(1, Month::known(2023, 10)).expect("built");
        assert_eq!(
            b.cost.total(),
            b.cost.pay + b.cost.employer_ni + b.cost.employer_pension + b.cost.apprenticeship_levy
        );
        assert_eq!(b.pay_factor, Decimal::new(107, 2));
        assert_eq!(b.rates.pension, Decimal::from(31));
        assert!(s.modelled_annual_cost(1) > s.posts[1].pay.as_ref().map_or(Money::ZERO, |p| p.annual_total()));
        let all_in = Scenario::default_scenario();
        assert_eq!(all_in.build_up(0, Month::known(2023, 10)), None);
        assert_eq!(all_in.modelled_annual_cost(0), all_in.posts[0].annual_cost);
        assert_eq!(all_in.modelled_annual_cost(99), Money::ZERO);
    }
}
