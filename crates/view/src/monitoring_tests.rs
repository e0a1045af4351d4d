use super::*;
use planner_engine::evaluate;

fn example() -> Scenario {
    let text = include_str!("../../../examples/version-2/actuals-to-september-2024.json");
    Scenario::from_json(text).expect("the example reads")
}

fn headline<'a>(m: &'a Monitoring, key: &str) -> &'a Headline {
    m.headlines.iter().find(|h| h.key == key).expect("a headline")
}

#[test]
fn outturn_is_actuals_then_forecast_with_the_variance_against_the_plan() {
    let s = example();
    let outcome = evaluate(&s).expect("evaluates");
    let m = monitoring(&s, &outcome).expect("has actuals");
    assert_eq!(m.as_at, "Actuals to Sep 2024");
    let rows: Vec<&Row> = m.outturn.rows().collect();
    assert_eq!(m.outturn.columns.len(), 5, "a column per year and a total");
    // 2023/24: twelve actual months against £31,882.50 a month planned.
    assert_eq!(rows[0].cells[0], "£381,472.80");
    assert_eq!(rows[1].cells[0], "£0.00");
    assert_eq!(rows[2].cells[0], "£381,472.80");
    assert_eq!(rows[3].cells[0], "£382,590.00");
    assert_eq!(rows[4].cells[0], "-£1,117.20");
    // 2024/25: six actual months, then six forecast.
    assert_eq!(rows[0].cells[1], "£192,190.45");
    assert_eq!(rows[1].cells[1], "£191,295.00");
    assert_eq!(rows[2].cells[1], "£383,485.45");
    assert_eq!(rows[4].cells[1], "+£895.45");
    // 2025/26 has no actual: said in words, never "£0 actual".
    assert_eq!(rows[0].cells[2], "no actuals");
    assert_eq!(rows[4].cells[3], "-£221.75");
    let outturn = headline(&m, "outturn");
    assert_eq!(outturn.by_year[2].value, "£382,590 (no actuals)");
    assert_eq!(outturn.by_year[0].value, "£381,473 (£381,473 actual)");
    let variance = headline(&m, "variance");
    assert_eq!(variance.value, "-£222");
    assert_eq!(variance.exact.as_deref(), Some("Exactly -£221.75"));
    assert_eq!(variance.note, "Actual less planned post cost over the 18 months with actuals: under the plan.");
}

#[test]
fn late_invoices_and_what_the_funder_still_owes() {
    let s = example();
    let outcome = evaluate(&s).expect("evaluates");
    let m = monitoring(&s, &outcome).expect("has actuals");
    let late = headline(&m, "late");
    assert_eq!(late.value, "1");
    assert_eq!(late.by_year[0].label, "2023/24 Q2");
    assert_eq!(late.by_year[0].value, "paid Dec 2023, due Nov 2023");
    assert_eq!(late.note, "1 of the 4 invoices paid came after it was due.");
    let owed = headline(&m, "owed");
    let at = outcome.months.iter().find(|r| r.month == Month::known(2024, 9)).expect("Sep 2024");
    assert_eq!(owed.value, pounds(at.cash_position));
    assert!(owed.note.starts_with("At the end of Sep 2024"), "{}", owed.note);
}

#[test]
fn a_plan_without_actuals_has_no_monitoring_and_no_month_is_marked() {
    let s = Scenario::default_scenario();
    let outcome = evaluate(&s).expect("evaluates");
    assert_eq!(monitoring(&s, &outcome), None);
    assert_eq!(as_at(&s), None);
    let mut view = ResultsView::new(&s, &outcome);
    let before = view.clone();
    mark_actual_months(&mut view, &s, &outcome);
    assert_eq!(view, before);
}

#[test]
fn actual_months_are_marked_in_the_month_table() {
    let s = example();
    let outcome = evaluate(&s).expect("evaluates");
    let mut view = ResultsView::new(&s, &outcome);
    mark_actual_months(&mut view, &s, &outcome);
    let headers: Vec<&str> =
        view.months.rows().filter(|r| r.kind == RowKind::Detail).map(|r| r.header.as_str()).collect();
    assert_eq!(headers[0], "Apr 2023 (actual)");
    assert_eq!(headers[17], "Sep 2024 (actual)");
    assert_eq!(headers[18], "Oct 2024");
    assert!(view.months.rows().any(|r| r.header == "2023/24 Q1 total"), "subtotals are not marked");
}

#[test]
fn the_comparison_says_the_actuals_once_when_every_plan_shares_them() {
    let s = example();
    let mut option = s.clone();
    option.name = "Option".into();
    assert_eq!(as_at_of([&s, &option]).as_deref(), Some("Actuals to Sep 2024: every plan shares them."));
    option.actuals = None;
    assert_eq!(
        as_at_of([&s, &option]).as_deref(),
        Some("The plans' actuals differ (to Sep 2024, none): each plan's results say its own.")
    );
    let plain = Scenario::default_scenario();
    assert_eq!(as_at_of([&plain]), None);
}
