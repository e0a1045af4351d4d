//! Rules 10 and 11 of MODEL.md version 2: actual post costs and actual invoice payments.
//! The base is one £1,000.00-a-month post over 2023/24 with a £12,000 allocation:
//! invoices of £3,000.00 raised Jul, Oct, Jan and Apr, each paid a month later.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use planner_engine::*;
use serde_json::json;

fn with_actuals(months: &[(&str, &str)], invoices: &[(&str, &str, &str, bool)]) -> Scenario {
    let mut s = one_post_year();
    s.actuals = Some(Actuals {
        through: m("2024-03"),
        months: months.iter().map(|(month, cost)| ActualMonth { month: m(month), post_cost: money(cost) }).collect(),
        invoices: invoices
            .iter()
            .map(|(q, amount, paid, disallowed)| ActualInvoice {
                quarter: Quarter::parse(q).unwrap(),
                amount: money(amount),
                paid: m(paid),
                disallowed: *disallowed,
            })
            .collect(),
    });
    s
}

fn error_of(s: &Scenario) -> String {
    evaluate(s).unwrap_err().to_string()
}

#[test]
fn an_actual_replaces_the_modelled_cost_and_above_the_cap_creates_cap_excess() {
    let o = eval(&with_actuals(&[("2023-05", "1200.00")], &[]));
    let may = &month(&o, "2023-05").figures;
    assert_eq!(
        (may.post_cost, may.eligible, may.claimed, may.variance),
        (gbp(1_200_00), gbp(1_200_00), gbp(1_200_00), gbp(200_00))
    );
    assert_eq!(may.cost_breakdown, CostBreakdown { actual: gbp(1_200_00), ..CostBreakdown::default() });
    // Headcount stays as modelled.
    assert_eq!(month(&o, "2023-05").headcount, rust_decimal::Decimal::ONE);
    // £12,200 eligible against £12,000: the last £200 of March is cap excess.
    let march = &month(&o, "2024-03").figures;
    assert_eq!((march.claimed, march.cap_excess, march.unfunded_pressure), (gbp(800_00), gbp(200_00), gbp(200_00)));
    assert_eq!((year(&o, 2023).figures.variance, o.total.variance), (gbp(200_00), gbp(200_00)));
    assert_eq!(o.actuals_through, Some(m("2024-03")));
    // Under the model: a negative variance.
    let under = eval(&with_actuals(&[("2023-05", "900.00")], &[]));
    assert_eq!(month(&under, "2023-05").figures.variance, gbp(-100_00));
}

#[test]
fn an_actual_after_the_stop_is_unfunded_pressure() {
    let mut s = with_actuals(&[("2023-10", "1500.00")], &[]);
    s.grant.stops_after = Some(m("2023-09"));
    let o = eval(&s);
    let oct = &month(&o, "2023-10").figures;
    assert_eq!((oct.eligible, oct.unfunded_pressure, oct.variance), (Money::ZERO, gbp(1_500_00), gbp(500_00)));
    // Six unfunded months: £1,500 + 5 × £1,000.
    assert_eq!(o.total.unfunded_pressure, gbp(6_500_00));
}

#[test]
fn a_short_payment_keeps_the_shortfall_in_the_cash_position() {
    let o = eval(&with_actuals(&[], &[("2023/24 Q1", "2500.00", "2023-08", false)]));
    let q1 = o.invoices[0];
    assert_eq!((q1.amount, q1.shortfall, q1.raised, q1.paid), (gbp(2_500_00), gbp(500_00), m("2023-07"), m("2023-08")));
    // End of August: £5,000 claimed, £2,500 paid.
    assert_eq!(month(&o, "2023-08").cash_position, gbp(2_500_00));
    // Once every invoice is paid, the shortfall is still owed.
    assert_eq!(o.cash_position_at(m("2024-05")), gbp(500_00));
    assert_eq!(o.total.unfunded_pressure, Money::ZERO);
}

#[test]
fn a_disallowed_shortfall_leaves_the_cash_position_as_pressure_when_paid() {
    let o = eval(&with_actuals(&[], &[("2023/24 Q1", "2500.00", "2023-09", true)]));
    assert_eq!(month(&o, "2023-08").cash_position, gbp(5_000_00));
    // Paid in September: £6,000 claimed less £2,500 paid and £500 written off.
    assert_eq!(month(&o, "2023-09").cash_position, gbp(3_000_00));
    assert_eq!(month(&o, "2023-09").figures.unfunded_pressure, gbp(500_00));
    assert_eq!((year(&o, 2023).figures.unfunded_pressure, o.total.unfunded_pressure), (gbp(500_00), gbp(500_00)));
    assert_eq!(o.cash_position_at(m("2024-05")), Money::ZERO);
}

#[test]
fn a_late_payment_moves_the_peak() {
    let on_time = eval(&one_post_year());
    assert_eq!(on_time.peak_cash_position, Peak { amount: gbp(4_000_00), month: Some(m("2023-07")) });
    // Q1 paid in October, not August: £6,000 owed at the end of September.
    let late = eval(&with_actuals(&[], &[("2023/24 Q1", "3000.00", "2023-10", false)]));
    assert_eq!(late.peak_cash_position, Peak { amount: gbp(6_000_00), month: Some(m("2023-09")) });
    assert_eq!(late.invoices[0].shortfall, Money::ZERO);
}

#[test]
fn actuals_that_contradict_the_claims_are_errors_on_their_field() {
    let cases = [
        (
            with_actuals(&[], &[("2024/25 Q1", "1.00", "2024-08", false)]),
            "actuals.invoices[0].quarter: 2024/25 Q1 has no claim, so no invoice",
        ),
        (
            with_actuals(&[], &[("2023/24 Q2", "3000.01", "2023-11", false)]),
            "actuals.invoices[0].amount: 3000.01 is more than the 2023/24 Q2 claim (3000.00)",
        ),
        (
            with_actuals(&[], &[("2023/24 Q1", "3000.00", "2023-06", false)]),
            "actuals.invoices[0].paid: 2023-06 is before the 2023/24 Q1 invoice is raised (2023-07)",
        ),
    ];
    for (s, expected) in cases {
        assert_eq!(error_of(&s), expected);
    }
    // A stop before a quarter leaves it without a claim.
    let mut stopped = with_actuals(&[], &[("2023/24 Q4", "1.00", "2024-04", false)]);
    stopped.grant.stops_after = Some(m("2023-12"));
    assert!(error_of(&stopped).starts_with("actuals.invoices[0].quarter: 2023/24 Q4 has no claim"));
}

/// The file of the base with `actuals` set to `value`.
fn file_with(value: serde_json::Value) -> String {
    let mut v = one_post_year().to_value();
    v["version"] = json!(2);
    v["actuals"] = value;
    v.to_string()
}

#[test]
fn bad_actuals_in_a_file_name_the_field() {
    let inv = |q: &str| json!({ "through": "2023-09", "invoices": [ { "quarter": q, "amount": "1.00", "paid": "2023-08" } ] });
    let cases = [
        (json!({ "through": "2024-04" }), "actuals.through: 2024-04 is outside the horizon (2023-04 to 2024-03)"),
        (json!({ "months": [] }), "actuals: missing field `through`"),
        (
            json!({ "through": "2023-09", "months": [ { "month": "2023-10", "post_cost": "1.00" } ] }),
            "actuals.months[0].month: 2023-10 is after the actuals end (2023-09)",
        ),
        (
            json!({ "through": "2023-09", "months": [ { "month": "2023-03", "post_cost": "1.00" } ] }),
            "actuals.months[0].month: 2023-03 is before the horizon starts (2023-04)",
        ),
        (
            json!({ "through": "2023-09", "months": [ { "month": "2023-04", "post_cost": "1.00" }, { "month": "2023-04", "post_cost": "2.00" } ] }),
            "actuals.months[1].month: 2023-04 has an actual already: give each month once",
        ),
        (
            json!({ "through": "2023-09", "months": [ { "month": "2023-04", "post_cost": "-1" } ] }),
            "actuals.months[0].post_cost: must not be negative",
        ),
        (
            json!({ "through": "2023-09", "months": [ { "month": "2023-04" } ] }),
            "actuals.months[0]: missing field `post_cost`",
        ),
        (
            inv("2023/25 Q1"),
            "actuals.invoices[0].quarter: 2023/25 Q1: 2023/25 is not a financial year (it would be 2023/24)",
        ),
        (inv("2023/24 Q5"), "actuals.invoices[0].quarter: 2023/24 Q5: quarter 5 does not exist"),
        (inv("2023-24 Q1"), "actuals.invoices[0].quarter: \"2023-24 Q1\" is not a quarter written like 2023/24 Q1"),
        (inv("2023/24 q1"), "actuals.invoices[0].quarter: \"2023/24 q1\" is not a quarter"),
        (
            json!({ "through": "2023-09", "invoices": [ { "quarter": "2023/24 Q1", "amount": "1.00", "paid": "2023-08" },
                                                         { "quarter": "2023/24 Q1", "amount": "1.00", "paid": "2023-09" } ] }),
            "actuals.invoices[1].quarter: 2023/24 Q1 has an actual invoice already: give each quarter once",
        ),
        (
            json!({ "through": "2023-09", "invoices": [ { "quarter": "2023/24 Q4", "amount": "1.00", "paid": "2024-05", "disallowed": true } ] }),
            "actuals.invoices[0].paid: 2024-05 is outside the horizon: a disallowed shortfall must fall within it",
        ),
        (
            json!({ "through": "2023-09", "invoices": [ { "quarter": "2023/24 Q1", "amount": "1.00" } ] }),
            "actuals.invoices[0]: missing field `paid`",
        ),
        (json!({ "through": "2023-09", "colour": 1 }), "actuals.colour: unknown field `colour`"),
    ];
    for (value, expected) in cases {
        let error = Scenario::from_json(&file_with(value)).unwrap_err().to_string();
        assert!(error.starts_with(expected), "expected {expected:?}\n     got {error:?}");
    }
}

#[test]
fn actuals_round_trip_through_files_and_links() {
    let s = with_actuals(&[("2023-05", "1200.00")], &[("2023/24 Q1", "2500.00", "2023-09", true)]);
    let text = s.to_json();
    assert!(text.contains("\"quarter\": \"2023/24 Q1\"") && text.starts_with("{\n  \"version\": 2,"));
    assert_eq!(Scenario::from_json(&text).unwrap(), s);
    let set = ScenarioSet { made: None, scenarios: vec![s] };
    let fragment = encode_link(&set);
    assert!(fragment.starts_with("s=2."));
    assert_eq!(decode_link(&fragment).unwrap(), set);
    // Actuals with no months and no invoices still say "actuals to …": version 2.
    let mut bare = one_post_year();
    bare.actuals = Some(Actuals { through: m("2023-09"), months: vec![], invoices: vec![] });
    assert_eq!(Scenario::from_json(&bare.to_json()).unwrap(), bare);
    assert_eq!(eval(&bare).actuals_through, Some(m("2023-09")));
}

#[test]
fn decision_analysis_keeps_actual_costs_and_drops_actual_invoices() {
    let s = with_actuals(&[("2023-05", "1200.00")], &[("2023/24 Q1", "2500.00", "2023-08", true)]);
    let curve = planner_engine::analysis::stop_month_curve(&s).unwrap();
    // Never stopping: £200 over the cap; the disallowed £500 belongs to the claims made.
    assert_eq!(curve.last().unwrap().unfunded_pressure, gbp(200_00));
    // Stopping after April: May's actual £1,200 and ten months of £1,000 are unfunded.
    assert_eq!(curve[0].unfunded_pressure, gbp(11_200_00));
    assert!(planner_engine::analysis::max_pay_award(&s).is_ok());
}
