//! Tests of the results charts' geometry, words and tables.

use super::*;
use crate::chart::{MarkerKind, Tick, DEFAULT_SIZE, MARKER_ROWS};
use planner_engine::month::Month;
use planner_engine::options::ReadyMade;
use planner_engine::timeline::evaluate;

fn outcome_of(scenario: &Scenario) -> Outcome {
    evaluate(scenario).unwrap_or_else(|e| panic!("{e}"))
}

fn default_charts() -> Vec<Chart> {
    let s = Scenario::default_scenario();
    charts(&s, &outcome_of(&s), DEFAULT_SIZE)
}

fn labels(ticks: &[Tick]) -> Vec<&str> {
    ticks.iter().map(|t| t.label.as_str()).filter(|l| !l.is_empty()).collect()
}

#[test]
fn the_cost_chart_scale_runs_from_nothing_to_eighty_thousand() {
    let cost = &default_charts()[0];
    assert_eq!(labels(&cost.axes.y_ticks), ["£0", "£20k", "£40k", "£60k", "£80k"]);
    assert_eq!(cost.axes.y_ticks[0].at, cost.axes.frame.bottom);
    assert_eq!(cost.axes.y_ticks[4].at, cost.axes.frame.top);
}

#[test]
fn months_are_labelled_every_quarter_and_years_under_them() {
    let cost = &default_charts()[0];
    assert_eq!(cost.axes.x_ticks.len(), 12);
    assert_eq!(labels(&cost.axes.x_ticks)[..3], ["Apr 2023", "Jul 2023", "Oct 2023"]);
    assert_eq!(cost.axes.x_ticks[0].at, cost.axes.frame.left);
    let years: Vec<&str> = cost.axes.years.iter().map(|y| y.label.text.as_str()).collect();
    assert_eq!(years, ["2023/24", "2024/25", "2025/26"]);
    assert_eq!(cost.axes.years[2].to, cost.axes.frame.right);
}

#[test]
fn long_horizons_label_fewer_months_on_the_same_month_of_the_year() {
    let mut s = Scenario::default_scenario();
    s.horizon.end = Month::known(2033, 3);
    let cost = cost_chart(&s, &outcome_of(&s), DEFAULT_SIZE);
    let shown = labels(&cost.axes.x_ticks);
    assert!(shown.len() <= 10, "{shown:?}");
    assert!(shown.iter().all(|l| l.starts_with("Apr")), "{shown:?}");
}

#[test]
fn a_month_stacks_claimed_and_backfill_to_its_total_cost() {
    let cost = &default_charts()[0];
    let april: Vec<&Bar> = cost.bars.iter().filter(|b| b.title.starts_with("Apr 2023")).collect();
    assert_eq!(april.iter().map(|b| b.series).collect::<Vec<_>>(), [Series::Claimed, Series::Backfill]);
    assert_eq!(april[0].y + 0.0, april[1].y + april[1].height, "backfill sits on the claimed bar");
    assert_eq!(april[0].y + april[0].height, cost.axes.frame.bottom);
    assert_eq!(april[0].title, "Apr 2023: Grant claimed (the funder pays) £31,883");
    assert_eq!(cost.bars.len(), 72);
}

#[test]
fn each_year_allocation_is_a_dashed_line_at_a_twelfth_labelled_in_words() {
    let cost = &default_charts()[0];
    assert_eq!(cost.guides.len(), 3);
    let texts: Vec<String> = cost.guides.iter().filter_map(|g| g.label.as_ref().map(|l| l.text.clone())).collect();
    assert_eq!(texts[0], "Cap £382,590 ÷ 12 = £31,883");
    assert_eq!(texts[1], "Cap £500,000 ÷ 12 = £41,667");
    let tallest_bar = cost.bars.iter().map(|b| b.y).fold(f64::MAX, f64::min);
    assert!(cost.guides.iter().filter_map(|g| g.label.as_ref()).all(|l| l.y < tallest_bar), "labels clear the bars");
    let claimed_top = cost.bars.iter().find(|b| b.series == Series::Claimed).map(|b| b.y);
    assert_eq!(claimed_top, Some(cost.guides[0].y), "2023/24 costs exactly its allocation ÷ 12");
    assert!(cost.guides[1].y < cost.guides[0].y, "a higher cap is higher up");
}

#[test]
fn every_chart_marks_the_agreement_expiry_at_the_end_of_december_2023() {
    for chart in default_charts() {
        assert_eq!(chart.markers.len(), 1, "{}", chart.id);
        let m = &chart.markers[0];
        assert_eq!(m.kind, MarkerKind::Expiry);
        assert_eq!(m.label.text, "Agreement expires Dec 2023");
        let band = chart.axes.frame.width() / 36.0;
        assert!((m.x - (chart.axes.frame.left + 9.0 * band)).abs() < 0.1);
    }
}

#[test]
fn a_stop_within_the_horizon_gets_its_own_marker_on_another_row() {
    let s = ReadyMade::ReviewEndsFunding.build(&Scenario::default_scenario());
    let chart = pressure_chart(&s, &outcome_of(&s), DEFAULT_SIZE);
    let texts: Vec<(&str, f64)> = chart.markers.iter().map(|m| (m.label.text.as_str(), m.label.y)).collect();
    assert_eq!(
        texts,
        [("Agreement expires Dec 2023", MARKER_ROWS[0]), ("Funding stops after Mar 2024", MARKER_ROWS[1])]
    );

    let mut s = Scenario::default_scenario();
    s.grant.stops_after = Some(Month::known(2026, 3));
    let chart = pressure_chart(&s, &outcome_of(&s), DEFAULT_SIZE);
    assert_eq!(chart.markers.len(), 1, "a stop at the horizon's end is no stop within it");
}

#[test]
fn the_cash_chart_is_a_step_line_with_its_peak_labelled() {
    let cash = &default_charts()[1];
    assert_eq!(cash.lines.len(), 1);
    assert!(cash.lines[0].d.starts_with("M56,"));
    assert_eq!(cash.lines[0].d.matches('H').count(), 36);
    assert_eq!(cash.labels[0].text, "Most owed: £127,530, end of Jul 2023");
    assert_eq!(labels(&cash.axes.y_ticks), ["£0", "£50k", "£100k", "£150k"]);
    assert!(cash.summary.contains("at most £127,530, at the end of Jul 2023"));
    assert!(cash.summary.contains("£95,648 at the end of Mar 2026"), "{}", cash.summary);
    assert!(cash.summary.ends_with("the last invoice is paid in May 2026."), "{}", cash.summary);
    let june = cash.table.rows().find(|r| r.header == "Jun 2023").map(|r| r.cells.clone());
    assert_eq!(june, Some(vec!["£31,883".into(), "£0".into(), "£95,648".into()]));
}

#[test]
fn cumulative_pressure_rises_after_a_lapse_and_is_summarised_per_year() {
    let s = ReadyMade::AgreementLapses.build(&Scenario::default_scenario());
    let chart = pressure_chart(&s, &outcome_of(&s), DEFAULT_SIZE);
    assert_eq!(chart.labels[0].text, "£860,828 by Mar 2026");
    assert_eq!(
        chart.summary,
        "Unfunded pressure starts in Jan 2024 and adds up to £860,828 by the end of Mar 2026: \
         £95,648 in 2023/24, £382,590 in 2024/25, £382,590 in 2025/26."
    );
    assert_eq!(chart.markers.len(), 2, "expiry and stop, both after Dec 2023");
    assert!(chart.markers.iter().all(|m| m.x == chart.markers[0].x));
    let last = chart.table.rows().last().map(|r| r.cells.clone());
    assert_eq!(last, Some(vec!["£31,883".into(), "£860,828".into()]));
}

#[test]
fn without_pressure_the_chart_says_so_and_keeps_a_sensible_scale() {
    let pressure = &default_charts()[2];
    assert_eq!(pressure.summary, "No unfunded pressure at any point: the grant covers every eligible cost.");
    assert_eq!(labels(&pressure.axes.y_ticks).last(), Some(&"£100k"));
    assert!(pressure.lines[0].d.split('L').all(|p| p.ends_with(&format!(",{}", pressure.axes.frame.bottom))));
}

#[test]
fn every_chart_has_a_title_a_summary_a_legend_and_a_table_of_its_numbers() {
    for chart in default_charts() {
        assert!(!chart.title.is_empty() && !chart.summary.is_empty() && !chart.legend.is_empty(), "{}", chart.id);
        assert_eq!(chart.table.rows().count(), 36, "{}", chart.id);
        assert!(chart.table.rows().all(|r| r.cells.len() + 1 == chart.table.columns.len()));
    }
}

#[test]
fn geometry_stays_inside_the_drawing_for_large_and_tiny_plans() {
    let s = planner_engine::samples::national_scale();
    let mut tiny = Scenario::default_scenario();
    tiny.horizon.end = tiny.horizon.start;
    for s in [s, tiny] {
        for chart in charts(&s, &outcome_of(&s), DEFAULT_SIZE) {
            for b in &chart.bars {
                assert!(
                    b.height >= 0.0
                        && b.y >= chart.axes.frame.top - 0.1
                        && b.y + b.height <= chart.axes.frame.bottom + 0.1
                );
            }
            assert!(chart.axes.y_ticks.iter().all(|t| t.at.is_finite()));
        }
    }
}

#[test]
fn redeployed_officers_are_stacked_and_named_so_moved_cost_never_looks_free() {
    let s = ReadyMade::ReviewEndsFunding.build(&Scenario::default_scenario());
    let cost = cost_chart(&s, &outcome_of(&s), DEFAULT_SIZE);
    let may: Vec<Series> = cost.bars.iter().filter(|b| b.title.starts_with("May 2024")).map(|b| b.series).collect();
    assert_eq!(may, [Series::Redeployed], "after the return, all of the month's cost is redeployed");
    assert!(cost.legend.contains(&Series::Redeployed));
    assert!(!cost.legend.contains(&Series::NonStaff), "no non-staff cost, no legend entry");
    assert!(cost.summary.contains("the budgets receiving redeployed officers pay £765,180"), "{}", cost.summary);
    assert_eq!(cost.table.columns[5].label, "Redeployed");
}
