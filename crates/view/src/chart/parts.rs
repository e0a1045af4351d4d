//! Post cost by part per financial year: a stacked bar per year (pay, then each employer
//! on-cost, all-in posts and actuals) with the year's cap as a dashed line across it, so a
//! planner sees which part grows and in which year the cost passes the cap.

use super::scale::{px, YScale};
use super::{Anchor, Axes, Bar, Chart, Frame, Guide, Label, Series, Size, YearBand, CHAR_PX};
use crate::format::pounds;
use crate::parts::{has_parts, lower, PARTS};
use crate::table::{columns, Row, RowKind, Table};
use planner_engine::money::Money;
use planner_engine::outcome::{CostBreakdown, Outcome};
use planner_engine::scenario::Scenario;

/// The series of each part of [`PARTS`], in its order.
const PART_SERIES: [Series; 6] =
    [Series::Pay, Series::EmployerNi, Series::EmployerPension, Series::Levy, Series::AllIn, Series::ActualPart];

/// The chart, for a scenario with a post built from its pay (`None` otherwise).
pub fn parts_chart(scenario: &Scenario, outcome: &Outcome, size: Size) -> Option<Chart> {
    if !has_parts(scenario) || outcome.years.is_empty() {
        return None;
    }
    let frame = Frame::of(size);
    let tallest = outcome.years.iter().map(|y| y.figures.post_cost.max(y.allocation)).max().unwrap_or_default();
    let ys = YScale::for_max(frame, tallest);
    let band = frame.width() / outcome.years.len() as f64;
    let edge = |i: usize| px(frame.left + i as f64 * band);
    let parts = |b: &CostBreakdown| PARTS.map(|(_, get)| get(b));
    let mut chart = Chart {
        title: "Post cost by part, each financial year".into(),
        table: Table { id: "chart-parts-table".into(), ..Table::default() },
        ..Chart::blank("chart-parts", size, Axes::values(frame, &ys))
    };
    for (i, y) in outcome.years.iter().enumerate() {
        let (x1, x2) = (edge(i), edge(i + 1));
        let mut below = Money::ZERO;
        for (series, value) in PART_SERIES.into_iter().zip(parts(&y.figures.cost_breakdown)) {
            if !value.is_positive() {
                continue;
            }
            let (low, high) = (ys.y(below), ys.y(below + value));
            below += value;
            chart.bars.push(Bar {
                x: px(x1 + band * 0.25),
                y: high,
                width: px(band * 0.5),
                height: px(low - high),
                series,
                title: format!("{}: {} {}", y.fy.label(), series.label(), pounds(value)),
            });
        }
        let mut text = format!("{} {}", y.fy.label(), pounds(y.figures.post_cost));
        if text.chars().count() as f64 * CHAR_PX > band {
            text = y.fy.label();
        }
        let label = Label { x: px((x1 + x2) / 2.0), y: frame.bottom + 18.0, anchor: Anchor::Middle, text };
        chart.axes.years.push(YearBand { from: x1, to: x2, label });
        if y.allocation.is_positive() {
            let cap_y = ys.y(y.allocation);
            let text = format!("Cap {}", pounds(y.allocation));
            let label = Label {
                x: px(x1 + 4.0),
                y: px(cap_y.min(ys.y(y.figures.post_cost)) - 6.0),
                anchor: Anchor::Start,
                text,
            };
            chart.guides.push(Guide { x1, x2, y: cap_y, label: Some(label) });
        }
    }
    let used: Vec<usize> =
        (0..PARTS.len()).filter(|&k| !(PARTS[k].1)(&outcome.total.cost_breakdown).is_zero()).collect();
    chart.legend = used.iter().map(|&k| PART_SERIES[k]).chain([Series::YearCap]).collect();
    chart.summary = summary(outcome);
    let rows = outcome
        .years
        .iter()
        .map(|y| {
            let p = parts(&y.figures.cost_breakdown);
            let cells = used.iter().map(|&k| p[k]).chain([y.figures.post_cost, y.allocation]).map(pounds).collect();
            Row { kind: RowKind::Detail, header: y.fy.label(), cells }
        })
        .collect();
    let labels: Vec<&str> = used.iter().map(|&k| PARTS[k].0).chain(["Post cost", "Cap"]).collect();
    chart.table = Table {
        id: "chart-parts-table".into(),
        caption: "Post cost by part and the cap, each financial year, in whole pounds".into(),
        columns: columns("Financial year", &labels),
        groups: vec![rows],
        total: None,
    };
    Some(chart)
}

/// Which part grows most from the first year to the last, and the years whose post cost
/// is above their cap.
fn summary(outcome: &Outcome) -> String {
    let (Some(first), Some(last)) = (outcome.years.first(), outcome.years.last()) else { return String::new() };
    let growth = PARTS
        .iter()
        .map(|(label, get)| (*label, get(&last.figures.cost_breakdown) - get(&first.figures.cost_breakdown)))
        .max_by_key(|(_, rise)| *rise)
        .filter(|(_, rise)| rise.is_positive());
    let grows = match growth {
        Some((label, rise)) if first.fy != last.fy => format!(
            " From {} to {}, {} grows most, by {}.",
            first.fy.label(),
            last.fy.label(),
            lower(label),
            pounds(rise)
        ),
        _ => String::new(),
    };
    let over: Vec<String> = outcome
        .years
        .iter()
        .filter(|y| y.allocation.is_positive() && y.figures.post_cost > y.allocation)
        .map(|y| {
            format!("{} ({} against a cap of {})", y.fy.label(), pounds(y.figures.post_cost), pounds(y.allocation))
        })
        .collect();
    let cap = match over.as_slice() {
        [] => " The post cost stays within each year's cap.".to_string(),
        [one] => format!(" The post cost is above the cap in {one}."),
        [first, rest @ ..] => format!(" The post cost is first above the cap in {first}, then in {}.", rest.join(", ")),
    };
    format!(
        "Each financial year's post cost, stacked by part, with the year's cap as a dashed line; {} in total.{grows}{cap}",
        pounds(outcome.total.post_cost)
    )
}

#[cfg(test)]
#[path = "parts_tests.rs"]
mod tests;
