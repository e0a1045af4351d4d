//! Shared builders for the scenario tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use planner_engine::*;

pub fn m(text: &str) -> Month {
    Month::parse(text).unwrap()
}

pub fn money(text: &str) -> Money {
    Money::parse(text).unwrap()
}

pub fn gbp(pence: i64) -> Money {
    Money::pence(pence)
}

pub fn default_with(change: impl FnOnce(&mut Scenario)) -> Scenario {
    let mut s = Scenario::default_scenario();
    change(&mut s);
    s
}

pub fn eval(s: &Scenario) -> Outcome {
    evaluate(s).unwrap_or_else(|e| panic!("evaluate failed: {e}"))
}

pub fn year(o: &Outcome, fy: i32) -> &YearResult {
    o.year(FinancialYear(fy)).unwrap()
}

pub fn month<'a>(o: &'a Outcome, text: &str) -> &'a MonthResult {
    o.months.iter().find(|r| r.month == m(text)).unwrap()
}

/// One full-time post, April 2023 on, £12,000.00 a year (£1,000.00 a month).
pub fn simple_post(id: &str) -> Post {
    Post {
        id: id.into(),
        title: "Detective Constable".into(),
        team: Team::Marsoc,
        group: None,
        annual_cost: gbp(12_000_00),
        pay: None,
        fte: Fte::FULL,
        start: m("2023-04"),
        end: None,
        vacancies: vec![],
        backfill: None,
        on_funding_stop: StopResponse::default(),
    }
}

/// One £12,000 post, a 12-month horizon from April 2023, allocation £12,000 for 2023/24.
pub fn one_post_year() -> Scenario {
    Scenario {
        name: "One post".into(),
        horizon: Horizon { start: m("2023-04"), end: m("2024-03") },
        posts: vec![simple_post("p1")],
        pay_awards: vec![],
        grant: Grant {
            name: "Grant".into(),
            allocations: vec![Allocation { fy: FinancialYear(2023), amount: gbp(12_000_00) }],
            stops_after: None,
            payment_lag_months: 1,
        },
        non_staff: vec![],
        on_costs: OnCosts::default(),
        actuals: None,
        note: None,
    }
}
