//! Ready-made options a planner adds in one click: each is an ordinary scenario built
//! from the baseline, editable like any other.

use crate::grant::Allocation;
use crate::money::{Money, Percent};
use crate::month::{FinancialYear, Month};
use crate::post::{StopAction, StopResponse};
use crate::published;
use crate::scenario::{PayAward, Scenario};

/// The options of the IAM paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReadyMade {
    FundingContinues,
    AgreementLapses,
    ReviewEndsFunding,
    PayAwards,
    LowerCap,
    /// Version 2: the posts built from pay with the published awards and on-costs.
    PublishedPay,
}

impl ReadyMade {
    pub const ALL: [ReadyMade; 5] = [
        ReadyMade::FundingContinues,
        ReadyMade::AgreementLapses,
        ReadyMade::ReviewEndsFunding,
        ReadyMade::PayAwards,
        ReadyMade::LowerCap,
    ];

    /// The ready-made options that build posts from their pay (version 2 files), offered
    /// apart from [`ReadyMade::ALL`], the IAM paper's options.
    pub const BUILT_FROM_PAY: [ReadyMade; 1] = [ReadyMade::PublishedPay];

    pub fn name(self) -> &'static str {
        match self {
            ReadyMade::FundingContinues => "Funding continues to March 2026",
            ReadyMade::AgreementLapses => "Agreement lapses December 2023",
            ReadyMade::ReviewEndsFunding => "Annual review ends funding March 2024 — officers redeployed",
            ReadyMade::PayAwards => "Police pay awards applied",
            ReadyMade::LowerCap => "Grant cut to a lower cap",
            ReadyMade::PublishedPay => "Published pay awards and on-costs, 2023 to 2026",
        }
    }

    /// What the option changes, in a sentence.
    pub fn describe(self) -> &'static str {
        match self {
            ReadyMade::FundingContinues => "The grant runs to March 2026 with the caps as offered; nobody moves.",
            ReadyMade::AgreementLapses => {
                "No new agreement: funding stops after December 2023, no allocations after 2023/24, everyone carries on at MPS cost."
            }
            ReadyMade::ReviewEndsFunding => {
                "Funding stops after March 2024; the four officers return to their PIU core roles (backfill ends) and the IDO moves elsewhere in the OCU, from April 2024."
            }
            ReadyMade::PayAwards => "Police pay awards of 7% (Sep 2023), 4.75% (Sep 2024) and 4.2% (Sep 2025).",
            ReadyMade::LowerCap => "The 2024/25 and 2025/26 caps are cut from £500,000 to £350,000.",
            ReadyMade::PublishedPay => {
                "The five posts built from salary and allowances (illustrative), with the officer and staff pay awards, employer NI, pension and apprenticeship levy rates as published; figures not found are assumptions to replace."
            }
        }
    }

    /// The option, built from `base` (normally the baseline).
    pub fn build(self, base: &Scenario) -> Scenario {
        let mut s = base.clone();
        s.name = self.name().into();
        match self {
            ReadyMade::FundingContinues => s.grant.stops_after = None,
            ReadyMade::AgreementLapses => {
                s.grant.stops_after = Some(Month::known(2023, 12));
                s.grant.allocations.retain(|a| a.fy.0 <= 2023);
                for p in &mut s.posts {
                    p.on_funding_stop = StopResponse::default();
                }
            }
            ReadyMade::ReviewEndsFunding => {
                // The review gives notice, so the moves are planned for the first unfunded month.
                s.grant.stops_after = Some(Month::known(2024, 3));
                for p in &mut s.posts {
                    let action = if p.backfill.is_some() { StopAction::RedeployPiu } else { StopAction::RedeployOcu };
                    p.on_funding_stop = StopResponse { action, lag_months: 0 };
                }
            }
            ReadyMade::PayAwards => {
                s.pay_awards = [(2023, "7"), (2024, "4.75"), (2025, "4.2")]
                    .into_iter()
                    .filter_map(|(year, pct)| Some(PayAward::for_all(Month::known(year, 9), Percent::parse(pct).ok()?)))
                    .collect();
            }
            ReadyMade::LowerCap => {
                for fy in [2024, 2025] {
                    s.grant.allocations.retain(|a| a.fy.0 != fy);
                    s.grant.allocations.push(Allocation { fy: FinancialYear(fy), amount: Money::pence(350_000_00) });
                }
                s.grant.allocations.sort_by_key(|a| a.fy);
            }
            ReadyMade::PublishedPay => {
                // Posts of the default scenario are built from their illustrative pay;
                // any other post keeps its all-in cost.
                for p in &mut s.posts {
                    if let Some((group, pay)) = published::pay_of(&p.id) {
                        *p = p.clone().with_pay(group, pay);
                    }
                }
                s.pay_awards = published::pay_awards();
                s.on_costs = published::on_costs();
            }
        }
        s
    }
}
