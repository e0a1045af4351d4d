//! The month-by-month computation: rules 1 to 7 of the model, in one pass over the
//! horizon. [`evaluate`] is the only way figures are made.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::error::Error;
use crate::flags::{flags_for, Flag};
use crate::money::{round2, Money};
use crate::month::{FinancialYear, Month};
use crate::post::{Post, StopAction};
use crate::scenario::Scenario;

/// The figures of a month, a financial year or the whole horizon: always exact sums of
/// the rounded monthly costs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Figures {
    /// Cost of every post in post, funded or not.
    pub post_cost: Money,
    /// Post cost in months the grant is active.
    pub eligible: Money,
    /// What the grant pays: eligible cost up to the year's allocation.
    pub claimed: Money,
    /// Eligible cost above the year's allocation.
    pub cap_excess: Money,
    /// Post cost after the stop plus cap excess: what the MPS must find elsewhere.
    pub unfunded_pressure: Money,
    /// Backfill of the vacated core roles, borne by the retained core budget.
    pub backfill_cost: Money,
    /// Officers redeployed out of the funded structure, borne by the receiving budget.
    pub redeployed_cost: Money,
    /// MPS-provided non-staff costs.
    pub non_staff_cost: Money,
}

impl Figures {
    /// Adds `other` field by field: for subtotals of months, quarters and years.
    pub fn add(&mut self, other: &Figures) {
        self.post_cost += other.post_cost;
        self.eligible += other.eligible;
        self.claimed += other.claimed;
        self.cap_excess += other.cap_excess;
        self.unfunded_pressure += other.unfunded_pressure;
        self.backfill_cost += other.backfill_cost;
        self.redeployed_cost += other.redeployed_cost;
        self.non_staff_cost += other.non_staff_cost;
    }
}

/// One month of the horizon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthResult {
    pub month: Month,
    /// FTE in post this month (redeployed and departed posts are not counted).
    pub headcount: Decimal,
    /// Claimed so far less paid so far, at the end of the month.
    pub cash_position: Money,
    pub figures: Figures,
}

/// One financial year that the horizon touches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearResult {
    pub fy: FinancialYear,
    pub allocation: Money,
    /// Allocation less claimed: never negative.
    pub cap_headroom: Money,
    pub figures: Figures,
}

/// A quarterly invoice to the funder, raised the month after the quarter ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invoice {
    pub fy: FinancialYear,
    pub quarter: u8,
    pub amount: Money,
    pub raised: Month,
    pub paid: Month,
}

impl Invoice {
    /// `2023/24 Q1`.
    pub fn label(&self) -> String {
        self.fy.quarter_label(self.quarter)
    }
}

/// The most the funder owes at any month end, and the first month it is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Peak {
    pub amount: Money,
    pub month: Option<Month>,
}

/// What happens to one post over the horizon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostSummary {
    pub id: String,
    pub post_cost: Money,
    pub unfunded: Money,
    pub backfill_cost: Money,
    pub redeployed_cost: Money,
    /// The month the post leaves the funded structure, when it does within the horizon.
    pub leaves: Option<Month>,
}

/// Every figure of a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub months: Vec<MonthResult>,
    pub years: Vec<YearResult>,
    pub total: Figures,
    pub invoices: Vec<Invoice>,
    pub peak_cash_position: Peak,
    pub posts: Vec<PostSummary>,
    pub flags: Vec<Flag>,
}

impl Outcome {
    /// The cash position at the end of any month, also after the horizon (when the last
    /// invoices are paid): claimed up to `month` less invoices paid up to `month`.
    pub fn cash_position_at(&self, month: Month) -> Money {
        let claimed: Money = self.months.iter().filter(|m| m.month <= month).map(|m| m.figures.claimed).sum();
        let paid: Money = self.invoices.iter().filter(|i| i.paid <= month).map(|i| i.amount).sum();
        claimed - paid
    }

    /// The year of `fy`, if the horizon touches it.
    pub fn year(&self, fy: FinancialYear) -> Option<&YearResult> {
        self.years.iter().find(|y| y.fy == fy)
    }
}

/// A monthly cost so large that no real plan reaches it: beyond it sums could overflow.
pub(crate) const MAX_MONTHLY_COST: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0); // £1e15

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
    scenario.validate()?;
    let grant = &scenario.grant;
    let first_unfunded = grant.first_unfunded_month();
    let leaves: Vec<Option<Month>> = scenario
        .posts
        .iter()
        .map(|p| match (first_unfunded, p.on_funding_stop.action.leaves()) {
            (Some(first), true) => Some(first.plus(p.on_funding_stop.lag_months as i32)),
            _ => None,
        })
        .collect();

    let mut costs = CostCache::new(scenario.posts.len());
    let mut post_summaries: Vec<PostSummary> = scenario
        .posts
        .iter()
        .zip(&leaves)
        .map(|(p, leave)| PostSummary {
            id: p.id.clone(),
            post_cost: Money::ZERO,
            unfunded: Money::ZERO,
            backfill_cost: Money::ZERO,
            redeployed_cost: Money::ZERO,
            leaves: leave.filter(|l| scenario.horizon.contains(*l)),
        })
        .collect();
    let non_staff_monthly: Money =
        scenario.non_staff.iter().map(|n| round2(n.annual_cost.value() / Decimal::from(12))).sum();

    let mut remaining: BTreeMap<FinancialYear, Money> = BTreeMap::new();
    let mut months = Vec::with_capacity(scenario.horizon.len());
    for month in scenario.horizon.months() {
        let pay_factor = scenario.pay_factor(month)?;
        let active = grant.active_in(month);
        let mut f = Figures { non_staff_cost: non_staff_monthly, ..Figures::default() };
        let mut headcount = Decimal::ZERO;
        let mut unfunded_posts = Money::ZERO;
        for (i, post) in scenario.posts.iter().enumerate() {
            let left = leaves[i].is_some_and(|l| month >= l);
            let summary = &mut post_summaries[i];
            if post.scheduled_in(month) && !left {
                let cost = costs.post(i, post, pay_factor)?;
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
                let cost = costs.post(i, post, pay_factor)?;
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
        let fy = month.financial_year();
        let left_in_year = remaining.entry(fy).or_insert_with(|| grant.allocation(fy));
        f.claimed = f.eligible.min(*left_in_year);
        *left_in_year = *left_in_year - f.claimed;
        f.cap_excess = f.eligible - f.claimed;
        f.unfunded_pressure = unfunded_posts + f.cap_excess;
        months.push(MonthResult { month, headcount, cash_position: Money::ZERO, figures: f });
    }

    let invoices = invoices_for(&months, grant.payment_lag_months);
    let peak = fill_cash_positions(&mut months, &invoices);
    let years = years_of(&months, scenario);
    let mut total = Figures::default();
    for m in &months {
        total.add(&m.figures);
    }
    let flags = flags_for(scenario, &years, &months);
    Ok(Outcome { months, years, total, invoices, peak_cash_position: peak, posts: post_summaries, flags })
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

/// A post's monthly cost changes only when the pay factor does, so it is computed once per
/// post per pay factor: the division is the costly part of a large evaluation.
struct CostCache {
    last: Vec<Option<(Decimal, Money)>>,
}

impl CostCache {
    fn new(posts: usize) -> Self {
        CostCache { last: vec![None; posts] }
    }

    fn post(&mut self, i: usize, post: &Post, pay_factor: Decimal) -> Result<Money, Error> {
        if let Some((factor, cost)) = self.last[i] {
            if factor == pay_factor {
                return Ok(cost);
            }
        }
        let cost = cost_of(post.annual_cost.value() * post.fte.value(), pay_factor)?;
        self.last[i] = Some((pay_factor, cost));
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
        let paid: Money = invoices.iter().filter(|i| i.paid <= m.month).map(|i| i.amount).sum();
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
            years.push(YearResult { fy, allocation, cap_headroom: Money::ZERO, figures: Figures::default() });
        }
        if let Some(year) = years.last_mut() {
            year.figures.add(&m.figures);
        }
    }
    for y in &mut years {
        y.cap_headroom = if y.allocation > y.figures.claimed { y.allocation - y.figures.claimed } else { Money::ZERO };
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_monthly_cost_ceiling_is_a_thousand_million_million() {
        assert_eq!(MAX_MONTHLY_COST, Decimal::from(1_000_000_000_000_000_i64));
    }
}
