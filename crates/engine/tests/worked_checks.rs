//! The worked checks of MODEL.md, on the default scenario.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use planner_engine::*;

#[test]
fn default_scenario_costs_382_590_every_year_and_claims_all_of_it() {
    let o = eval(&Scenario::default_scenario());
    assert_eq!(o.years.len(), 3);
    for y in &o.years {
        assert_eq!(y.figures.post_cost, gbp(382_590_00), "{}", y.fy.label());
        assert_eq!(y.figures.claimed, gbp(382_590_00), "{}", y.fy.label());
        assert_eq!(y.figures.unfunded_pressure, Money::ZERO);
        assert_eq!(y.figures.cap_excess, Money::ZERO);
    }
    assert_eq!(year(&o, 2023).cap_headroom, Money::ZERO);
    assert_eq!(year(&o, 2024).cap_headroom, gbp(117_410_00));
    assert_eq!(o.invoices.len(), 12);
    assert!(o.invoices.iter().all(|i| i.amount == gbp(95_647_50)));
    assert_eq!(o.total.claimed, gbp(1_147_770_00));
}

#[test]
fn default_posts_cost_whole_pennies_a_month() {
    let s = Scenario::default_scenario();
    let total: Money = s.posts.iter().map(|p| p.annual_cost).sum();
    assert_eq!(total, gbp(382_590_00));
    let o = eval(&s);
    assert_eq!(month(&o, "2023-04").figures.post_cost, gbp(31_882_50));
    assert_eq!(month(&o, "2023-04").headcount.to_string(), "5");
}

#[test]
fn funding_stopping_after_december_2023_with_everyone_continuing() {
    let s = default_with(|s| s.grant.stops_after = Some(m("2023-12")));
    let o = eval(&s);
    assert_eq!(year(&o, 2023).figures.claimed, gbp(286_942_50));
    assert_eq!(year(&o, 2023).figures.unfunded_pressure, gbp(95_647_50));
    assert_eq!(year(&o, 2024).figures.unfunded_pressure, gbp(382_590_00));
    assert_eq!(year(&o, 2025).figures.unfunded_pressure, gbp(382_590_00));
    assert_eq!(o.total.unfunded_pressure, gbp(860_827_50));
}

#[test]
fn default_cash_position_follows_quarterly_arrears() {
    let o = eval(&Scenario::default_scenario());
    assert_eq!(month(&o, "2023-06").cash_position, gbp(95_647_50));
    assert_eq!(month(&o, "2023-08").cash_position, gbp(63_765_00));
    assert_eq!(o.peak_cash_position, Peak { amount: gbp(127_530_00), month: Some(m("2023-07")) });
    let first = o.invoices[0];
    assert_eq!((first.label(), first.raised, first.paid), ("2023/24 Q1".into(), m("2023-07"), m("2023-08")));
}

#[test]
fn default_scenario_flags_publication_but_not_expiry_or_cap() {
    let o = eval(&Scenario::default_scenario());
    let codes: Vec<_> = o.flags.iter().map(Flag::code).collect();
    assert_eq!(codes, ["publication_duty"]);
    assert_eq!(o.flags[0], Flag::PublicationDuty { value: gbp(1_382_590_00) });
}
