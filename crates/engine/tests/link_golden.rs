//! Version 1 links must open forever: these were made by the planner when version 1 was
//! introduced. Never regenerate them; add new golden files beside them instead.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use planner_engine::*;

fn golden(name: &str) -> ScenarioSet {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    decode_link(&text).unwrap_or_else(|e| panic!("{name} no longer opens: {e}"))
}

#[test]
fn the_v1_default_link_opens_with_the_reports_figures() {
    let set = golden("v1-default.link");
    assert_eq!(set.scenarios.len(), 1);
    assert_eq!(set.scenarios[0].name, "Business as usual");
    let o = eval(&set.scenarios[0]);
    assert_eq!(o.total.claimed, gbp(1_147_770_00));
    assert_eq!(o.total.unfunded_pressure, Money::ZERO);
    assert_eq!(o.peak_cash_position.amount, gbp(127_530_00));
}

#[test]
fn the_v1_paper_link_opens_all_four_options_with_their_figures() {
    let set = golden("v1-paper.link");
    let names: Vec<_> = set.scenarios.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Business as usual",
            "Agreement lapses December 2023",
            "Annual review ends funding March 2024 — officers redeployed",
            "Police pay awards applied",
        ]
    );
    let pressure: Vec<Money> = set.scenarios.iter().map(|s| eval(s).total.unfunded_pressure).collect();
    assert_eq!(pressure, [Money::ZERO, gbp(860_827_50), Money::ZERO, gbp(15_622_46)]);
    let pay = eval(&set.scenarios[3]);
    assert_eq!(pay.total.claimed, gbp(1_242_626_89));
}
