//! The results page's three charts: monthly cost by who pays, cash owed by the funder and
//! cumulative unfunded pressure, each with its summary and table.

use rust_decimal::Decimal;

use super::scale::{coord, px, XScale, YScale};
use super::{Anchor, Bar, Chart, Frame, Guide, Label, Point, Series, Shape, Size, CHAR_PX};
use crate::format::pounds;
use crate::table::{Row, RowKind, Table};
use planner_engine::money::Money;
use planner_engine::outcome::Outcome;
use planner_engine::scenario::Scenario;

/// The three charts of the results page.
pub fn charts(scenario: &Scenario, outcome: &Outcome, size: Size) -> Vec<Chart> {
    vec![
        cost_chart(scenario, outcome, size),
        cash_chart(scenario, outcome, size),
        pressure_chart(scenario, outcome, size),
    ]
}

/// The parts every chart shares: frame, scales, ticks, years and markers.
fn chart_base(
    id: &'static str,
    scenario: &Scenario,
    outcome: &Outcome,
    size: Size,
    max: Money,
) -> (Chart, XScale, YScale) {
    let frame = Frame::of(size);
    let xs = XScale::new(frame, outcome);
    let ys = YScale::for_max(frame, max);
    let chart = Chart {
        markers: xs.markers(scenario),
        table: Table { id: id.into(), ..Table::default() },
        ..Chart::over_months(id, size, &xs, &ys)
    };
    (chart, xs, ys)
}

fn data_table(id: &'static str, caption: String, first: &str, columns: &[&str], rows: Vec<Row>) -> Table {
    Table { id: id.into(), caption, columns: crate::table::columns(first, columns), groups: vec![rows], total: None }
}

fn detail(header: String, cells: Vec<String>) -> Row {
    Row { kind: RowKind::Detail, header, cells }
}

fn span(outcome: &Outcome) -> String {
    match (outcome.months.first(), outcome.months.last()) {
        (Some(a), Some(b)) => format!("{} to {}", a.month.label(), b.month.label()),
        _ => "the plan".into(),
    }
}

fn monthly_share(allocation: Money) -> Money {
    Money::from_decimal(allocation.value() / Decimal::from(12))
}

/// Monthly cost stacked by who pays, with each year's allocation ÷ 12.
pub fn cost_chart(scenario: &Scenario, outcome: &Outcome, size: Size) -> Chart {
    let stacks: Vec<[(Series, Money); 6]> = outcome
        .months
        .iter()
        .map(|m| {
            let f = &m.figures;
            [
                (Series::Claimed, f.claimed),
                (Series::CapExcess, f.cap_excess),
                (Series::AfterStop, f.post_cost - f.eligible),
                (Series::Backfill, f.backfill_cost),
                (Series::Redeployed, f.redeployed_cost),
                (Series::NonStaff, f.non_staff_cost),
            ]
        })
        .collect();
    let tallest = stacks.iter().map(|s| s.iter().map(|(_, v)| *v).sum::<Money>()).max().unwrap_or_default();
    let highest_share = outcome.years.iter().map(|y| monthly_share(y.allocation)).max().unwrap_or_default();
    let (mut chart, xs, ys) = chart_base("chart-cost", scenario, outcome, size, tallest.max(highest_share));

    for (i, (m, stack)) in outcome.months.iter().zip(&stacks).enumerate() {
        let mut below = Money::ZERO;
        for (series, value) in stack.iter().filter(|(_, v)| v.is_positive()) {
            let (y_low, y_high) = (ys.y(below), ys.y(below + *value));
            below += *value;
            chart.bars.push(Bar {
                x: px(xs.edge(i) + xs.band * 0.15),
                y: y_high,
                width: px(xs.band * 0.7),
                height: px(y_low - y_high),
                series: *series,
                title: format!("{}: {} {}", m.month.label(), series.label(), pounds(*value)),
            });
        }
    }
    for y in &outcome.years {
        let Some(first) = xs.months.iter().position(|m| m.financial_year() == y.fy) else { continue };
        let last = xs.months.iter().rposition(|m| m.financial_year() == y.fy).unwrap_or(first);
        let (x1, x2) = (xs.edge(first), xs.edge(last + 1));
        let share = monthly_share(y.allocation);
        let yy = ys.y(share);
        let texts = if y.allocation.is_zero() {
            vec![format!("{}: no allocation", y.fy.label()), "No allocation".into()]
        } else {
            let cap = format!("{} ÷ 12 = {}", pounds(y.allocation), pounds(share));
            vec![format!("{} cap {cap}", y.fy.label()), format!("Cap {cap}"), format!("{} a month", pounds(share))]
        };
        let room = x2 - x1 - 8.0;
        let text = texts.into_iter().find(|t| t.chars().count() as f64 * CHAR_PX <= room);
        // Above the year's bars as well as its line, so bars never cover the words.
        let tallest = stacks[first..=last].iter().map(|s| s.iter().map(|(_, v)| *v).sum::<Money>()).max();
        let label_y = yy.min(ys.y(tallest.unwrap_or_default())) - 6.0;
        let label = text.map(|text| Label { x: px(x1 + 4.0), y: px(label_y), anchor: Anchor::Start, text });
        chart.guides.push(Guide { x1, x2, y: yy, label });
    }

    let t = &outcome.total;
    let after_stop = t.post_cost - t.eligible;
    chart.title = "Monthly cost by who pays".into();
    chart.summary = format!(
        "Each month's post cost, stacked by who pays, with the backfill of vacated core roles on top. \
         Over {} the grant pays {}; the MPS must find {} ({} after funding stops, {} above the cap); \
         the retained core budget pays {} of backfill; the budgets receiving redeployed officers pay {}; \
         non-staff costs are {}. Dashed lines mark each year's allocation spread evenly over its months.",
        span(outcome),
        pounds(t.claimed),
        pounds(t.unfunded_pressure),
        pounds(after_stop),
        pounds(t.cap_excess),
        pounds(t.backfill_cost),
        pounds(t.redeployed_cost),
        pounds(t.non_staff_cost),
    );
    // Redeployed and non-staff costs are often nil: named only when there is some.
    let some = |series: Series, m: Money| Some(series).filter(|_| m.is_positive());
    chart.legend = [Series::Claimed, Series::CapExcess, Series::AfterStop, Series::Backfill]
        .into_iter()
        .chain(some(Series::Redeployed, t.redeployed_cost))
        .chain(some(Series::NonStaff, t.non_staff_cost))
        .chain([Series::Allocation])
        .collect();
    let rows = outcome
        .months
        .iter()
        .zip(&stacks)
        .map(|(m, stack)| {
            let share = monthly_share(outcome.year(m.month.financial_year()).map(|y| y.allocation).unwrap_or_default());
            detail(m.month.label(), stack.iter().map(|(_, v)| *v).chain([share]).map(pounds).collect())
        })
        .collect();
    chart.table = data_table(
        "chart-cost-table",
        "Monthly cost by who pays, in whole pounds".into(),
        "Month",
        &[
            "Grant claimed",
            "Cost above the cap",
            "Post cost after funding stops",
            "Backfill",
            "Redeployed",
            "Non-staff",
            "Allocation ÷ 12",
        ],
        rows,
    );
    chart
}

/// Cash owed by the funder at each month end: a step line, with its peak marked.
pub fn cash_chart(scenario: &Scenario, outcome: &Outcome, size: Size) -> Chart {
    let peak = outcome.peak_cash_position;
    let (mut chart, xs, ys) = chart_base("chart-cash", scenario, outcome, size, peak.amount);
    let mut line = String::new();
    for (i, m) in outcome.months.iter().enumerate() {
        let y = ys.y(m.cash_position);
        if i == 0 {
            line.push_str(&format!("M{},{}", coord(xs.edge(0)), coord(y)));
        } else {
            line.push_str(&format!("V{}", coord(y)));
        }
        line.push_str(&format!("H{}", coord(xs.edge(i + 1))));
    }
    if !line.is_empty() {
        let base = coord(ys.y(Money::ZERO));
        chart.areas.push(Shape { d: format!("{line}V{base}H{}Z", coord(xs.edge(0))), series: Series::Cash });
        chart.lines.push(Shape { d: line, series: Series::Cash });
    }
    if let Some(i) = peak.month.and_then(|m| xs.index(m)) {
        let (x, y) = (xs.centre(i), ys.y(peak.amount));
        chart.points.push(Point { x, y, series: Series::Cash });
        let right_side = x > xs.frame.left + xs.frame.width() * 0.6;
        let (lx, anchor) = if right_side { (x - 6.0, Anchor::End) } else { (x + 6.0, Anchor::Start) };
        let text = format!("Most owed: {}, end of {}", pounds(peak.amount), xs.months[i].label());
        chart.labels.push(Label { x: px(lx), y: px(y - 6.0), anchor, text });
    }

    let last = outcome.months.last().map(|m| (m.month, m.cash_position));
    chart.title = "Cash owed by the funder".into();
    chart.summary = match (peak.month, last) {
        (Some(at), Some((end, owed))) => {
            let settled = outcome.invoices.last().map(|i| i.paid.label()).unwrap_or_default();
            format!(
                "The MPS pays salaries first and invoices quarterly in arrears, so the funder owes money between \
                 payments. It owes at most {}, at the end of {}, and {} at the end of {}; the last invoice is paid in {}.",
                pounds(peak.amount),
                at.label(),
                pounds(owed),
                end.label(),
                settled
            )
        }
        _ => "Nothing is claimed from the grant, so the funder never owes anything.".into(),
    };
    chart.legend = vec![Series::Cash];
    let rows = outcome
        .months
        .iter()
        .map(|m| {
            let paid: Money = outcome.invoices.iter().filter(|i| i.paid == m.month).map(|i| i.amount).sum();
            detail(m.month.label(), [m.figures.claimed, paid, m.cash_position].map(pounds).to_vec())
        })
        .collect();
    chart.table = data_table(
        "chart-cash-table",
        "Cash owed by the funder, in whole pounds".into(),
        "Month",
        &["Claimed in the month", "Invoices paid in the month", "Owed at month end"],
        rows,
    );
    chart
}

/// Unfunded pressure added up month by month.
pub fn pressure_chart(scenario: &Scenario, outcome: &Outcome, size: Size) -> Chart {
    let running: Vec<Money> = outcome
        .months
        .iter()
        .scan(Money::ZERO, |sum, m| {
            *sum += m.figures.unfunded_pressure;
            Some(*sum)
        })
        .collect();
    let total = running.last().copied().unwrap_or_default();
    let (mut chart, xs, ys) = chart_base("chart-pressure", scenario, outcome, size, total);
    let points: Vec<String> =
        running.iter().enumerate().map(|(i, v)| format!("{},{}", coord(xs.centre(i)), coord(ys.y(*v)))).collect();
    if let Some(end) = outcome.months.last().filter(|_| !points.is_empty()) {
        let line = format!("M{}", points.join("L"));
        let base = coord(ys.y(Money::ZERO));
        let (x0, x1) = (xs.centre(0), xs.centre(points.len() - 1));
        let (c0, c1) = (coord(x0), coord(x1));
        chart.areas.push(Shape { d: format!("{line}L{c1},{base}L{c0},{base}Z"), series: Series::CumulativePressure });
        chart.lines.push(Shape { d: line, series: Series::CumulativePressure });
        let y = ys.y(total);
        chart.points.push(Point { x: x1, y, series: Series::CumulativePressure });
        let text = format!("{} by {}", pounds(total), end.month.label());
        chart.labels.push(Label { x: px(x1 - 6.0), y: px(y - 8.0), anchor: Anchor::End, text });
    }

    chart.title = "Unfunded pressure, running total".into();
    let starts = outcome.months.iter().find(|m| m.figures.unfunded_pressure.is_positive());
    chart.summary = match starts {
        None => "No unfunded pressure at any point: the grant covers every eligible cost.".into(),
        Some(m) => {
            let years: Vec<String> = outcome
                .years
                .iter()
                .map(|y| format!("{} in {}", pounds(y.figures.unfunded_pressure), y.fy.label()))
                .collect();
            format!(
                "Unfunded pressure starts in {} and adds up to {} by the end of {}: {}.",
                m.month.label(),
                pounds(total),
                outcome.months.last().map(|m| m.month.label()).unwrap_or_default(),
                years.join(", ")
            )
        }
    };
    chart.legend = vec![Series::CumulativePressure];
    let rows = outcome
        .months
        .iter()
        .zip(&running)
        .map(|(m, sum)| detail(m.month.label(), vec![pounds(m.figures.unfunded_pressure), pounds(*sum)]))
        .collect();
    chart.table = data_table(
        "chart-pressure-table",
        "Unfunded pressure, in whole pounds".into(),
        "Month",
        &["In the month", "Running total"],
        rows,
    );
    chart
}

#[cfg(test)]
#[path = "results_tests.rs"]
mod tests;
