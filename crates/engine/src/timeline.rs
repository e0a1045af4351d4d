//! The month-by-month computation: rules 1 to 7 of the model, in one pass over the
//! horizon. [`evaluate`] is the only way figures are made.

use std::borrow::Borrow;
use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::error::Error;
use crate::flags::{publication_threshold, Flag, AGREEMENT_EXPIRY};
use crate::money::{round2, Money, MAX_MONTHLY_COST};
use crate::month::{FinancialYear, Month};
use crate::outcome::{
    average_fte, CostBreakdown, Figures, Invoice, MonthResult, Outcome, Peak, PostSummary, YearResult,
};
use crate::pay::{PayGroup, PostRates};
use crate::post::{Post, StopAction};
use crate::scenario::Scenario;

/// Computes every figure of the scenario, month by month.
///
/// # Errors
/// Any rule the scenario breaks (see [`Scenario::validate`]), or pay awards that compound
/// to figures too large to compute.
///
/// ```
/// use planner_engine::{evaluate, Money, Scenario};
/// let outcome = evaluate(&Scenario::default_scenario()).unwrap();
/// assert_eq!(outcome.total.claimed, Money::pence(1_147_770_00));
/// ```
pub fn evaluate(scenario: &Scenario) -> Result<Outcome, Error> {
    Evaluation::start(scenario)?.finish()
}

/// [`evaluate`] a few months at a time, so that a page can evaluate a plan of hundreds of
/// posts in slices between paints and show its progress. The figures are the same as
/// `evaluate`'s whatever the slices: it is the same loop, paused between months.
///
/// ```
/// use planner_engine::{evaluate, timeline::Evaluation, Scenario};
/// let scenario = Scenario::default_scenario();
/// let mut run = Evaluation::start(&scenario).unwrap();
/// while !run.step(5).unwrap() {}
/// assert_eq!(run.finish().unwrap(), evaluate(&scenario).unwrap());
/// ```
pub struct Evaluation<S: Borrow<Scenario>> {
    scenario: S,
    leaves: Vec<Option<Month>>,
    costs: CostCache,
    post_summaries: Vec<PostSummary>,
    non_staff_monthly: Money,
    remaining: BTreeMap<FinancialYear, Money>,
    months: Vec<MonthResult>,
}

impl<S: Borrow<Scenario>> Evaluation<S> {
    /// Validates the scenario and readies the month loop.
    ///
    /// # Errors
    /// Any rule the scenario breaks (see [`Scenario::validate`]).
    pub fn start(scenario: S) -> Result<Self, Error> {
        let s: &Scenario = scenario.borrow();
        s.validate()?;
        let first_unfunded = s.grant.first_unfunded_month();
        let leaves: Vec<Option<Month>> = s
            .posts
            .iter()
            .map(|p| match (first_unfunded, p.on_funding_stop.action.leaves()) {
                (Some(first), true) => Some(first.plus(p.on_funding_stop.lag_months as i32)),
                _ => None,
            })
            .collect();
        let post_summaries = s
            .posts
            .iter()
            .zip(&leaves)
            .map(|(p, leave)| PostSummary {
                id: p.id.clone(),
                post_cost: Money::ZERO,
                unfunded: Money::ZERO,
                backfill_cost: Money::ZERO,
                redeployed_cost: Money::ZERO,
                leaves: leave.filter(|l| s.horizon.contains(*l)),
            })
            .collect();
        let non_staff_monthly = s.non_staff.iter().map(|n| round2(n.annual_cost.value() / Decimal::from(12))).sum();
        Ok(Evaluation {
            costs: CostCache::new(s.posts.len()),
            months: Vec::with_capacity(s.horizon.len()),
            leaves,
            post_summaries,
            non_staff_monthly,
            remaining: BTreeMap::new(),
            scenario,
        })
    }

    /// How many months are evaluated, of how many.
    pub fn progress(&self) -> (usize, usize) {
        (self.months.len(), self.scenario.borrow().horizon.len())
    }

    /// Evaluates up to `count` more months; true once every month is done.
    ///
    /// # Errors
    /// Pay awards that compound to figures too large to compute.
    pub fn step(&mut self, count: usize) -> Result<bool, Error> {
        let months: Vec<Month> = self.scenario.borrow().horizon.months().skip(self.months.len()).take(count).collect();
        for month in months {
            self.month(month)?;
        }
        Ok(self.months.len() == self.scenario.borrow().horizon.len())
    }

    /// One month of rules 1, 2, 4 to 8 and 10.
    fn month(&mut self, month: Month) -> Result<(), Error> {
        let scenario = self.scenario.borrow();
        let grant = &scenario.grant;
        // Rule 8: one pay factor per group (no group, officers, staff) and the on-cost
        // rates in force, once a month.
        let factors = [
            scenario.pay_factor(None, month)?,
            scenario.pay_factor(Some(PayGroup::Officer), month)?,
            scenario.pay_factor(Some(PayGroup::Staff), month)?,
        ];
        let rates = scenario.on_costs.in_force(month);
        let active = grant.active_in(month);
        let mut f = Figures { non_staff_cost: self.non_staff_monthly, ..Figures::default() };
        let mut headcount = Decimal::ZERO;
        let mut unfunded_posts = Money::ZERO;
        for (i, post) in scenario.posts.iter().enumerate() {
            let left = self.leaves[i].is_some_and(|l| month >= l);
            let summary = &mut self.post_summaries[i];
            let pay_factor = factors[post.group.map_or(0, |g| g.slot() + 1)];
            if post.scheduled_in(month) && !left {
                let parts = self.costs.post(i, post, pay_factor, &rates)?;
                let cost = parts.total();
                f.cost_breakdown.add(&parts);
                f.post_cost += cost;
                summary.post_cost += cost;
                headcount += post.fte.value();
                if active {
                    f.eligible += cost;
                } else {
                    unfunded_posts += cost;
                    summary.unfunded += cost;
                }
            }
            if left && post.on_funding_stop.action.redeploys() && post.within_dates(month) {
                let cost = self.costs.post(i, post, pay_factor, &rates)?.total();
                f.redeployed_cost += cost;
                summary.redeployed_cost += cost;
            }
            let returned_to_piu = left && post.on_funding_stop.action == StopAction::RedeployPiu;
            if let Some(backfill) = post.backfill.filter(|_| month >= post.start && !returned_to_piu) {
                let cost = cost_of(backfill.annual_cost.value(), pay_factor)?;
                f.backfill_cost += cost;
                summary.backfill_cost += cost;
            }
        }
        // Rule 10: an actual replaces the modelled post cost; the cap and claims follow.
        if let Some(actual) = scenario.actuals.as_ref().and_then(|a| a.post_cost(month)) {
            f.variance = actual - f.post_cost;
            f.post_cost = actual;
            f.cost_breakdown = CostBreakdown { actual, ..CostBreakdown::default() };
            (f.eligible, unfunded_posts) = if active { (actual, Money::ZERO) } else { (Money::ZERO, actual) };
        }
        let fy = month.financial_year();
        let left_in_year = self.remaining.entry(fy).or_insert_with(|| grant.allocation(fy));
        f.claimed = f.eligible.min(*left_in_year);
        *left_in_year = *left_in_year - f.claimed;
        f.cap_excess = f.eligible - f.claimed;
        f.unfunded_pressure = unfunded_posts + f.cap_excess;
        self.months.push(MonthResult { month, headcount, cash_position: Money::ZERO, figures: f });
        Ok(())
    }

    /// Evaluates the months left, then rules 3 and 11, the cash position, years and flags.
    ///
    /// # Errors
    /// As [`Evaluation::step`], or actuals that do not fit the invoices.
    pub fn finish(mut self) -> Result<Outcome, Error> {
        self.step(usize::MAX)?;
        let scenario = self.scenario.borrow();
        let mut months = self.months;
        let mut invoices = invoices_for(&months, scenario.grant.payment_lag_months);
        if let Some(actuals) = &scenario.actuals {
            // Rule 11: what the funder paid; a disallowed shortfall is pressure when paid.
            actuals.apply_to(&mut invoices, &"actuals".into())?;
            for invoice in invoices.iter().filter(|i| i.disallowed) {
                if let Some(m) = months.iter_mut().find(|m| m.month == invoice.paid) {
                    m.figures.unfunded_pressure += invoice.shortfall;
                }
            }
        }
        let peak = fill_cash_positions(&mut months, &invoices);
        let years = years_of(&months, scenario);
        let mut total = Figures::default();
        for m in &months {
            total.add(&m.figures);
        }
        let flags = flags_for(scenario, &years, &months);
        let average_fte = average_fte(months.iter());
        Ok(Outcome {
            months,
            years,
            total,
            invoices,
            peak_cash_position: peak,
            average_fte,
            posts: self.post_summaries,
            flags,
            actuals_through: scenario.actuals.as_ref().map(|a| a.through),
        })
    }
}

/// `round2(annual × factor / 12)`, checked so that no input can overflow a later sum.
fn cost_of(annual: Decimal, factor: Decimal) -> Result<Money, Error> {
    let too_large = || Error::field("pay_awards", "the pay awards compound to costs too large to compute");
    let monthly = annual.checked_mul(factor).and_then(|x| x.checked_div(Decimal::from(12))).ok_or_else(too_large)?;
    if monthly.abs() > MAX_MONTHLY_COST {
        return Err(too_large());
    }
    Ok(round2(monthly))
}

/// A post's monthly cost changes only when its pay factor or on-cost rates do, so it is
/// computed once per post per change: the division is the costly part of a large evaluation.
struct CostCache {
    last: Vec<Option<(Decimal, PostRates, CostBreakdown)>>,
}

impl CostCache {
    fn new(posts: usize) -> Self {
        CostCache { last: vec![None; posts] }
    }

    /// Rule 9 for a post built from its pay, rule 1 for an all-in post.
    fn post(
        &mut self,
        i: usize,
        post: &Post,
        pay_factor: Decimal,
        month_rates: &crate::on_costs::MonthRates,
    ) -> Result<CostBreakdown, Error> {
        // An all-in post's cost does not depend on the on-cost rates.
        let rates = if post.is_built() { month_rates.for_group(post.group) } else { PostRates::default() };
        if let Some((factor, last_rates, cost)) = self.last[i] {
            if factor == pay_factor && last_rates == rates {
                return Ok(cost);
            }
        }
        let cost = match &post.pay {
            Some(pay) => pay.month_cost(post.fte.value(), pay_factor, &rates)?,
            None => CostBreakdown {
                all_in: cost_of(post.annual_cost.value() * post.fte.value(), pay_factor)?,
                ..CostBreakdown::default()
            },
        };
        self.last[i] = Some((pay_factor, rates, cost));
        Ok(cost)
    }
}

/// Rule 3: one invoice per quarter with a claim, raised the month after the calendar
/// quarter ends and paid `lag` months later.
fn invoices_for(months: &[MonthResult], lag: u32) -> Vec<Invoice> {
    let mut invoices: Vec<Invoice> = Vec::new();
    for m in months {
        let fy = m.month.financial_year();
        let quarter = m.month.quarter();
        match invoices.last_mut() {
            Some(last) if last.fy == fy && last.quarter == quarter => last.amount += m.figures.claimed,
            _ => {
                let raised = m.month.quarter_end().next();
                invoices.push(Invoice {
                    fy,
                    quarter,
                    amount: m.figures.claimed,
                    raised,
                    paid: raised.plus(lag as i32),
                    shortfall: Money::ZERO,
                    disallowed: false,
                });
            }
        }
    }
    invoices.retain(|i| i.amount.is_positive());
    invoices
}

/// Writes each month's cash position and returns the peak (first month reached).
fn fill_cash_positions(months: &mut [MonthResult], invoices: &[Invoice]) -> Peak {
    let mut claimed = Money::ZERO;
    let mut peak = Peak { amount: Money::ZERO, month: None };
    for m in months.iter_mut() {
        claimed += m.figures.claimed;
        let paid: Money = invoices.iter().filter(|i| i.paid <= m.month).map(Invoice::settled).sum();
        m.cash_position = claimed - paid;
        if m.cash_position > peak.amount {
            peak = Peak { amount: m.cash_position, month: Some(m.month) };
        }
    }
    peak
}

fn years_of(months: &[MonthResult], scenario: &Scenario) -> Vec<YearResult> {
    let mut years: Vec<YearResult> = Vec::new();
    for m in months {
        let fy = m.month.financial_year();
        if years.last().is_none_or(|y| y.fy != fy) {
            let allocation = scenario.grant.allocation(fy);
            years.push(YearResult {
                fy,
                allocation,
                cap_headroom: Money::ZERO,
                figures: Figures::default(),
                peak_cash_position: Peak { amount: Money::ZERO, month: None },
                average_fte: Decimal::ZERO,
            });
        }
        if let Some(year) = years.last_mut() {
            year.figures.add(&m.figures);
            // The first month the year's most is owed, as for the horizon's peak.
            if m.cash_position > year.peak_cash_position.amount {
                year.peak_cash_position = Peak { amount: m.cash_position, month: Some(m.month) };
            }
        }
    }
    for y in &mut years {
        y.cap_headroom = if y.allocation > y.figures.claimed { y.allocation - y.figures.claimed } else { Money::ZERO };
        y.average_fte = average_fte(months.iter().filter(|m| m.month.financial_year() == y.fy));
    }
    years
}

/// The flags of MODEL.md, from the evaluated years and months.
fn flags_for(scenario: &Scenario, years: &[YearResult], months: &[MonthResult]) -> Vec<Flag> {
    let mut flags = Vec::new();
    for y in years.iter().filter(|y| y.figures.cap_excess.is_positive()) {
        let first = months.iter().find(|m| m.month.financial_year() == y.fy && m.figures.cap_excess.is_positive());
        if let Some(first) = first {
            flags.push(Flag::CapExceeded { fy: y.fy, amount: y.figures.cap_excess, from: first.month });
        }
    }
    let expires = AGREEMENT_EXPIRY;
    // The 2023/24 allocation is the one the expiring agreement covers: only a later
    // year's allocation shows that funding was agreed beyond it.
    let allocation_after_expiry =
        scenario.grant.allocations.iter().any(|a| a.fy.first_month() > expires && a.amount.is_positive());
    if scenario.horizon.end > expires && !allocation_after_expiry {
        flags.push(Flag::AgreementExpiry { expires });
    }
    let value: Money = scenario.grant.allocations.iter().map(|a| a.amount).sum();
    if value >= publication_threshold() {
        flags.push(Flag::PublicationDuty { value });
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_monthly_cost_ceiling_is_a_thousand_million_million() {
        assert_eq!(MAX_MONTHLY_COST, Decimal::from(1_000_000_000_000_000_i64));
    }
}
