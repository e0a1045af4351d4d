//! The stop-month chart: each plan's cost to the MPS if funding stops after each month, or
//! never, with its own stop ringed and the planner's limit as a rule.

use rust_decimal::Decimal;

use super::stop_words;
use crate::chart::compare::{style_of, Dash, Swatch, Symbol};
use crate::chart::{coord, px, Anchor, Axes, Frame, Label, Size, Tick, XScale, YScale};
use crate::format::pounds;
use crate::table::Table;
use crate::table::{columns, Row, RowKind};
use planner_engine::analysis::stop_curve::CurvePoint;
use planner_engine::money::Money;
use planner_engine::month::Month;

/// The stop-month chart's drawing: the size of the results charts.
pub const CURVE_SIZE: Size = Size { width: 760.0, height: 320.0 };
/// Room at the right of the months for the gap and the "Never" point.
const NEVER_ROOM: f64 = 64.0;
/// A limit this many times above the highest point is not drawn: it would flatten the curves.
const LIMIT_IN_SCALE: i64 = 3;
/// Room above the plot for the top tick's label.
const TOP: f64 = 12.0;
/// The radius of the ring around a plan's own stop.
const RING: f64 = 7.0;

/// One plan's curve, as the chart needs it.
#[derive(Debug, Clone, Copy)]
pub struct CurveSeries<'a> {
    pub name: &'a str,
    /// The months of the plan in order, then never ([`planner_engine::analysis::stop_month_curve`]).
    pub curve: &'a [CurvePoint],
    /// The plan's own `grant.stops_after`.
    pub own_stop: Option<Month>,
}

/// One plan's line.
#[derive(Debug, Clone, PartialEq)]
pub struct CurveLine {
    /// The plan's position (0: business as usual); also picks its colour class.
    pub index: usize,
    pub name: String,
    pub dash: Dash,
    pub symbol: Symbol,
    /// A point for each month of the plan, in order, then one for never.
    pub points: Vec<(f64, f64)>,
    /// The line through the month points (never stands apart, after the gap).
    pub d: String,
    /// The symbol at each quarter's last month and at never, as one path.
    pub symbols: String,
    /// A ring around the plan's own stop, when it is a point of the curve.
    pub ring: Option<String>,
    /// `Business as usual (solid line, circles): never stops, £0`.
    pub legend: String,
    pub swatch: Swatch,
}

/// The planner's limit, drawn across the plot.
#[derive(Debug, Clone, PartialEq)]
pub struct LimitRule {
    pub x1: f64,
    pub x2: f64,
    pub y: f64,
    pub label: Label,
}

/// The stop-month chart, ready to draw in a `viewBox` of `width` × `height`.
#[derive(Debug, Clone, PartialEq)]
pub struct CurveChart {
    pub id: &'static str,
    pub title: String,
    /// What the chart shows, in a sentence or two, shown above it.
    pub summary: String,
    /// The summary and each plan's figures in words: the drawing's description.
    pub description: String,
    pub width: f64,
    pub height: f64,
    /// The plot, whose months end `NEVER_ROOM` before its right edge, where never stands;
    /// the month ticks are at the centre of each quarter's first month.
    pub axes: Axes,
    /// Where the months end and the gap before never begins.
    pub months_right: f64,
    /// "Never" under the axis.
    pub never: Tick,
    pub limit: Option<LimitRule>,
    pub lines: Vec<CurveLine>,
    pub table: Table,
}

/// The months from the first plan's start to the last plan's end.
fn all_months(series: &[CurveSeries]) -> Vec<Month> {
    let months = || series.iter().flat_map(|s| s.curve.iter().filter_map(|p| p.stops_after));
    match (months().min(), months().max()) {
        (Some(a), Some(b)) => a.through(b).collect(),
        _ => Vec::new(),
    }
}

/// The point of the curve that is the plan's own stop: its month, or never when the plan
/// never stops or stops after its last month; none when it stops before the first.
fn own_point(curve: &[CurvePoint], own_stop: Option<Month>) -> Option<usize> {
    let never = || curve.iter().position(|p| p.stops_after.is_none());
    let Some(m) = own_stop else { return never() };
    if let Some(i) = curve.iter().position(|p| p.stops_after == Some(m)) {
        return Some(i);
    }
    let last_month = curve.iter().filter_map(|p| p.stops_after).max();
    if last_month.is_none_or(|last| m > last) {
        never()
    } else {
        None
    }
}

fn ring(x: f64, y: f64) -> String {
    let (l, cy) = (coord(x - RING), coord(y));
    format!("M{l},{cy}a{r},{r} 0 1,0 {d},0a{r},{r} 0 1,0 -{d},0Z", r = coord(RING), d = coord(2.0 * RING))
}

/// Every plan's stop-month curve on one chart, with `limit` as a rule when given.
pub fn curve_chart(series: &[CurveSeries], limit: Option<Money>, size: Size) -> CurveChart {
    let months = all_months(series);
    let highest = series.iter().flat_map(|s| s.curve.iter().map(|p| p.unfunded_pressure)).max().unwrap_or_default();
    let limit_drawn =
        limit.filter(|l| highest.is_zero() || l.value() <= highest.value() * Decimal::from(LIMIT_IN_SCALE));
    // No marker rows above this plot: only the limit's label, which sits beside its rule.
    let frame = Frame { top: TOP, ..Frame::of(size) };
    let months_right = px((frame.right - NEVER_ROOM).max(frame.left + 1.0));
    let xs = XScale::over(Frame { right: months_right, ..frame }, months.clone());
    let ys = YScale::for_max(frame, highest.max(limit_drawn.unwrap_or_default()));
    let never_x = px(months_right + NEVER_ROOM / 2.0);
    let half_band = (xs.edge(1) - xs.edge(0)) / 2.0;

    let lines: Vec<CurveLine> = series
        .iter()
        .enumerate()
        .map(|(index, s)| {
            let (dash, symbol) = style_of(index);
            let points: Vec<(f64, f64)> = s
                .curve
                .iter()
                .map(|p| {
                    let x = match p.stops_after {
                        Some(m) => xs.index(m).map_or(frame.left, |i| xs.centre(i)),
                        None => never_x,
                    };
                    (x, ys.y(p.unfunded_pressure))
                })
                .collect();
            let month_points: Vec<String> = s
                .curve
                .iter()
                .zip(&points)
                .filter(|(p, _)| p.stops_after.is_some())
                .map(|(_, (x, y))| format!("{},{}", coord(*x), coord(*y)))
                .collect();
            let d = if month_points.is_empty() { String::new() } else { format!("M{}", month_points.join("L")) };
            let symbols = s
                .curve
                .iter()
                .zip(&points)
                .filter(|(p, _)| p.stops_after.is_none_or(|m| m.month() % 3 == 0))
                .map(|(_, (x, y))| symbol.path(*x, *y))
                .collect();
            let own = own_point(s.curve, s.own_stop);
            let ring = own.and_then(|i| points.get(i)).map(|(x, y)| ring(*x, *y));
            let own_text = match own.and_then(|i| s.curve.get(i)) {
                Some(p) => format!("as planned, {}: {}", stop_words(p.stops_after), pounds(p.unfunded_pressure)),
                None => "as planned, it stops before it starts".into(),
            };
            CurveLine {
                index,
                name: s.name.into(),
                dash,
                symbol,
                d,
                symbols,
                ring,
                legend: format!("{} ({}, {}; ringed {own_text})", s.name, dash.describe(), symbol.describe()),
                swatch: Swatch { line: "M0,6H36".into(), symbol: symbol.path(18.0, 6.0) },
                points,
            }
        })
        .collect();

    let limit_rule = limit_drawn.map(|l| {
        let y = ys.y(l);
        let text = format!("Limit {}", pounds(l));
        CurveChart::limit_label(frame, y, text)
    });
    let x_ticks = xs.ticks().into_iter().map(|t| Tick { at: px(t.at + half_band), label: t.label }).collect();
    let never = Tick { at: never_x, label: "Never".into() };
    let (summary, description) = curve_summary(series, limit, limit_drawn.is_some());
    CurveChart {
        id: "decide-curve",
        title: "Cost to the MPS if funding stops after each month".into(),
        summary,
        description,
        width: size.width,
        height: size.height,
        axes: Axes { frame, y_ticks: ys.ticks(), x_ticks, years: xs.years() },
        months_right,
        never,
        limit: limit_rule,
        lines,
        table: curve_table(series, &months),
    }
}

impl CurveChart {
    fn limit_label(frame: Frame, y: f64, text: String) -> LimitRule {
        // Above the rule unless that would leave the plot.
        let label_y = if y - 6.0 < frame.top { y + 14.0 } else { y - 6.0 };
        let label = Label { x: px(frame.left + 6.0), y: px(label_y), anchor: Anchor::Start, text };
        LimitRule { x1: frame.left, x2: frame.right, y, label }
    }
}

/// A short summary to show, and the whole description (each plan's figures) for the drawing.
fn curve_summary(series: &[CurveSeries], limit: Option<Money>, drawn: bool) -> (String, String) {
    if series.is_empty() {
        let none = String::from("No plan could be analysed.");
        return (none.clone(), none);
    }
    let plans: Vec<String> = series
        .iter()
        .map(|s| {
            let first = s.curve.iter().find(|p| p.stops_after.is_some());
            let never = s.curve.iter().find(|p| p.stops_after.is_none());
            let own = own_point(s.curve, s.own_stop).and_then(|i| s.curve.get(i));
            let mut text = format!("“{}”", s.name);
            if let Some(p) = first {
                let month = p.stops_after.map(Month::label).unwrap_or_default();
                text.push_str(&format!(": {} if funding stops after {month}", pounds(p.unfunded_pressure)));
            }
            if let Some(p) = never {
                text.push_str(&format!(", {} if it never stops", pounds(p.unfunded_pressure)));
            }
            if let Some(p) = own {
                let planned = stop_words(p.stops_after);
                text.push_str(&format!("; as planned it {planned}: {}", pounds(p.unfunded_pressure)));
            }
            text
        })
        .collect();
    let mut same = String::new();
    for (j, s) in series.iter().enumerate() {
        if let Some(earlier) = series[..j].iter().find(|e| e.curve == s.curve) {
            same.push_str(&format!(" The curve of “{}” is the same as that of “{}”.", s.name, earlier.name));
        }
    }
    let limit_text = match (limit, drawn) {
        (Some(l), true) => format!(" The horizontal line is the limit of {}.", pounds(l)),
        (Some(l), false) => format!(" The limit of {} is far above every point, so it is not drawn.", pounds(l)),
        (None, _) => String::new(),
    };
    let summary = format!(
        "The total cost to the MPS (unfunded pressure) if funding stops after each month of the plan, or never, \
         one line per plan; a ring marks each plan's own stop.{same}{limit_text}"
    );
    let description = format!("{summary} {}.", plans.join("; "));
    (summary, description)
}

fn curve_table(series: &[CurveSeries], months: &[Month]) -> Table {
    let stops: Vec<Option<Month>> = months.iter().copied().map(Some).chain([None]).collect();
    let owns: Vec<Option<usize>> = series.iter().map(|s| own_point(s.curve, s.own_stop)).collect();
    let rows = stops
        .iter()
        .map(|stop| {
            let cells = series
                .iter()
                .zip(&owns)
                .map(|(s, own)| match s.curve.iter().position(|p| p.stops_after == *stop) {
                    Some(i) if *own == Some(i) => format!("{} (its own stop)", pounds(s.curve[i].unfunded_pressure)),
                    Some(i) => pounds(s.curve[i].unfunded_pressure),
                    None => "—".into(),
                })
                .collect();
            let header = stop.map_or_else(|| "Never".into(), Month::label);
            Row { kind: if stop.is_some() { RowKind::Detail } else { RowKind::Key }, header, cells }
        })
        .collect();
    Table {
        total: None,
        id: "decide-curve-table".into(),
        caption: "Cost to the MPS if funding stops after each month, by plan, in whole pounds".into(),
        columns: columns("Funding stops after", series.iter().map(|s| s.name)),
        groups: vec![rows],
    }
}

#[cfg(test)]
#[path = "curve_tests.rs"]
mod tests;
