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

#[test]
fn the_v2_link_opens_pay_built_from_its_parts_and_actuals() {
    // Made when version 2 was introduced, from `examples/` by `planner link`.
    let set = golden("v2-published-and-actuals.link");
    let names: Vec<_> = set.scenarios.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["Business as usual", "Published pay awards and on-costs, 2023 to 2026", "Actuals to September 2024"]
    );
    let published = eval(&set.scenarios[1]);
    assert_eq!(published.total.post_cost, gbp(1_109_438_54));
    assert_eq!(published.total.cost_breakdown.employer_pension, gbp(224_603_55));
    let actuals = eval(&set.scenarios[2]);
    assert_eq!(actuals.actuals_through, Some(m("2024-09")));
    // The 2023/24 Q3 invoice was short-paid by £1,780.80 and the shortfall disallowed.
    assert_eq!(actuals.total.unfunded_pressure, gbp(1_780_80));
    assert_eq!(year(&actuals, 2023).figures.variance, gbp(-1_117_20));
    assert_eq!(actuals.peak_cash_position, Peak { amount: gbp(156_634_33), month: Some(m("2023-11")) });
}
