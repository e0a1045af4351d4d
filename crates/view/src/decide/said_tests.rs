#![allow(clippy::unwrap_used)]

use planner_engine::analysis::{compare, max_pay_award, within_limit};
use planner_engine::{
    Allocation, FinancialYear, Fte, Grant, Horizon, Money, Month, Post, ReadyMade, Scenario, StopResponse, Team,
};

use super::*;

fn point(month: Option<(i32, u32)>, pounds: i64) -> CurvePoint {
    CurvePoint { stops_after: month.map(|(y, m)| Month::known(y, m)), unfunded_pressure: Money::pence(pounds * 100) }
}

fn limit_said(curve: &[CurvePoint], pounds: i64) -> String {
    limit_sentence(&within_limit(curve, Money::pence(pounds * 100)).unwrap())
}

#[test]
fn the_limit_sentence_names_the_earliest_stop_within_it() {
    let curve = [point(Some((2024, 8)), 150), point(Some((2024, 9)), 100), point(Some((2024, 10)), 50), point(None, 0)];
    assert_eq!(
        limit_said(&curve, 100),
        "Funding can stop as early as the end of Sep 2024 before pressure exceeds £100."
    );
}

#[test]
fn a_curve_that_rises_again_says_from_when_every_stop_is_within_the_limit() {
    let curve = [point(Some((2024, 8)), 50), point(Some((2024, 9)), 150), point(Some((2024, 10)), 90), point(None, 0)];
    let said = limit_said(&curve, 100);
    assert!(said.ends_with("every stop from the end of Oct 2024 on stays within it."), "{said}");
}

#[test]
fn a_limit_below_every_point_or_met_only_without_a_stop_says_so() {
    assert!(
        limit_said(&[point(Some((2024, 8)), 150), point(None, 120)], 100).contains("and also if funding never stops")
    );
    assert!(limit_said(&[point(Some((2024, 8)), 150), point(None, 0)], 100).contains("only if funding never stops"));
}

#[test]
fn the_default_scenario_can_stop_as_late_as_december_2025_within_100000() {
    let curve = planner_engine::analysis::stop_month_curve(&Scenario::default_scenario()).unwrap();
    assert_eq!(
        limit_said(&curve, 100_000),
        "Funding can stop as early as the end of Dec 2025 before pressure exceeds £100,000."
    );
}

#[test]
fn the_pay_award_sentence_gives_the_award_and_the_breach_above_it() {
    // £1,000 a month and £12,350 allocated: 5% holds and 5.01% is 70p over (engine tests).
    let s = Scenario {
        name: "One post".into(),
        horizon: Horizon { start: Month::known(2023, 4), end: Month::known(2024, 3) },
        posts: vec![Post {
            id: "p1".into(),
            title: "Detective Constable".into(),
            team: Team::Marsoc,
            group: None,
            annual_cost: Money::pence(12_000_00),
            pay: None,
            fte: Fte::FULL,
            start: Month::known(2023, 4),
            end: None,
            vacancies: vec![],
            backfill: None,
            on_funding_stop: StopResponse::default(),
        }],
        pay_awards: vec![],
        grant: Grant {
            name: "Grant".into(),
            allocations: vec![Allocation { fy: FinancialYear(2023), amount: Money::pence(12_350_00) }],
            stops_after: None,
            payment_lag_months: 1,
        },
        non_staff: vec![],
        on_costs: Default::default(),
        actuals: None,
        note: None,
    };
    let said = pay_award_sentence(&max_pay_award(&s).unwrap());
    assert_eq!(
        said,
        "The caps hold with a pay award of up to 5% every September; 5.01% exceeds the 2023/24 cap by £0.70 from Mar 2024."
    );
    let lower = max_pay_award(&ReadyMade::LowerCap.build(&Scenario::default_scenario())).unwrap();
    assert!(pay_award_sentence(&lower).starts_with("The caps are exceeded even with no pay award"));
}

#[test]
fn comparison_segments_say_which_plan_costs_the_mps_less_and_when() {
    let a = [point(Some((2024, 1)), 10), point(Some((2024, 2)), 10), point(Some((2024, 3)), 30), point(None, 0)];
    let b = [point(Some((2024, 1)), 20), point(Some((2024, 2)), 20), point(Some((2024, 3)), 20), point(None, 0)];
    let c = compare("A", &a, "B", &b).unwrap();
    let said: Vec<_> = c.segments.iter().map(|s| segment_sentence("A", "B", s)).collect();
    assert_eq!(said[0], "“A” costs the MPS less than “B” if funding stops after any month from Jan 2024 to Feb 2024.");
    assert_eq!(said[1], "“B” costs the MPS less than “A” if funding stops after Mar 2024.");
    assert_eq!(said[2], "“A” and “B” cost the MPS the same if funding never stops.");
}
