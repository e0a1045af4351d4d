//! Tests of the stop-month chart's lines, scale, limit rule, rings and words.

use rust_decimal::prelude::ToPrimitive;

use super::*;
use planner_engine::analysis::stop_month_curve;
use planner_engine::options::ReadyMade;
use planner_engine::scenario::Scenario;

fn plans() -> Vec<Scenario> {
    let base = Scenario::default_scenario();
    vec![base.clone(), ReadyMade::AgreementLapses.build(&base), ReadyMade::PayAwards.build(&base)]
}

fn chart_of(plans: &[Scenario], limit: Option<Money>) -> (Vec<Vec<CurvePoint>>, CurveChart) {
    let curves: Vec<Vec<CurvePoint>> =
        plans.iter().map(|s| stop_month_curve(s).unwrap_or_else(|e| panic!("{e}"))).collect();
    let series: Vec<CurveSeries> = plans
        .iter()
        .zip(&curves)
        .map(|(s, c)| CurveSeries { name: &s.name, curve: c, own_stop: s.grant.stops_after })
        .collect();
    let chart = curve_chart(&series, limit, CURVE_SIZE);
    (curves, chart)
}

#[test]
fn the_curve_chart_has_a_line_per_plan_with_a_point_per_month_and_never() {
    let (_, chart) = chart_of(&plans(), None);
    assert_eq!(chart.lines.len(), 3);
    for line in &chart.lines {
        assert_eq!(line.points.len(), 37, "{}", line.name);
        // 36 month points on the path; never stands apart after the gap.
        assert_eq!(line.d.matches(['M', 'L']).count(), 36, "{}", line.name);
        let never = line.points[36];
        assert_eq!(never.0, chart.never.at);
        assert!(never.0 > chart.months_right && line.points[35].0 < chart.months_right);
        assert!(line.points.windows(2).all(|w| w[0].0 < w[1].0), "x rises month by month");
    }
    let styles: Vec<(Dash, Symbol)> = chart.lines.iter().map(|l| (l.dash, l.symbol)).collect();
    assert_eq!(styles, [style_of(0), style_of(1), style_of(2)]);
    assert_eq!(chart.never.label, "Never");
}

#[test]
fn points_sit_at_their_pressure_on_the_scale() {
    let (curves, chart) = chart_of(&plans(), None);
    let f = chart.axes.frame;
    let top_tick = chart.axes.y_ticks.last().map(|t| t.label.clone()).unwrap_or_default();
    assert_eq!(top_tick, "£1.5m", "1,226,367 and 15% headroom, on a nice scale");
    // Never costs nothing in business as usual: the point is on the axis.
    assert_eq!(chart.lines[0].points[36].1, f.bottom);
    let first = curves[0][0].unfunded_pressure.value().to_f64().unwrap_or_default();
    let expected = f.bottom - first / 1_500_000.0 * f.height();
    assert!((chart.lines[0].points[0].1 - expected).abs() <= 0.1, "{expected}");
}

#[test]
fn the_limit_rule_is_drawn_at_its_amount_on_the_scale() {
    let (_, chart) = chart_of(&plans(), Some(Money::pence(100_000_00)));
    let rule = chart.limit.clone().unwrap_or_else(|| panic!("a rule"));
    let f = chart.axes.frame;
    let expected = f.bottom - 100_000.0 / 1_500_000.0 * f.height();
    assert!((rule.y - expected).abs() <= 0.1, "{} vs {expected}", rule.y);
    assert_eq!((rule.x1, rule.x2), (f.left, f.right));
    assert_eq!(rule.label.text, "Limit £100,000");
    assert!(chart.summary.contains("The horizontal line is the limit of £100,000."), "{}", chart.summary);
    // The £500,000 tick sits on the same scale, five times as high above the axis.
    let tick = chart.axes.y_ticks.iter().find(|t| t.label == "£500k").map(|t| t.at).unwrap_or_default();
    assert!(((f.bottom - tick) - 5.0 * (f.bottom - rule.y)).abs() <= 0.5);
}

#[test]
fn a_limit_far_above_the_curves_is_not_drawn_but_said() {
    let (_, chart) = chart_of(&plans(), Some(Money::pence(900_000_000_00)));
    assert_eq!(chart.limit, None);
    assert!(chart.summary.contains("far above every point"));
    assert_eq!(chart.axes.y_ticks.last().map(|t| t.label.as_str()), Some("£1.5m"));
}

#[test]
fn each_plans_own_stop_is_ringed_and_marked_in_the_table() {
    let (curves, chart) = chart_of(&plans(), None);
    // Business as usual never stops; the lapse stops after Dec 2023 (the 9th month).
    let (x, y) = chart.lines[0].points[36];
    assert_eq!(chart.lines[0].ring.as_deref(), Some(ring(x, y).as_str()));
    let (x, y) = chart.lines[1].points[8];
    assert_eq!(chart.lines[1].ring.as_deref(), Some(ring(x, y).as_str()));
    assert!(
        chart.lines[1].legend.ends_with("ringed as planned, stops after Dec 2023: £860,828)"),
        "{}",
        chart.lines[1].legend
    );
    let rows = &chart.table.groups[0];
    assert_eq!(rows.len(), 37);
    assert_eq!(rows[8].header, "Dec 2023");
    assert_eq!(rows[8].cells[1], "£860,828 (its own stop)");
    assert_eq!(rows[36].header, "Never");
    assert_eq!(rows[36].cells[0], "£0 (its own stop)");
    assert_eq!(rows[0].cells[0], pounds(curves[0][0].unfunded_pressure));
    assert!(chart.description.contains("as planned it stops after Dec 2023: £860,828"), "{}", chart.description);
    assert!(chart.description.starts_with(&chart.summary));
    assert!(!chart.summary.contains("£860,828"), "the figures are in the description, not the short summary");
}

#[test]
fn the_same_curve_twice_is_said_in_the_summary() {
    let base = Scenario::default_scenario();
    let (_, chart) = chart_of(&[base.clone(), ReadyMade::FundingContinues.build(&base)], None);
    assert!(chart.summary.contains("is the same as that of “Business as usual”"), "{}", chart.summary);
}

#[test]
fn quarter_ticks_sit_at_month_centres_and_symbols_mark_quarter_ends_and_never() {
    let (_, chart) = chart_of(&plans(), None);
    let line = &chart.lines[0];
    assert_eq!(chart.axes.x_ticks.first().map(|t| t.at), Some(line.points[0].0));
    // Jun, Sep, Dec, Mar of three years (12) and never: 13 symbols.
    assert_eq!(line.symbols.matches('M').count(), 13);
}

#[test]
fn an_empty_set_still_gives_a_chart_that_says_so() {
    let chart = curve_chart(&[], None, CURVE_SIZE);
    assert!(chart.lines.is_empty());
    assert_eq!(chart.summary, "No plan could be analysed.");
}
