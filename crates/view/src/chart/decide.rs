//! Chart geometry for the Decide view, in SVG user units (docs/DECISIONS.md, "Decision
//! analysis"):
//! - [`curve_chart`]: every plan's stop-month curve on one chart: the cost to the MPS if
//!   funding stops after each month, then "Never" after a gap; each plan's own stop ringed;
//!   the planner's limit as a labelled horizontal rule.
//! - [`distribution_chart`]: one plan's outcomes at the review points as horizontal bars, the
//!   length of each its probability, labelled with the stop, the cost and the percentage.
//!
//! Lines are told apart without colour by dash and symbol ([`style_of`], as on the compare
//! chart) and by a legend in words; each chart has a summary and a table of its figures.
//! Scales, ticks and year bands come from [`crate::chart`].

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::chart::compare::{style_of, Dash, Swatch, Symbol};
use crate::chart::{coord, px, Anchor, Frame, Label, Size, Tick, XScale, YScale, YearBand, CHAR_PX};
use crate::decide::DataTable;
use crate::format::pounds;
use crate::table::{Column, Row, RowKind};
use planner_engine::analysis::odds::Distribution;
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
    /// The plot; the months end `NEVER_ROOM` before its right edge, where never stands.
    pub frame: Frame,
    /// Where the months end and the gap before never begins.
    pub months_right: f64,
    pub y_ticks: Vec<Tick>,
    /// At the centre of each quarter's first month.
    pub x_ticks: Vec<Tick>,
    pub years: Vec<YearBand>,
    /// "Never" under the axis.
    pub never: Tick,
    pub limit: Option<LimitRule>,
    pub lines: Vec<CurveLine>,
    pub table: DataTable,
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

fn stop_words(stops_after: Option<Month>) -> String {
    match stops_after {
        Some(m) => format!("stops after {}", m.label()),
        None => "never stops".into(),
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
        frame,
        months_right,
        y_ticks: ys.ticks(),
        x_ticks,
        years: xs.years(),
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

fn curve_table(series: &[CurveSeries], months: &[Month]) -> DataTable {
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
    DataTable {
        id: "decide-curve-table".into(),
        caption: "Cost to the MPS if funding stops after each month, by plan, in whole pounds".into(),
        columns: std::iter::once(Column { label: "Funding stops after".into(), numeric: false })
            .chain(series.iter().map(|s| Column { label: s.name.into(), numeric: true }))
            .collect(),
        groups: vec![rows],
    }
}

/// `20%`, `5.6%`, `under 0.1%`: a probability as a percentage to one decimal place.
pub fn percent_text(probability: Decimal) -> String {
    let percent =
        (probability * Decimal::ONE_HUNDRED).round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero);
    if percent.is_zero() && probability > Decimal::ZERO {
        "under 0.1%".into()
    } else {
        format!("{}%", percent.normalize())
    }
}

/// One outcome's bar: its length is its probability.
#[derive(Debug, Clone, PartialEq)]
pub struct OddsBar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// At the left: `After Dec 2023: £860,828`.
    pub name: Label,
    /// After the bar: `16%`.
    pub value: Label,
}

/// One plan's distribution, ready to draw in a `viewBox` of `width` × `height`.
#[derive(Debug, Clone, PartialEq)]
pub struct DistributionChart {
    /// Unique on the page: `decide-odds-<index>`.
    pub id: String,
    /// The plan's position, for its colour class.
    pub index: usize,
    pub title: String,
    pub summary: String,
    pub width: f64,
    pub height: f64,
    pub frame: Frame,
    /// 0% to 100%, at the foot of the bars.
    pub x_ticks: Vec<Tick>,
    /// A heading over each pay-award case's bars.
    pub groups: Vec<Label>,
    pub bars: Vec<OddsBar>,
    pub table: DataTable,
}

/// The width of the distribution charts.
pub const DISTRIBUTION_WIDTH: f64 = 560.0;
const LABEL_ROOM: f64 = 200.0;
const ROW: f64 = 24.0;
const BAR: f64 = 16.0;

/// `After Dec 2023` or `Never`: an outcome's stop.
fn outcome_stop(stops_after: Option<Month>) -> String {
    stops_after.map_or_else(|| "Never".into(), |m| format!("After {}", m.label()))
}

/// One plan's distribution at the review points, `cases` naming each pay-award case's
/// heading (`Low: 2% a year, weight 25%`) in the order of the distribution's outcomes.
pub fn distribution_chart(index: usize, name: &str, d: &Distribution, cases: &[String]) -> DistributionChart {
    let mut groups: Vec<Label> = Vec::new();
    let mut bars: Vec<OddsBar> = Vec::new();
    let top = 8.0;
    let mut y = top;
    let left = LABEL_ROOM;
    let right = DISTRIBUTION_WIDTH - 48.0;
    let mut case: Option<&str> = None;
    for o in &d.outcomes {
        if o.pay_award_case.is_some() && o.pay_award_case.as_deref() != case {
            case = o.pay_award_case.as_deref();
            let heading = cases.get(groups.len()).cloned().unwrap_or_else(|| case.unwrap_or_default().into());
            groups.push(Label { x: 0.0, y: px(y + 14.0), anchor: Anchor::Start, text: heading });
            y += ROW;
        }
        let share = o.probability.to_f64().unwrap_or(0.0).clamp(0.0, 1.0);
        let width = px(share * (right - left));
        let mid = y + ROW / 2.0;
        let text = format!("{}: {}", outcome_stop(o.stops_after), pounds(o.unfunded_pressure));
        let fits = text.chars().count() as f64 * CHAR_PX <= LABEL_ROOM - 8.0;
        bars.push(OddsBar {
            x: left,
            y: px(mid - BAR / 2.0),
            width,
            height: BAR,
            name: Label {
                x: px(left - 8.0),
                y: px(mid + 4.0),
                anchor: Anchor::End,
                text: if fits { text } else { outcome_stop(o.stops_after) },
            },
            value: Label {
                x: px(left + width + 6.0),
                y: px(mid + 4.0),
                anchor: Anchor::Start,
                text: percent_text(o.probability),
            },
        });
        y += ROW;
    }
    let frame = Frame { left, top, right, bottom: px(y + 4.0) };
    let x_ticks = (0..=4)
        .map(|q| Tick { at: px(left + f64::from(q) / 4.0 * (right - left)), label: format!("{}%", q * 25) })
        .collect();
    DistributionChart {
        id: format!("decide-odds-{index}"),
        index,
        title: format!("“{name}”: chance of each outcome"),
        summary: distribution_summary(name, d),
        width: DISTRIBUTION_WIDTH,
        height: px(y + 32.0),
        frame,
        x_ticks,
        groups,
        bars,
        table: distribution_table(index, name, d),
    }
}

fn distribution_summary(name: &str, d: &Distribution) -> String {
    let likeliest = d.outcomes.iter().max_by(|a, b| a.probability.cmp(&b.probability));
    let most = likeliest.map_or_else(String::new, |o| {
        let case = o.pay_award_case.as_deref().map_or_else(String::new, |c| format!(" with the {c} pay award"));
        format!(
            " The likeliest outcome is that funding {}{case} ({}), costing {}.",
            stop_words(o.stops_after),
            percent_text(o.probability),
            pounds(o.unfunded_pressure)
        )
    });
    format!(
        "“{name}”: the chance of each outcome at the review points, as bars from 0% to 100%. Expected cost to the \
         MPS {}; median (p50) {}; at least a 9 in 10 chance it is {} or less (p90).{most}",
        pounds(d.expected),
        pounds(d.p50),
        pounds(d.p90)
    )
}

fn distribution_table(index: usize, name: &str, d: &Distribution) -> DataTable {
    let with_cases = d.outcomes.iter().any(|o| o.pay_award_case.is_some());
    let rows = d
        .outcomes
        .iter()
        .map(|o| {
            let stop = o.stops_after.map_or_else(|| "Never".into(), Month::label);
            let header = match &o.pay_award_case {
                Some(case) if with_cases => format!("{case}: {stop}"),
                _ => stop,
            };
            Row { kind: RowKind::Detail, header, cells: vec![percent_text(o.probability), pounds(o.unfunded_pressure)] }
        })
        .collect();
    let first = if with_cases { "Pay award: funding stops after" } else { "Funding stops after" };
    DataTable {
        id: format!("decide-odds-{index}-table"),
        caption: format!("“{name}”: each outcome's chance and cost to the MPS, in whole pounds"),
        columns: vec![
            Column { label: first.into(), numeric: false },
            Column { label: "Chance".into(), numeric: true },
            Column { label: "Cost to the MPS".into(), numeric: true },
        ],
        groups: vec![rows],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use planner_engine::analysis::odds::OddsOutcome;
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
        let f = chart.frame;
        let top_tick = chart.y_ticks.last().map(|t| t.label.clone()).unwrap_or_default();
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
        let f = chart.frame;
        let expected = f.bottom - 100_000.0 / 1_500_000.0 * f.height();
        assert!((rule.y - expected).abs() <= 0.1, "{} vs {expected}", rule.y);
        assert_eq!((rule.x1, rule.x2), (f.left, f.right));
        assert_eq!(rule.label.text, "Limit £100,000");
        assert!(chart.summary.contains("The horizontal line is the limit of £100,000."), "{}", chart.summary);
        // The £500,000 tick sits on the same scale, five times as high above the axis.
        let tick = chart.y_ticks.iter().find(|t| t.label == "£500k").map(|t| t.at).unwrap_or_default();
        assert!(((f.bottom - tick) - 5.0 * (f.bottom - rule.y)).abs() <= 0.5);
    }

    #[test]
    fn a_limit_far_above_the_curves_is_not_drawn_but_said() {
        let (_, chart) = chart_of(&plans(), Some(Money::pence(900_000_000_00)));
        assert_eq!(chart.limit, None);
        assert!(chart.summary.contains("far above every point"));
        assert_eq!(chart.y_ticks.last().map(|t| t.label.as_str()), Some("£1.5m"));
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
        assert_eq!(chart.x_ticks.first().map(|t| t.at), Some(line.points[0].0));
        // Jun, Sep, Dec, Mar of three years (12) and never: 13 symbols.
        assert_eq!(line.symbols.matches('M').count(), 13);
    }

    #[test]
    fn an_empty_set_still_gives_a_chart_that_says_so() {
        let chart = curve_chart(&[], None, CURVE_SIZE);
        assert!(chart.lines.is_empty());
        assert_eq!(chart.summary, "No plan could be analysed.");
    }

    fn outcome(case: Option<&str>, stop: Option<Month>, probability: &str, pence: i64) -> OddsOutcome {
        OddsOutcome {
            pay_award_case: case.map(Into::into),
            stops_after: stop,
            probability: probability.parse().unwrap_or_default(),
            unfunded_pressure: Money::pence(pence),
        }
    }

    fn distribution(outcomes: Vec<OddsOutcome>) -> Distribution {
        Distribution {
            expected: Money::pence(300_000_00),
            p50: Money::pence(0),
            p90: Money::pence(860_827_50),
            outcomes,
        }
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
        let d =
            distribution(vec![outcome(Some("Low"), None, "0.25", 0), outcome(Some("High"), None, "0.75", 15_622_46)]);
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
}
