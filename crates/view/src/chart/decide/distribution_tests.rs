//! Tests of the distribution chart's bars, headings and percentages.

use super::*;
use planner_engine::analysis::odds::OddsOutcome;
use planner_engine::money::Money;

fn outcome(case: Option<&str>, stop: Option<Month>, probability: &str, pence: i64) -> OddsOutcome {
    OddsOutcome {
        pay_award_case: case.map(Into::into),
        stops_after: stop,
        probability: probability.parse().unwrap_or_default(),
        unfunded_pressure: Money::pence(pence),
    }
}

fn distribution(outcomes: Vec<OddsOutcome>) -> Distribution {
    Distribution { expected: Money::pence(300_000_00), p50: Money::pence(0), p90: Money::pence(860_827_50), outcomes }
}

#[test]
fn bars_are_as_long_as_their_probability() {
    let dec = Some(Month::known(2023, 12));
    let d = distribution(vec![outcome(None, dec, "0.2", 860_827_50), outcome(None, None, "0.8", 0)]);
    let chart = distribution_chart(1, "Plan", &d, &[]);
    let full = chart.frame.right - chart.frame.left;
    assert_eq!(chart.bars.len(), 2);
    assert!((chart.bars[0].width - 0.2 * full).abs() <= 0.1);
    assert!((chart.bars[1].width - 0.8 * full).abs() <= 0.1);
    assert_eq!(chart.bars[0].name.text, "After Dec 2023: £860,828");
    assert_eq!(chart.bars[0].value.text, "20%");
    assert!(chart.groups.is_empty());
    assert_eq!(chart.id, "decide-odds-1");
    assert_eq!(chart.table.groups[0][1].cells, ["80%", "£0"]);
    assert!(chart.summary.contains("Expected cost to the MPS £300,000; median (p50) £0"), "{}", chart.summary);
    assert!(chart.summary.contains("funding never stops (80%)"), "{}", chart.summary);
    let labels: Vec<&str> = chart.x_ticks.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, ["0%", "25%", "50%", "75%", "100%"]);
}

#[test]
fn pay_award_cases_get_a_heading_each() {
    let d = distribution(vec![outcome(Some("Low"), None, "0.25", 0), outcome(Some("High"), None, "0.75", 15_622_46)]);
    let chart = distribution_chart(0, "Plan", &d, &["Low: 2% a year".into(), "High: 7% a year".into()]);
    let headings: Vec<&str> = chart.groups.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(headings, ["Low: 2% a year", "High: 7% a year"]);
    assert!(chart.groups[1].y > chart.bars[0].y && chart.groups[1].y < chart.bars[1].y);
    assert_eq!(chart.table.groups[0][1].header, "High: Never");
}

#[test]
fn percentages_have_one_decimal_and_tiny_chances_say_so() {
    let p = |s: &str| percent_text(s.parse().unwrap_or_default());
    assert_eq!(p("0.2"), "20%");
    assert_eq!(p("0.056"), "5.6%");
    assert_eq!(p("0.00004"), "under 0.1%");
    assert_eq!(p("0"), "0%");
    assert_eq!(p("1"), "100%");
}
