//! Larger scenarios for benchmarks and load checks (not shown to planners as defaults).

use crate::grant::{Allocation, Grant};
use crate::money::{Fte, Money, Percent};
use crate::month::{FinancialYear, Month};
use crate::post::{Backfill, Post, StopAction, StopResponse, Team, Vacancy};
use crate::scenario::{Horizon, NonStaffCost, PayAward, Scenario};

/// National scale: 10 hubs × 50 posts over 120 months (2023/24 to 2032/33), with pay
/// awards every September, vacancies, backfills, part-time posts, every stop action and a
/// stop in March 2030, so every rule is exercised.
pub fn national_scale() -> Scenario {
    let start = Month::known(2023, 4);
    let actions = [StopAction::Continue, StopAction::End, StopAction::RedeployOcu, StopAction::RedeployPiu];
    let posts = (0..500_i64)
        .map(|i| {
            let hub = i / 50;
            let starts = start.plus((i % 7) as i32);
            Post {
                id: format!("hub{hub}-post{i}"),
                title: if i % 5 == 0 { "Detective Sergeant".into() } else { "Detective Constable".into() },
                team: if i % 3 == 0 { Team::Corruption } else { Team::Marsoc },
                group: None,
                annual_cost: Money::pence((60_000 + (i % 13) * 1_200) * 100),
                pay: None,
                fte: if i % 4 == 0 { Fte::parse("0.8").unwrap_or_default() } else { Fte::FULL },
                start: starts,
                end: (i % 9 == 0).then(|| starts.plus(60 + (i % 30) as i32)),
                vacancies: if i % 6 == 0 {
                    vec![Vacancy { from: starts.plus(14), to: starts.plus(16) }]
                } else {
                    vec![]
                },
                backfill: (i % 2 == 0).then(|| Backfill { annual_cost: Money::pence((55_000 + (i % 11) * 900) * 100) }),
                on_funding_stop: StopResponse { action: actions[(i % 4) as usize], lag_months: (i % 4) as u32 },
            }
        })
        .collect();
    let pay_awards = (0..10)
        .filter_map(|y| {
            Some(PayAward::for_all(
                Month::known(2023 + y, 9),
                Percent::parse(["7", "4.75", "4.2", "3", "2.5"][y as usize % 5]).ok()?,
            ))
        })
        .collect();
    Scenario {
        name: "National scale: 10 hubs × 50 posts".into(),
        horizon: Horizon { start, end: start.plus(119) },
        posts,
        pay_awards,
        grant: Grant {
            name: "MoJ (HMPPS) SOC grant, national".into(),
            allocations: (2023..2033)
                .map(|fy| Allocation { fy: FinancialYear(fy), amount: Money::pence(38_000_000_00) })
                .collect(),
            stops_after: Some(Month::known(2030, 3)),
            payment_lag_months: 1,
        },
        non_staff: vec![NonStaffCost { name: "Hub running costs".into(), annual_cost: Money::pence(250_000_00) }],
        on_costs: Default::default(),
        actuals: None,
        note: None,
    }
}
