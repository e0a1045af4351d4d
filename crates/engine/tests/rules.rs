//! One test per rule of MODEL.md (and per precise reading), on small scenarios whose
//! figures can be checked by hand: one £12,000 post is £1,000.00 a month.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use planner_engine::*;

fn stop_with(action: StopAction, lag: u32) -> Scenario {
    let mut s = one_post_year();
    s.grant.stops_after = Some(m("2023-09"));
    s.posts[0].on_funding_stop = StopResponse { action, lag_months: lag };
    s.posts[0].backfill = Some(Backfill { annual_cost: gbp(6_000_00) });
    s
}

#[test]
fn pay_awards_compound_from_their_effective_month() {
    let mut s = one_post_year();
    s.pay_awards = vec![
        PayAward::for_all(m("2024-01"), Percent::parse("5").unwrap()),
        PayAward::for_all(m("2023-09"), Percent::parse("10").unwrap()),
    ];
    s.grant.allocations[0].amount = gbp(1_000_000_00);
    let o = eval(&s);
    assert_eq!(month(&o, "2023-08").figures.post_cost, gbp(1_000_00));
    assert_eq!(month(&o, "2023-09").figures.post_cost, gbp(1_100_00));
    // 1000 × 1.10 × 1.05 = 1155.00 exactly: compounding, not 1000 × 1.15.
    assert_eq!(month(&o, "2024-01").figures.post_cost, gbp(1_155_00));
}

#[test]
fn a_cost_is_rounded_once_per_month_half_away_from_zero() {
    let mut s = one_post_year();
    s.posts[0].annual_cost = money("1000.06"); // 83.338333… a month
    s.pay_awards = vec![PayAward::for_all(m("2023-04"), Percent::parse("0.5").unwrap())];
    let o = eval(&s);
    // 1000.06 × 1.005 / 12 = 83.755025 → 83.76
    assert_eq!(month(&o, "2023-04").figures.post_cost, money("83.76"));
    assert_eq!(o.total.post_cost, money("1005.12"));
}

#[test]
fn cap_excess_can_arise_mid_quarter_and_belongs_to_that_quarter() {
    let mut s = one_post_year();
    s.grant.allocations[0].amount = gbp(4_500_00); // runs out half-way through August
    let o = eval(&s);
    assert_eq!(month(&o, "2023-07").figures.claimed, gbp(1_000_00));
    assert_eq!(month(&o, "2023-08").figures.claimed, gbp(500_00));
    assert_eq!(month(&o, "2023-08").figures.cap_excess, gbp(500_00));
    assert_eq!(month(&o, "2023-08").figures.unfunded_pressure, gbp(500_00));
    assert_eq!(month(&o, "2023-09").figures.cap_excess, gbp(1_000_00));
    let y = year(&o, 2023);
    assert_eq!((y.figures.claimed, y.figures.cap_excess, y.cap_headroom), (gbp(4_500_00), gbp(7_500_00), Money::ZERO));
    let q2 = o.invoices.iter().find(|i| i.quarter == 2).unwrap();
    assert_eq!(q2.amount, gbp(1_500_00));
    assert_eq!(o.invoices.len(), 2, "no invoice for quarters with nothing claimed");
    assert_eq!(o.flags[0], Flag::CapExceeded { fy: FinancialYear(2023), amount: gbp(7_500_00), from: m("2023-08") });
}

#[test]
fn a_year_with_no_allocation_turns_all_eligible_cost_into_cap_excess() {
    let mut s = one_post_year();
    s.horizon.end = m("2025-03");
    let o = eval(&s);
    let y = year(&o, 2024);
    assert_eq!((y.allocation, y.figures.claimed, y.figures.cap_excess), (Money::ZERO, Money::ZERO, gbp(12_000_00)));
    assert_eq!(y.figures.unfunded_pressure, gbp(12_000_00));
    assert!(o.flags.contains(&Flag::AgreementExpiry { expires: m("2023-12") }));
}

#[test]
fn continue_keeps_the_post_at_mps_cost_until_its_own_end() {
    let mut s = stop_with(StopAction::Continue, 0);
    s.posts[0].end = Some(m("2024-01"));
    let o = eval(&s);
    assert_eq!(month(&o, "2023-10").figures.unfunded_pressure, gbp(1_000_00));
    assert_eq!(month(&o, "2024-01").figures.unfunded_pressure, gbp(1_000_00));
    assert_eq!(month(&o, "2024-02").figures.post_cost, Money::ZERO);
    assert_eq!(o.total.unfunded_pressure, gbp(4_000_00));
    assert_eq!(o.total.backfill_cost, gbp(6_000_00), "backfill runs to the horizon's end whatever the post's end");
}

#[test]
fn end_without_lag_stops_the_cost_at_once() {
    let o = eval(&stop_with(StopAction::End, 0));
    assert_eq!(o.total.unfunded_pressure, Money::ZERO);
    assert_eq!(month(&o, "2023-10").headcount.to_string(), "0");
    assert_eq!(o.posts[0].leaves, Some(m("2023-10")));
}

#[test]
fn end_with_lag_costs_the_lag_months_unfunded() {
    let o = eval(&stop_with(StopAction::End, 2));
    assert_eq!(o.total.unfunded_pressure, gbp(2_000_00));
    assert_eq!(month(&o, "2023-11").figures.post_cost, gbp(1_000_00));
    assert_eq!(month(&o, "2023-12").figures.post_cost, Money::ZERO);
    assert_eq!(o.total.redeployed_cost, Money::ZERO);
}

#[test]
fn redeploy_ocu_moves_the_cost_to_the_receiving_budget_and_keeps_the_backfill() {
    let o = eval(&stop_with(StopAction::RedeployOcu, 1));
    assert_eq!(o.total.unfunded_pressure, gbp(1_000_00));
    assert_eq!(o.total.redeployed_cost, gbp(5_000_00)); // Nov 2023 to Mar 2024
    assert_eq!(o.total.backfill_cost, gbp(6_000_00));
}

#[test]
fn redeploy_piu_ends_the_backfill_when_the_officer_returns() {
    let o = eval(&stop_with(StopAction::RedeployPiu, 0));
    assert_eq!(o.total.unfunded_pressure, Money::ZERO);
    assert_eq!(o.total.redeployed_cost, gbp(6_000_00)); // Oct 2023 to Mar 2024
    assert_eq!(o.total.backfill_cost, gbp(3_000_00)); // Apr to Sep 2023 only
    assert_eq!(month(&o, "2023-10").figures.backfill_cost, Money::ZERO);
    let lagged = eval(&stop_with(StopAction::RedeployPiu, 3));
    assert_eq!(lagged.total.unfunded_pressure, gbp(3_000_00));
    assert_eq!(lagged.total.backfill_cost, gbp(4_500_00)); // to December
}

#[test]
fn redeploy_piu_ends_the_backfill_even_after_the_post_ended() {
    let mut s = stop_with(StopAction::RedeployPiu, 2);
    s.posts[0].end = Some(m("2023-10"));
    let o = eval(&s);
    assert_eq!(o.total.redeployed_cost, Money::ZERO, "nothing to redeploy after the post's end");
    assert_eq!(month(&o, "2023-11").figures.backfill_cost, gbp(500_00));
    assert_eq!(month(&o, "2023-12").figures.backfill_cost, Money::ZERO);
}

#[test]
fn the_lag_counts_from_the_first_unfunded_month_whatever_the_post_start() {
    let mut s = stop_with(StopAction::End, 3);
    s.posts[0].start = m("2023-11");
    let o = eval(&s);
    // Leaves in January 2024 (October + 3), so only November and December are costed.
    assert_eq!(o.total.post_cost, gbp(2_000_00));
    assert_eq!(o.total.unfunded_pressure, gbp(2_000_00));
}

#[test]
fn vacancies_remove_the_cost_but_not_the_backfill() {
    let mut s = one_post_year();
    s.posts[0].vacancies = vec![Vacancy { from: m("2023-06"), to: m("2023-08") }];
    s.posts[0].backfill = Some(Backfill { annual_cost: gbp(12_000_00) });
    let o = eval(&s);
    assert_eq!(o.total.post_cost, gbp(9_000_00));
    assert_eq!(o.total.backfill_cost, gbp(12_000_00));
    assert_eq!(month(&o, "2023-07").headcount.to_string(), "0");
    assert_eq!(year(&o, 2023).cap_headroom, gbp(3_000_00));
}

#[test]
fn redeployed_cost_ignores_vacancies() {
    let mut s = stop_with(StopAction::RedeployOcu, 0);
    s.posts[0].vacancies = vec![Vacancy { from: m("2023-11"), to: m("2023-12") }];
    assert_eq!(eval(&s).total.redeployed_cost, gbp(6_000_00));
}

#[test]
fn part_time_posts_cost_their_fte_and_backfill_ignores_it() {
    let mut s = one_post_year();
    s.posts[0].fte = Fte::parse("0.6").unwrap();
    s.posts[0].backfill = Some(Backfill { annual_cost: gbp(12_000_00) });
    let o = eval(&s);
    assert_eq!(month(&o, "2023-04").figures.post_cost, gbp(600_00));
    assert_eq!(month(&o, "2023-04").figures.backfill_cost, gbp(1_000_00));
    assert_eq!(month(&o, "2023-04").headcount, rust_decimal::Decimal::new(6, 1));
}

#[test]
fn the_stop_quarter_is_invoiced_and_paid_as_usual() {
    let mut s = one_post_year();
    s.grant.stops_after = Some(m("2023-11"));
    s.grant.payment_lag_months = 2;
    let o = eval(&s);
    let q3 = o.invoices.iter().find(|i| i.quarter == 3).unwrap();
    assert_eq!((q3.amount, q3.raised, q3.paid), (gbp(2_000_00), m("2024-01"), m("2024-03")));
    assert_eq!(o.invoices.len(), 3);
    assert_eq!(month(&o, "2024-03").cash_position, Money::ZERO);
}

#[test]
fn a_quarter_cut_by_the_horizon_is_invoiced_after_the_horizon() {
    let mut s = one_post_year();
    s.horizon.end = m("2024-02");
    let o = eval(&s);
    let last = o.invoices.last().unwrap();
    assert_eq!(
        (last.label(), last.amount, last.raised, last.paid),
        ("2023/24 Q4".into(), gbp(2_000_00), m("2024-04"), m("2024-05"))
    );
    assert_eq!(year(&o, 2023).allocation, gbp(12_000_00), "no pro-rating of a cut year");
    assert_eq!(year(&o, 2023).cap_headroom, gbp(1_000_00));
    assert_eq!(o.cash_position_at(m("2024-05")), Money::ZERO);
}

#[test]
fn payment_lag_zero_pays_in_the_month_raised() {
    let mut s = one_post_year();
    s.grant.payment_lag_months = 0;
    let o = eval(&s);
    assert_eq!(month(&o, "2023-07").cash_position, gbp(1_000_00));
    assert_eq!(o.peak_cash_position, Peak { amount: gbp(3_000_00), month: Some(m("2023-06")) });
}

#[test]
fn with_nothing_claimed_the_peak_is_zero_with_no_month() {
    let mut s = one_post_year();
    s.grant.allocations.clear();
    let o = eval(&s);
    assert_eq!(o.peak_cash_position, Peak { amount: Money::ZERO, month: None });
    assert!(o.invoices.is_empty());
}

#[test]
fn non_staff_costs_are_rounded_monthly_and_reported_apart() {
    let mut s = one_post_year();
    s.non_staff = vec![NonStaffCost { name: "Vehicles".into(), annual_cost: gbp(1_000_00) }];
    let o = eval(&s);
    assert_eq!(o.total.non_staff_cost, money("999.96"));
    assert_eq!(o.total.unfunded_pressure, Money::ZERO);
    assert_eq!(o.total.eligible, gbp(12_000_00));
}

#[test]
fn a_stop_before_the_horizon_leaves_every_month_unfunded() {
    let mut s = one_post_year();
    s.grant.stops_after = Some(m("2023-01"));
    let o = eval(&s);
    assert_eq!(o.total.eligible, Money::ZERO);
    assert_eq!(o.total.unfunded_pressure, gbp(12_000_00));
}

#[test]
fn overflowing_pay_awards_are_an_error_not_a_panic() {
    let mut s = one_post_year();
    s.posts[0].annual_cost = money("1000000000");
    s.pay_awards = (0..100).map(|_| PayAward::for_all(m("2023-04"), Percent::parse("100").unwrap())).collect();
    let err = evaluate(&s).unwrap_err();
    assert!(err.to_string().starts_with("pay_awards:"), "{err}");
}

#[test]
fn each_year_carries_its_peak_cash_position_and_average_fte() {
    let s = default_with(|s| s.posts[0].vacancies.push(Vacancy { from: m("2023-04"), to: m("2023-07") }));
    let o = eval(&s);
    for y in &o.years {
        let months: Vec<_> = o.months.iter().filter(|r| r.month.financial_year() == y.fy).collect();
        let most = months.iter().map(|r| r.cash_position).max().unwrap_or(Money::ZERO);
        assert_eq!(y.peak_cash_position.amount, most);
        let first = months.iter().find(|r| r.cash_position == most && most.is_positive()).map(|r| r.month);
        assert_eq!(y.peak_cash_position.month, first, "the first month the most is owed");
    }
    // Four months of one vacant post in 2023/24: (8 × 5 + 4 × 4) / 12 = 4.666… → 4.67.
    assert_eq!(year(&o, 2023).average_fte, rust_decimal::Decimal::new(467, 2));
    assert_eq!(year(&o, 2024).average_fte, rust_decimal::Decimal::new(5, 0));
    assert_eq!(o.average_fte, rust_decimal::Decimal::new(489, 2), "(32 × 5 + 4 × 4) / 36 = 4.888…");
}
