//! Cumulative unfunded pressure of every plan on one chart: one line per scenario, told
//! apart without colour by dash pattern, point symbols (at each year end and the last month)
//! and a direct label at the line's end with the plan's name and total; a legend repeats
//! them in words. The agreement's expiry (end of Dec 2023) is marked. The text alternative
//! is a summary sentence and a table of every running total.
//!
//! Geometry reuses [`crate::chart`]'s scales and ticks; the x axis spans every month of
//! every plan, so plans with different horizons share it.

pub use crate::chart::style::{style_of, Dash, Symbol};

use crate::chart::MARKER_ROWS;
use crate::chart::{coord, px, Anchor, Axes, Frame, Label, Marker, MarkerKind, Size, XScale, YScale};
use crate::compare::{baseline_phrase, Difference, Measure};
use crate::format::{isolated, pounds};
use crate::table::{columns, Row, RowKind, Table};
use planner_engine::flags::AGREEMENT_EXPIRY;
use planner_engine::money::Money;
use planner_engine::month::Month;
use planner_engine::outcome::Outcome;
use planner_engine::scenario::Scenario;

/// A legend key, drawn in a `viewBox="0 0 36 12"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Swatch {
    pub line: String,
    pub symbol: String,
}

/// One scenario's running total.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioLine {
    /// The scenario's position: 0 is the baseline. Also for the colour class.
    pub index: usize,
    pub name: String,
    /// The line through each month's running total (an SVG path), drawn with `dash`.
    pub d: String,
    pub dash: Dash,
    pub symbol: Symbol,
    /// Every symbol of the line (year ends and the last month) as one path.
    pub symbols: String,
    /// At the right of the plot, beside the line's end: the name (shortened to fit) and total.
    pub end_label: Label,
    /// From the line's end to its label, when labels were moved apart to stay readable.
    pub leader: Option<String>,
    /// `Business as usual (solid line, circles): £0 by Mar 2026`.
    pub legend: String,
    pub swatch: Swatch,
}

/// The comparison chart, ready to draw in a `viewBox` of `width` × `height`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparisonChart {
    pub id: &'static str,
    pub title: String,
    pub summary: String,
    pub width: f64,
    pub height: f64,
    pub axes: Axes,
    pub markers: Vec<Marker>,
    pub lines: Vec<ScenarioLine>,
    pub table: Table,
}

/// The widest a bold 12-unit glyph of an end label runs (digits and capitals are wider
/// than [`crate::chart::CHAR_PX`]'s average): measured so a label never runs past the drawing's edge.
const LABEL_CHAR_PX: f64 = 7.6;

/// Vertical room a label needs so neighbours do not touch.
const LABEL_GAP: f64 = 14.0;

/// Cumulative unfunded pressure of each scenario (`scenarios[0]` the baseline).
pub fn pressure_comparison_chart(scenarios: &[(Scenario, Outcome)], size: Size) -> ComparisonChart {
    let first = scenarios.iter().filter_map(|(_, o)| o.months.first()).map(|m| m.month).min();
    let last = scenarios.iter().filter_map(|(_, o)| o.months.last()).map(|m| m.month).max();
    let months: Vec<Month> = match (first, last) {
        (Some(a), Some(b)) => a.through(b).collect(),
        _ => Vec::new(),
    };
    let running: Vec<Vec<(Month, Money)>> = scenarios
        .iter()
        .map(|(_, o)| {
            o.months
                .iter()
                .scan(Money::ZERO, |sum, m| {
                    *sum += m.figures.unfunded_pressure;
                    Some((m.month, *sum))
                })
                .collect()
        })
        .collect();
    let totals: Vec<Money> = running.iter().map(|r| r.last().map(|(_, v)| *v).unwrap_or_default()).collect();
    let texts: Vec<String> = totals.iter().map(|t| pounds(*t)).collect();
    let names: Vec<&str> = scenarios.iter().map(|(s, _)| s.name.as_str()).collect();

    let wanted = names
        .iter()
        .zip(&texts)
        .map(|(n, t)| (n.chars().count() + t.len() + 1) as f64 * LABEL_CHAR_PX)
        .fold(0.0, f64::max);
    let margin = (wanted + 12.0).clamp(60.0, size.width * 0.35);
    let mut frame = Frame::of(size);
    frame.right = (size.width - margin).max(frame.left + 1.0);
    let xs = XScale::over(frame, months.clone());
    let ys = YScale::for_max(frame, totals.iter().copied().max().unwrap_or_default());

    let phrase = scenarios.first().map(|(s, _)| baseline_phrase(&s.name)).unwrap_or_default();
    let room = ((margin - 8.0) / LABEL_CHAR_PX) as usize;
    let mut lines: Vec<ScenarioLine> = Vec::new();
    let mut ends: Vec<(f64, f64)> = Vec::new();
    for (index, (points, name)) in running.iter().zip(&names).enumerate() {
        let (dash, symbol) = style_of(index);
        let xy: Vec<(f64, f64)> =
            points.iter().filter_map(|(m, v)| xs.index(*m).map(|i| (xs.centre(i), ys.y(*v)))).collect();
        let d = xy.iter().map(|(x, y)| format!("{},{}", coord(*x), coord(*y))).collect::<Vec<_>>().join("L");
        let marked = points.iter().zip(&xy).enumerate().filter(|(i, ((m, _), _))| m.month() == 3 || *i + 1 == xy.len());
        let symbols = marked.map(|(_, (_, (x, y)))| symbol.path(*x, *y)).collect::<String>();
        let end = xy.last().copied().unwrap_or((frame.left, frame.bottom));
        ends.push(end);
        let text =
            format!("{} {}", isolated(&shorten(name, room.saturating_sub(texts[index].len() + 1))), texts[index]);
        let end_month = points.last().map(|(m, _)| m.label()).unwrap_or_default();
        lines.push(ScenarioLine {
            index,
            name: (*name).into(),
            d: if d.is_empty() { d } else { format!("M{d}") },
            dash,
            symbol,
            symbols,
            end_label: Label { x: px(frame.right + 8.0), y: px(end.1 + 4.0), anchor: Anchor::Start, text },
            leader: None,
            legend: format!("{name} ({}, {}): {} by {end_month}", dash.describe(), symbol.describe(), texts[index]),
            swatch: Swatch { line: "M0,6H36".into(), symbol: symbol.path(18.0, 6.0) },
        });
    }
    spread_labels(&mut lines, &ends, frame);

    let markers = xs.index(AGREEMENT_EXPIRY).map(|i| {
        let x = xs.edge(i + 1);
        let right_side = x > frame.left + frame.width() * 0.6;
        let (label_x, anchor) = if right_side { (x - 4.0, Anchor::End) } else { (x + 4.0, Anchor::Start) };
        let text = format!("Agreement expires {}", AGREEMENT_EXPIRY.label());
        let label = Label { x: px(label_x), y: MARKER_ROWS[0], anchor, text };
        Marker { kind: MarkerKind::Expiry, x, y1: MARKER_ROWS[0] - 10.0, y2: frame.bottom, label }
    });

    let ends: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let end = running[i].last().map(|(m, _)| m.label()).unwrap_or_default();
            let base = scenarios.first().map(|(_, o)| o.total.unfunded_pressure.value());
            let change = Difference::between(Measure::Pressure, base, Some(totals[i].value()), &phrase);
            let versus = if i == 0 { String::new() } else { format!(", {}", change.words) };
            format!("{name}, {} by {end}{versus}", texts[i])
        })
        .collect();
    let summary = if ends.is_empty() {
        "No plans to compare.".into()
    } else {
        format!(
            "Unfunded pressure added up month by month for each plan: {}. A vertical line marks the end of the \
             agreement in force, {}.",
            ends.join("; "),
            AGREEMENT_EXPIRY.label()
        )
    };
    let rows = months
        .iter()
        .map(|m| {
            let cells = running
                .iter()
                .map(|r| r.iter().find(|(at, _)| at == m).map_or_else(|| "—".into(), |(_, v)| pounds(*v)))
                .collect();
            Row { kind: RowKind::Detail, header: m.label(), cells }
        })
        .collect();
    let columns = columns("Month", &names);
    ComparisonChart {
        id: "chart-compare",
        title: "Unfunded pressure, running total, by option".into(),
        summary,
        width: size.width,
        height: size.height,
        axes: Axes::over_months(&xs, &ys),
        markers: markers.into_iter().collect(),
        lines,
        table: Table {
            id: "chart-compare-table".into(),
            caption: "Unfunded pressure, running total by option, in whole pounds".into(),
            columns,
            groups: vec![rows],
            total: None,
        },
    }
}

/// `Annual review ends fun…`: at most `room` characters.
fn shorten(name: &str, room: usize) -> String {
    if name.chars().count() <= room {
        return name.into();
    }
    let kept: String = name.chars().take(room.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// Moves end labels apart (keeping their order) so none overlaps another, within the plot's
/// height where possible, and draws a leader to a label from its line's end (`ends`) when
/// the label was moved or the line ends before the right of the plot.
fn spread_labels(lines: &mut [ScenarioLine], ends: &[(f64, f64)], frame: Frame) {
    let wanted: Vec<f64> = lines.iter().map(|l| l.end_label.y).collect();
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by(|a, b| wanted[*a].total_cmp(&wanted[*b]).then(a.cmp(b)));
    let mut placed = wanted.clone();
    for k in 1..order.len() {
        placed[order[k]] = placed[order[k]].max(placed[order[k - 1]] + LABEL_GAP);
    }
    let lowest = frame.bottom + 4.0;
    for k in (0..order.len()).rev() {
        let limit = order.get(k + 1).map_or(lowest, |next| placed[*next] - LABEL_GAP);
        placed[order[k]] = placed[order[k]].min(limit);
    }
    for ((line, y), (x0, y0)) in lines.iter_mut().zip(placed).zip(ends.iter().copied()) {
        let moved = (y - line.end_label.y).abs() > 0.5;
        line.end_label.y = px(y);
        if moved || x0 < frame.right - LABEL_GAP {
            let (x1, y1) = (coord(frame.right + 6.0), coord(y - 4.0));
            line.leader = Some(format!("M{},{}L{x1},{y1}", coord(x0 + 5.0), coord(y0)));
        }
    }
}
