//! Post cost month by month for a plan with actuals: the actuals as a solid line, the
//! forecast dashed, the plan without actuals dotted where they differ, and a marker at
//! the last month with actuals (told apart by line style and words, not colour alone).

use super::scale::{coord, px, XScale, YScale};
use super::{Anchor, Chart, Frame, Label, Marker, MarkerKind, Point, Series, Shape, Size, MARKER_ROWS};
use crate::format::{pounds, pounds_signed};
use crate::table::{columns, Row, RowKind, Table};
use planner_engine::money::Money;
use planner_engine::outcome::Outcome;
use planner_engine::scenario::Scenario;

/// A path through the points of the months `wanted` picks; a month it skips breaks the
/// line. `join` starts each run at the month before it, so the forecast carries on from
/// the last actual.
fn path(points: &[(f64, f64)], wanted: &[bool], join: bool) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        if !wanted[i] {
            continue;
        }
        let starts = i == 0 || !wanted[i - 1];
        if starts && join && i > 0 {
            let (px0, py0) = points[i - 1];
            d.push_str(&format!("M{},{}L{},{}", coord(px0), coord(py0), coord(*x), coord(*y)));
        } else if starts {
            d.push_str(&format!("M{},{}", coord(*x), coord(*y)));
        } else {
            d.push_str(&format!("L{},{}", coord(*x), coord(*y)));
        }
    }
    d
}

/// The chart, for a plan with actuals.
pub fn actuals_chart(scenario: &Scenario, outcome: &Outcome, size: Size) -> Option<Chart> {
    let actuals = scenario.actuals.as_ref()?;
    let frame = Frame::of(size);
    let xs = XScale::new(frame, outcome);
    let plan = |f: &planner_engine::Figures| f.post_cost - f.variance;
    let max = outcome.months.iter().map(|m| m.figures.post_cost.max(plan(&m.figures))).max().unwrap_or_default();
    let ys = YScale::for_max(frame, max);
    let actual: Vec<bool> = outcome.months.iter().map(|m| actuals.post_cost(m.month).is_some()).collect();
    let forecast: Vec<bool> = actual.iter().map(|a| !a).collect();
    let at = |i: usize, v: Money| (xs.centre(i), ys.y(v));
    let costs: Vec<(f64, f64)> = outcome.months.iter().enumerate().map(|(i, m)| at(i, m.figures.post_cost)).collect();
    let planned: Vec<(f64, f64)> = outcome.months.iter().enumerate().map(|(i, m)| at(i, plan(&m.figures))).collect();
    let mut chart = Chart {
        title: "Post cost: actuals and forecast".into(),
        legend: vec![Series::Actual, Series::Forecast, Series::Plan],
        ..Chart::over_months("chart-actuals", size, &xs, &ys)
    };
    for (series, points, wanted, join) in [
        (Series::Plan, &planned, &actual, false),
        (Series::Forecast, &costs, &forecast, true),
        (Series::Actual, &costs, &actual, false),
    ] {
        let d = path(points, wanted, join);
        if !d.is_empty() {
            chart.lines.push(Shape { d, series });
        }
    }
    if let Some(i) = xs.index(actuals.through) {
        let x = xs.edge(i + 1);
        let right_side = x > frame.left + frame.width() * 0.6;
        let (label_x, anchor) = if right_side { (x - 4.0, Anchor::End) } else { (x + 4.0, Anchor::Start) };
        let row = MARKER_ROWS[0];
        let text = format!("Actuals to {}", actuals.through.label());
        chart.markers.push(Marker {
            kind: MarkerKind::Actuals,
            x,
            y1: row - 10.0,
            y2: frame.bottom,
            label: Label { x: px(label_x), y: row, anchor, text },
        });
        if actual[i] {
            chart.points.push(Point { x: costs[i].0, y: costs[i].1, series: Series::Actual });
        }
    }
    let months = actual.iter().filter(|a| **a).count();
    let t = &outcome.total;
    chart.summary = format!(
        "Each month's post cost: {months} month{} of actuals to {} (solid line), then the forecast (dashed line); \
         the dotted line is the plan without actuals. The outturn is {}, {} against the plan.",
        if months == 1 { "" } else { "s" },
        actuals.through.label(),
        pounds(t.post_cost),
        pounds_signed(t.variance)
    );
    let rows = outcome
        .months
        .iter()
        .zip(&actual)
        .map(|(m, a)| Row {
            kind: RowKind::Detail,
            header: m.month.label(),
            cells: vec![
                if *a { "Actual" } else { "Forecast" }.into(),
                pounds(m.figures.post_cost),
                pounds(plan(&m.figures)),
                pounds_signed(m.figures.variance),
            ],
        })
        .collect();
    let mut cols = columns("Month", ["Post cost", "Plan without actuals", "Variance"]);
    cols.insert(1, crate::table::Column { label: "Actual or forecast".into(), numeric: false });
    chart.table = Table {
        id: "chart-actuals-table".into(),
        caption: "Post cost each month, actual or forecast, in whole pounds".into(),
        columns: cols,
        groups: vec![rows],
        total: None,
    };
    Some(chart)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::DEFAULT_SIZE;
    use planner_engine::evaluate;

    #[test]
    fn actuals_are_solid_the_forecast_dashed_and_the_last_actual_marked() {
        let text = include_str!("../../../../examples/version-2/actuals-to-september-2024.json");
        let s = Scenario::from_json(text).expect("reads");
        let outcome = evaluate(&s).expect("evaluates");
        let chart = actuals_chart(&s, &outcome, DEFAULT_SIZE).expect("a chart");
        let series: Vec<Series> = chart.lines.iter().map(|l| l.series).collect();
        assert_eq!(series, [Series::Plan, Series::Forecast, Series::Actual]);
        // The forecast carries on from the last actual month: one run, starting there.
        let forecast = &chart.lines[1].d;
        assert_eq!(forecast.matches('M').count(), 1);
        assert_eq!(chart.markers[0].label.text, "Actuals to Sep 2024");
        assert_eq!(chart.markers[0].kind, MarkerKind::Actuals);
        assert_eq!(chart.points.len(), 1);
        let rows: Vec<&Row> = chart.table.rows().collect();
        assert_eq!(rows[17].cells[0], "Actual");
        assert_eq!(rows[18].cells[0], "Forecast");
        assert_eq!(rows[17].cells[3], "+£2,238");
        assert!(
            chart.summary.starts_with("Each month's post cost: 18 months of actuals to Sep 2024"),
            "{}",
            chart.summary
        );
        assert_eq!(actuals_chart(&Scenario::default_scenario(), &outcome, DEFAULT_SIZE), None);
    }

    #[test]
    fn a_month_without_an_actual_breaks_the_actual_line() {
        let points = [(0.0, 1.0), (1.0, 1.0), (2.0, 1.0), (3.0, 1.0)];
        assert_eq!(path(&points, &[true, false, true, true], false), "M0,1M2,1L3,1");
        assert_eq!(path(&points, &[false, true, false, false], true), "M0,1L1,1");
    }
}
