//! Tests of the review-point odds and the fields they wait for.

use super::*;
use crate::decide::fixture::plans;
use crate::decide::Typed;

#[test]
fn the_default_odds_give_each_plan_its_expected_median_and_p90() {
    let view = odds_view(&plans(), &OddsInputs::default()).unwrap_or_else(|e| panic!("{e:?}"));
    let rows = &view.table.groups[0];
    assert_eq!(rows[0].header, "Business as usual");
    // Stops after Dec 2023 (20%), Mar 2024 (16%), Mar 2025 (12.8%), never (51.2%).
    assert_eq!(view.charts[0].bars.len(), 4);
    let chances: Vec<&str> = view.charts[0].bars.iter().map(|b| b.value.text.as_str()).collect();
    assert_eq!(chances, ["20%", "16%", "12.8%", "51.2%"]);
    assert_eq!(rows[0].cells[1], "£0", "the median is never stopping");
    assert_eq!(rows[0].cells[2], "£860,828", "p90: stop after Dec 2023");
    // The lapse's own allocations end in March 2024, so never stopping still costs £765,180.
    assert_eq!(rows[1].cells[1], "£765,180");
}

#[test]
fn odds_wait_for_valid_fields_and_cases_must_weigh_100_percent() {
    let dec = OddsField::Chance(Month::known(2023, 12));
    let inputs = OddsInputs { typed: Typed::default().with(dec, "x".into()), cases_on: false };
    assert_eq!(odds_view(&plans(), &inputs), Err(Blocked::Fields));
    let inputs = OddsInputs { typed: Typed::default().with(OddsField::CaseWeight(0), "30".into()), cases_on: true };
    assert_eq!(odds_view(&plans(), &inputs), Err(Blocked::Cases("the weights add up to 105%, not 100%".into())));
    let inputs = OddsInputs { typed: Typed::default(), cases_on: true };
    let view = odds_view(&plans(), &inputs).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(view.charts[0].bars.len(), 12);
    let headings: Vec<&str> = view.charts[0].groups.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(headings[0], "Low: 2% every September, weight 25%");
}

#[test]
fn review_months_are_every_plans_review_points_once() {
    let mut short = Scenario::default_scenario();
    short.horizon.end = Month::known(2024, 12);
    let months: Vec<String> = review_months(&[Scenario::default_scenario(), short]).iter().map(|m| m.label()).collect();
    assert_eq!(months, ["Dec 2023", "Mar 2024", "Mar 2025"]);
}
