//! The report's position as a scenario: what the planner shows on first open.

use crate::grant::{Allocation, Grant, DEFAULT_PAYMENT_LAG};
use crate::money::{Fte, Money};
use crate::month::{FinancialYear, Month};
use crate::on_costs::OnCosts;
use crate::post::{Backfill, Post, StopResponse, Team};
use crate::scenario::{Horizon, NonStaffCost, Scenario};

/// The name of the baseline scenario.
pub const BASELINE_NAME: &str = "Business as usual";

/// Said wherever per-post costs are shown: the report gives only the total.
pub const ILLUSTRATIVE_SPLIT_NOTE: &str = "The report gives only the total of £382,590 a year; \
     the split between posts is illustrative.";

impl Scenario {
    /// The seed report's position: five posts costing £382,590.00 a year in total, the
    /// 2023/24 grant of £382,590 and caps of £500,000 for 2024/25 and 2025/26, paid
    /// quarterly in arrears one month after each invoice; funding does not stop.
    ///
    /// The split between posts is illustrative (the report gives only the total); each
    /// post's monthly cost is a whole number of pennies. The four officers came from the
    /// PIU, whose retained budget backfills their core roles (illustratively at the same
    /// cost); the IDO post was filled from outside, so it has no backfill.
    pub fn default_scenario() -> Scenario {
        let april_2023 = Month::known(2023, 4);
        let post = |id: &str, title: &str, team: Team, pounds: i64, backfill: bool| Post {
            id: id.into(),
            title: title.into(),
            team,
            group: None,
            annual_cost: Money::pence(pounds * 100),
            pay: None,
            fte: Fte::FULL,
            start: april_2023,
            end: None,
            vacancies: Vec::new(),
            backfill: backfill.then_some(Backfill { annual_cost: Money::pence(pounds * 100) }),
            on_funding_stop: StopResponse::default(),
        };
        Scenario {
            name: BASELINE_NAME.into(),
            horizon: Horizon { start: april_2023, end: Month::known(2026, 3) },
            posts: vec![
                post("ds-marsoc", "Detective Sergeant", Team::Marsoc, 88_950, true),
                post("dc-marsoc", "Detective Constable", Team::Marsoc, 76_020, true),
                post("dc-corruption-1", "Detective Constable", Team::Corruption, 76_020, true),
                post("dc-corruption-2", "Detective Constable", Team::Corruption, 76_020, true),
                post("ido", "Intelligence Development Officer (Band E)", Team::Marsoc, 65_580, false),
            ],
            pay_awards: Vec::new(),
            grant: Grant {
                name: "MoJ (HMPPS) SOC grant".into(),
                allocations: [(2023, 382_590), (2024, 500_000), (2025, 500_000)]
                    .into_iter()
                    .map(|(fy, pounds)| Allocation { fy: FinancialYear(fy), amount: Money::pence(pounds * 100) })
                    .collect(),
                stops_after: None,
                payment_lag_months: DEFAULT_PAYMENT_LAG,
            },
            non_staff: vec![NonStaffCost {
                name: "Line management, IT, vehicles and desk space (MPS-provided)".into(),
                annual_cost: Money::ZERO,
            }],
            on_costs: OnCosts::default(),
            actuals: None,
            note: None,
        }
    }
}
