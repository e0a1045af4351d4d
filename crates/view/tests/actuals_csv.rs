//! The CSV files of a plan with actuals carry the actual/forecast split and the "as at"
//! month; a plan without actuals keeps exactly the columns it always had.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use planner_engine::{evaluate, Scenario};
use planner_view::export::csv::{months_csv, years_csv};

fn example() -> Scenario {
    Scenario::from_json(include_str!("../../../examples/version-2/actuals-to-september-2024.json")).expect("reads")
}

fn lines(csv: &str) -> Vec<Vec<String>> {
    csv.trim_start_matches('\u{feff}').lines().map(|l| l.split(',').map(str::to_string).collect()).collect()
}

#[test]
fn each_month_says_actual_or_forecast_and_as_at_when() {
    let s = example();
    let csv = months_csv(&s, &evaluate(&s).expect("evaluates"));
    let rows = lines(&csv);
    let header = &rows[0];
    let at = |name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name} in {header:?}"));
    let (kind, as_at, variance) =
        (at("Actual or forecast"), at("Actuals to (YYYY-MM)"), at("Variance against the plan (£)"));
    assert_eq!(rows[1][kind], "actual");
    assert_eq!(rows[18][kind], "actual", "Sep 2024");
    assert_eq!(rows[19][kind], "forecast", "Oct 2024");
    assert_eq!(rows[19][as_at], "2024-09");
    assert_eq!(rows[18][variance], "2237.95");
    assert_eq!(rows[19][variance], "0.00");
}

#[test]
fn each_year_splits_actual_and_forecast() {
    let s = example();
    let rows = lines(&years_csv(&s, &evaluate(&s).expect("evaluates")));
    let header = &rows[0];
    let at = |name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name}"));
    let (actual, forecast, variance) =
        (at("Actual post cost (£)"), at("Forecast post cost (£)"), at("Variance against the plan (£)"));
    assert_eq!((rows[2][actual].as_str(), rows[2][forecast].as_str()), ("192190.45", "191295.00"), "2024/25");
    assert_eq!(rows[4][0], s.name, "the total row");
    assert_eq!(rows[4][variance], "-221.75");
}

#[test]
fn a_plan_without_actuals_keeps_its_columns() {
    let s = Scenario::default_scenario();
    let outcome = evaluate(&s).expect("evaluates");
    assert!(!months_csv(&s, &outcome).contains("Actual or forecast"));
    assert!(!years_csv(&s, &outcome).contains("Actuals to"));
}
