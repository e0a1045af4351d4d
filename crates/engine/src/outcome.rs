//! What [`crate::evaluate`] gives: every figure of a scenario, by month, financial year and
//! in total. Figures several screens show (a year's peak cash, average FTE) are fields
//! here, computed once.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::flags::Flag;
use crate::money::Money;
use crate::month::{FinancialYear, Month};

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
    /// `post_cost` by part: its parts add up to it exactly.
    pub cost_breakdown: CostBreakdown,
    /// Actual less modelled post cost (rule 10): 0 without actuals; negative when under.
    pub variance: Money,
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
        self.cost_breakdown.add(&other.cost_breakdown);
        self.variance += other.variance;
    }
}

/// The parts of a post cost (MODEL.md version 2): pay and each employer on-cost of posts
/// built from their pay, the cost of all-in posts, and actual costs that replace the
/// modelled ones. Every part is an exact sum of rounded pennies.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CostBreakdown {
    pub pay: Money,
    pub employer_ni: Money,
    pub employer_pension: Money,
    pub apprenticeship_levy: Money,
    /// Posts costed all-in (`annual_cost`, on-costs included).
    pub all_in: Money,
    /// Months with an actual put their whole post cost here.
    pub actual: Money,
}

impl CostBreakdown {
    /// The sum of the parts: the post cost they make up.
    pub fn total(&self) -> Money {
        self.pay + self.employer_ni + self.employer_pension + self.apprenticeship_levy + self.all_in + self.actual
    }

    pub fn add(&mut self, other: &CostBreakdown) {
        self.pay += other.pay;
        self.employer_ni += other.employer_ni;
        self.employer_pension += other.employer_pension;
        self.apprenticeship_levy += other.apprenticeship_levy;
        self.all_in += other.all_in;
        self.actual += other.actual;
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
    /// The most the funder owes at a month end within the year, first reached when (none
    /// when nothing is owed).
    pub peak_cash_position: Peak,
    /// Average FTE in post over the year's months within the horizon, to two decimals:
    /// average FTE × annual cost is what the year costs.
    pub average_fte: Decimal,
}

/// A quarterly invoice to the funder, raised the month after the quarter ends. With an
/// actual (rule 11), `amount` and `paid` are what the funder paid, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invoice {
    pub fy: FinancialYear,
    pub quarter: u8,
    pub amount: Money,
    pub raised: Month,
    pub paid: Month,
    /// The quarter's claim less what was paid: still owed, unless disallowed.
    pub shortfall: Money,
    /// The funder will not pay the shortfall: it leaves the cash position when paid.
    pub disallowed: bool,
}

impl Invoice {
    /// `2023/24 Q1`.
    pub fn label(&self) -> String {
        self.fy.quarter_label(self.quarter)
    }

    /// What the invoice takes off the cash position in its `paid` month: the payment, and
    /// a disallowed shortfall written off.
    pub fn settled(&self) -> Money {
        if self.disallowed {
            self.amount + self.shortfall
        } else {
            self.amount
        }
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
    /// Average FTE in post over the whole horizon, to two decimals.
    pub average_fte: Decimal,
    pub posts: Vec<PostSummary>,
    pub flags: Vec<Flag>,
    /// The last month with actuals, if the scenario has any.
    pub actuals_through: Option<Month>,
}

impl Outcome {
    /// The cash position at the end of any month, also after the horizon (when the last
    /// invoices are paid): claimed up to `month` less invoices paid up to `month`.
    pub fn cash_position_at(&self, month: Month) -> Money {
        let claimed: Money = self.months.iter().filter(|m| m.month <= month).map(|m| m.figures.claimed).sum();
        let paid: Money = self.invoices.iter().filter(|i| i.paid <= month).map(Invoice::settled).sum();
        claimed - paid
    }

    /// The year of `fy`, if the horizon touches it.
    pub fn year(&self, fy: FinancialYear) -> Option<&YearResult> {
        self.years.iter().find(|y| y.fy == fy)
    }
}

/// Average FTE in post over `months`, to two decimals (half away from zero); 0 for none.
pub(crate) fn average_fte<'a>(months: impl Iterator<Item = &'a MonthResult>) -> Decimal {
    let (sum, count) = months.fold((Decimal::ZERO, 0u32), |(s, n), m| (s + m.headcount, n + 1));
    if count == 0 {
        return Decimal::ZERO;
    }
    (sum / Decimal::from(count)).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}
