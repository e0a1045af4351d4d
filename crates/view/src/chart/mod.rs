//! Chart geometry for the results: scales, ticks, bars and paths in SVG user units, so a
//! component only draws what it is given inside a `viewBox` of [`Chart::width`] ×
//! [`Chart::height`]. `f64` is used here for pixel positions only; every amount shown as
//! text comes from exact [`Money`].
//!
//! Three charts, each with a text alternative (title, summary sentence and a data table):
//! - monthly cost stacked by who pays, with each year's allocation ÷ 12 as a dashed line
//!   across that year's months (where even spending would meet the cap), labelled above
//!   the year's bars (`Cap £382,590 ÷ 12 = £31,883`; the year is named under the axis);
//! - cash owed by the funder at each month end, as a step line;
//! - cumulative unfunded pressure, as a line over a hatched area.
//!
//! All three mark the expiry of the agreement in force and, when funding stops within the
//! horizon, the stop, with vertical lines labelled in words.
//!
//! Without colour, series differ by fill (solid claimed, cross-hatched cost above the cap,
//! diagonal stripes after the stop, horizontal stripes for backfill), by line style (long
//! dashes for the allocation, short dashes for the expiry, solid for the stop) and by words.

pub mod compare;
pub mod decide;
pub mod style;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::format::pounds;
use crate::table::{Column, Row, RowKind, Table};
use planner_engine::flags::AGREEMENT_EXPIRY;
use planner_engine::money::Money;
use planner_engine::month::{FinancialYear, Month};
use planner_engine::scenario::Scenario;
use planner_engine::timeline::Outcome;

/// The size of the drawing, in SVG user units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    pub width: f64,
    pub height: f64,
}

/// What the page uses: wide enough for 36 monthly bars with room for their labels.
pub const DEFAULT_SIZE: Size = Size { width: 760.0, height: 320.0 };

/// Room around the plot: y labels on the left; two rows of marker labels above; month and
/// financial year labels below.
const MARGIN_LEFT: f64 = 56.0;
const MARGIN_RIGHT: f64 = 12.0;
const MARGIN_TOP: f64 = 44.0;
const MARGIN_BOTTOM: f64 = 44.0;
pub(crate) const MARKER_ROWS: [f64; 2] = [14.0, 30.0];
/// Average glyph width at the chart's 12px text: decides whether a label fits.
pub(crate) const CHAR_PX: f64 = 6.6;
/// The space a month label (`Apr 2023`) needs.
const MONTH_LABEL_PX: f64 = 56.0;
/// Headroom above the highest value, so direct labels do not run into the marker labels.
const HEADROOM_PERCENT: i64 = 15;
/// The scale of a chart whose values are all zero.
const EMPTY_TOP: i64 = 100_000;

/// Something drawn, told apart by pattern, line style and label as well as colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Series {
    Claimed,
    CapExcess,
    AfterStop,
    Backfill,
    Allocation,
    Cash,
    CumulativePressure,
}

impl Series {
    /// The legend's words.
    pub fn label(self) -> &'static str {
        match self {
            Series::Claimed => "Grant claimed (the funder pays)",
            Series::CapExcess => "Cost above the cap (MPS pressure)",
            Series::AfterStop => "Post cost after funding stops (MPS pressure)",
            Series::Backfill => "Backfill of vacated core roles (retained core budget)",
            Series::Allocation => "The year's cap ÷ 12 (spending evenly up to the cap)",
            Series::Cash => "Owed by the funder at month end",
            Series::CumulativePressure => "Unfunded pressure, running total",
        }
    }

    /// A stable name for styling: `claimed`, `cap-excess` …
    pub fn name(self) -> &'static str {
        match self {
            Series::Claimed => "claimed",
            Series::CapExcess => "cap-excess",
            Series::AfterStop => "after-stop",
            Series::Backfill => "backfill",
            Series::Allocation => "allocation",
            Series::Cash => "cash",
            Series::CumulativePressure => "pressure",
        }
    }
}

/// The plot area inside the margins.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Frame {
    pub(crate) fn of(size: Size) -> Frame {
        Frame {
            left: MARGIN_LEFT,
            top: MARGIN_TOP,
            right: (size.width - MARGIN_RIGHT).max(MARGIN_LEFT + 1.0),
            bottom: (size.height - MARGIN_BOTTOM).max(MARGIN_TOP + 1.0),
        }
    }

    pub fn width(&self) -> f64 {
        self.right - self.left
    }

    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }
}

/// A tick at `at` (x or y); a tick with an empty label is a mark only.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub at: f64,
    pub label: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Text placed on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    pub text: String,
}

/// A financial year under the x axis: `from`..`to`, its label centred (empty if too narrow).
#[derive(Debug, Clone, PartialEq)]
pub struct YearBand {
    pub from: f64,
    pub to: f64,
    pub label: Label,
}

/// One segment of a stacked bar, with its tooltip.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub series: Series,
    pub title: String,
}

/// An SVG path (`d`) of a line or an area.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub d: String,
    pub series: Series,
}

/// A horizontal reference line: a year's allocation ÷ 12 across its months.
#[derive(Debug, Clone, PartialEq)]
pub struct Guide {
    pub x1: f64,
    pub x2: f64,
    pub y: f64,
    pub label: Option<Label>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    Expiry,
    Stop,
}

impl MarkerKind {
    pub fn name(self) -> &'static str {
        match self {
            MarkerKind::Expiry => "expiry",
            MarkerKind::Stop => "stop",
        }
    }
}

/// A vertical line at the end of a month, labelled in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub kind: MarkerKind,
    pub x: f64,
    pub y1: f64,
    pub y2: f64,
    pub label: Label,
}

/// A highlighted point, such as the peak of the cash owed.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
    pub series: Series,
}

/// One chart, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Unique on the page: the prefix of its element ids.
    pub id: &'static str,
    pub title: String,
    /// What the chart shows, in a sentence or two: its text alternative with [`Chart::table`].
    pub summary: String,
    pub width: f64,
    pub height: f64,
    pub frame: Frame,
    pub y_ticks: Vec<Tick>,
    pub x_ticks: Vec<Tick>,
    pub years: Vec<YearBand>,
    pub bars: Vec<Bar>,
    pub areas: Vec<Shape>,
    pub lines: Vec<Shape>,
    pub guides: Vec<Guide>,
    pub markers: Vec<Marker>,
    pub points: Vec<Point>,
    pub labels: Vec<Label>,
    pub legend: Vec<Series>,
    /// The same numbers as a table.
    pub table: Table,
}

/// The three charts of the results page.
pub fn charts(scenario: &Scenario, outcome: &Outcome, size: Size) -> Vec<Chart> {
    vec![
        cost_chart(scenario, outcome, size),
        cash_chart(scenario, outcome, size),
        pressure_chart(scenario, outcome, size),
    ]
}

/// Rounds to a tenth of a unit: enough for SVG, and short in the markup.
pub(crate) fn px(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

fn to_px(amount: Money) -> f64 {
    amount.value().to_f64().unwrap_or(0.0)
}

/// Whole pounds at or above `amount`, for choosing a scale.
fn ceil_pounds(amount: Money) -> i64 {
    amount.value().ceil().to_i64().unwrap_or(i64::MAX / 100).max(0)
}

/// A "nice" scale for values up to `max` pounds: a step of 1, 2, 2.5 or 5 × 10ⁿ giving
/// about `target` steps, and the top at the first step at or above `max`.
pub fn nice_scale(max: i64, target: i64) -> (i64, i64) {
    if max <= 0 {
        return (EMPTY_TOP, EMPTY_TOP / 5);
    }
    let raw = (max + target - 1) / target.max(1);
    let mut magnitude = 1_i64;
    while magnitude <= raw / 10 {
        magnitude *= 10;
    }
    // 2.5 × 10ⁿ only from 25 up: a step of £2.50 would need pence in the labels.
    let two_and_a_half = if magnitude >= 10 { magnitude * 5 / 2 } else { 2 * magnitude };
    let candidates = [magnitude, 2 * magnitude, two_and_a_half, 5 * magnitude, 10 * magnitude];
    let step = candidates.into_iter().filter(|c| *c >= raw).min().unwrap_or(10 * magnitude);
    let top = (max.saturating_add(step - 1) / step).saturating_mul(step);
    (top, step)
}

/// `£0`, `£500`, `£20k`, `£2.5k`, `£1.25m`: short labels for axis ticks.
pub fn compact_pounds(pounds: i64) -> String {
    let (scaled, suffix) = match pounds.abs() {
        p if p >= 1_000_000 => (Decimal::new(pounds, 6), "m"),
        p if p >= 1_000 => (Decimal::new(pounds, 3), "k"),
        _ => (Decimal::from(pounds), ""),
    };
    format!("£{}{suffix}", scaled.normalize())
}

/// Maps amounts to y, from `top` pounds at the frame's top to £0 at its bottom.
pub(crate) struct YScale {
    frame: Frame,
    top: i64,
    step: i64,
}

impl YScale {
    pub(crate) fn for_max(frame: Frame, max: Money) -> YScale {
        let max = ceil_pounds(max);
        let (top, step) = nice_scale(max.saturating_add(max / 100 * HEADROOM_PERCENT), 5);
        YScale { frame, top, step }
    }

    pub(crate) fn y(&self, amount: Money) -> f64 {
        let share = to_px(amount) / self.top as f64;
        px(self.frame.bottom - share.clamp(0.0, 1.0) * self.frame.height())
    }

    pub(crate) fn ticks(&self) -> Vec<Tick> {
        (0..=self.top / self.step.max(1))
            .map(|i| {
                let pounds = i * self.step;
                Tick { at: self.y(Money::from_decimal(Decimal::from(pounds))), label: compact_pounds(pounds) }
            })
            .collect()
    }
}

/// One band per month of the horizon.
pub(crate) struct XScale {
    frame: Frame,
    months: Vec<Month>,
    band: f64,
}

impl XScale {
    fn new(frame: Frame, outcome: &Outcome) -> XScale {
        XScale::over(frame, outcome.months.iter().map(|m| m.month).collect())
    }

    /// A band for each of `months` (in order): for charts that span several plans.
    pub(crate) fn over(frame: Frame, months: Vec<Month>) -> XScale {
        let band = frame.width() / months.len().max(1) as f64;
        XScale { frame, months, band }
    }

    /// The left edge of the `i`th month (`i` = count is the right edge of the plot).
    pub(crate) fn edge(&self, i: usize) -> f64 {
        px(self.frame.left + i as f64 * self.band)
    }

    pub(crate) fn centre(&self, i: usize) -> f64 {
        px(self.frame.left + (i as f64 + 0.5) * self.band)
    }

    pub(crate) fn index(&self, month: Month) -> Option<usize> {
        self.months.iter().position(|m| *m == month)
    }

    /// Ticks at every quarter's first month, labelled every quarter if there is room, else
    /// every half year, year, two years …, always on the same months of the year.
    pub(crate) fn ticks(&self) -> Vec<Tick> {
        let quarters_per_label =
            [1, 2, 4, 8, 20, 40].into_iter().find(|k| *k as f64 * 3.0 * self.band >= MONTH_LABEL_PX).unwrap_or(80);
        let april_2000 = FinancialYear(2000).first_month();
        self.months
            .iter()
            .enumerate()
            .filter(|(_, m)| (m.month() - 1) % 3 == 0)
            .map(|(i, m)| {
                let quarter = april_2000.months_until(*m).div_euclid(3);
                let label = if quarter % quarters_per_label == 0 { m.label() } else { String::new() };
                Tick { at: self.edge(i), label }
            })
            .collect()
    }

    pub(crate) fn years(&self) -> Vec<YearBand> {
        let mut bands: Vec<YearBand> = Vec::new();
        for (i, m) in self.months.iter().enumerate() {
            let fy = m.financial_year();
            let same_year = i > 0 && self.months[i - 1].financial_year() == fy;
            if same_year {
                if let Some(band) = bands.last_mut() {
                    band.to = self.edge(i + 1);
                }
            } else {
                let label = Label { x: 0.0, y: self.frame.bottom + 36.0, anchor: Anchor::Middle, text: fy.label() };
                bands.push(YearBand { from: self.edge(i), to: self.edge(i + 1), label });
            }
        }
        for band in &mut bands {
            band.label.x = px((band.from + band.to) / 2.0);
            if band.to - band.from < band.label.text.len() as f64 * CHAR_PX {
                band.label.text.clear();
            }
        }
        bands
    }

    /// Lines at the end of the agreement in force and at the stop, when within the horizon.
    fn markers(&self, scenario: &Scenario) -> Vec<Marker> {
        let stop = scenario.grant.stops_after.filter(|m| *m < scenario.horizon.end);
        let wanted = [
            Some((MarkerKind::Expiry, AGREEMENT_EXPIRY, format!("Agreement expires {}", AGREEMENT_EXPIRY.label()))),
            stop.map(|m| (MarkerKind::Stop, m, format!("Funding stops after {}", m.label()))),
        ];
        let mut markers = Vec::new();
        for (kind, month, text) in wanted.into_iter().flatten() {
            let (Some(i), Some(row)) = (self.index(month), MARKER_ROWS.get(markers.len())) else { continue };
            let x = self.edge(i + 1);
            let right_side = x > self.frame.left + self.frame.width() * 0.6;
            let (label_x, anchor) = if right_side { (x - 4.0, Anchor::End) } else { (x + 4.0, Anchor::Start) };
            let label = Label { x: px(label_x), y: *row, anchor, text };
            markers.push(Marker { kind, x, y1: row - 10.0, y2: self.frame.bottom, label });
        }
        markers
    }
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
        id,
        title: String::new(),
        summary: String::new(),
        width: size.width,
        height: size.height,
        frame,
        y_ticks: ys.ticks(),
        x_ticks: xs.ticks(),
        years: xs.years(),
        bars: Vec::new(),
        areas: Vec::new(),
        lines: Vec::new(),
        guides: Vec::new(),
        markers: xs.markers(scenario),
        points: Vec::new(),
        labels: Vec::new(),
        legend: Vec::new(),
        table: Table { id, caption: String::new(), columns: Vec::new(), groups: Vec::new(), total: None },
    };
    (chart, xs, ys)
}

fn data_table(id: &'static str, caption: String, first: &str, columns: &[&str], rows: Vec<Row>) -> Table {
    let columns = std::iter::once(Column { label: first.into(), numeric: false })
        .chain(columns.iter().map(|c| Column { label: (*c).into(), numeric: true }))
        .collect();
    Table { id, caption, columns, groups: vec![rows], total: None }
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
    let stacks: Vec<[(Series, Money); 4]> = outcome
        .months
        .iter()
        .map(|m| {
            let f = &m.figures;
            [
                (Series::Claimed, f.claimed),
                (Series::CapExcess, f.cap_excess),
                (Series::AfterStop, f.post_cost - f.eligible),
                (Series::Backfill, f.backfill_cost),
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
         the retained core budget pays {} of backfill. Dashed lines mark each year's allocation spread evenly over its months.",
        span(outcome),
        pounds(t.claimed),
        pounds(t.unfunded_pressure),
        pounds(after_stop),
        pounds(t.cap_excess),
        pounds(t.backfill_cost),
    );
    chart.legend = vec![Series::Claimed, Series::CapExcess, Series::AfterStop, Series::Backfill, Series::Allocation];
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
        &["Grant claimed", "Cost above the cap", "Post cost after funding stops", "Backfill", "Allocation ÷ 12"],
        rows,
    );
    chart
}

/// `12.5`, `-3`, `100.1`: an SVG coordinate to a tenth of a unit, written with integer
/// arithmetic: the float formatter would add about 10 kB to the wasm for this alone.
pub fn coord(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64; // NaN becomes 0
    let (sign, abs) = if tenths < 0 { ("-", -tenths) } else { ("", tenths) };
    match abs % 10 {
        0 => format!("{sign}{}", abs / 10),
        f => format!("{sign}{}.{f}", abs / 10),
    }
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
mod coord_tests {
    use super::coord;

    #[test]
    fn coordinates_are_written_to_a_tenth_without_trailing_zeros() {
        for (v, text) in [(12.5, "12.5"), (3.0, "3"), (-3.04, "-3"), (-0.25, "-0.3"), (100.06, "100.1"), (0.0, "0")] {
            assert_eq!(coord(v), text, "{v}");
        }
        assert_eq!(coord(f64::NAN), "0");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
    fn nice_scales_step_by_one_two_two_and_a_half_or_five() {
        for (max, top, step) in [
            (67_045, 80_000, 20_000),
            (146_660, 150_000, 50_000),
            (980_000, 1_000_000, 200_000),
            (100, 100, 20),
            (7, 8, 2),
            (1, 1, 1),
            (0, EMPTY_TOP, EMPTY_TOP / 5),
            (110_000, 125_000, 25_000),
        ] {
            assert_eq!(nice_scale(max, 5), (top, step), "max {max}");
        }
    }

    #[test]
    fn tick_labels_are_short_pounds() {
        for (pounds, label) in [
            (0, "£0"),
            (500, "£500"),
            (20_000, "£20k"),
            (2_500, "£2.5k"),
            (125_000, "£125k"),
            (1_000_000, "£1m"),
            (1_250_000, "£1.25m"),
        ] {
            assert_eq!(compact_pounds(pounds), label);
        }
    }

    #[test]
    fn the_cost_chart_scale_runs_from_nothing_to_eighty_thousand() {
        let cost = &default_charts()[0];
        assert_eq!(labels(&cost.y_ticks), ["£0", "£20k", "£40k", "£60k", "£80k"]);
        assert_eq!(cost.y_ticks[0].at, cost.frame.bottom);
        assert_eq!(cost.y_ticks[4].at, cost.frame.top);
    }

    #[test]
    fn months_are_labelled_every_quarter_and_years_under_them() {
        let cost = &default_charts()[0];
        assert_eq!(cost.x_ticks.len(), 12);
        assert_eq!(labels(&cost.x_ticks)[..3], ["Apr 2023", "Jul 2023", "Oct 2023"]);
        assert_eq!(cost.x_ticks[0].at, cost.frame.left);
        let years: Vec<&str> = cost.years.iter().map(|y| y.label.text.as_str()).collect();
        assert_eq!(years, ["2023/24", "2024/25", "2025/26"]);
        assert_eq!(cost.years[2].to, cost.frame.right);
    }

    #[test]
    fn long_horizons_label_fewer_months_on_the_same_month_of_the_year() {
        let mut s = Scenario::default_scenario();
        s.horizon.end = Month::known(2033, 3);
        let cost = cost_chart(&s, &outcome_of(&s), DEFAULT_SIZE);
        let shown = labels(&cost.x_ticks);
        assert!(shown.len() <= 10, "{shown:?}");
        assert!(shown.iter().all(|l| l.starts_with("Apr")), "{shown:?}");
    }

    #[test]
    fn a_month_stacks_claimed_and_backfill_to_its_total_cost() {
        let cost = &default_charts()[0];
        let april: Vec<&Bar> = cost.bars.iter().filter(|b| b.title.starts_with("Apr 2023")).collect();
        assert_eq!(april.iter().map(|b| b.series).collect::<Vec<_>>(), [Series::Claimed, Series::Backfill]);
        assert_eq!(april[0].y + 0.0, april[1].y + april[1].height, "backfill sits on the claimed bar");
        assert_eq!(april[0].y + april[0].height, cost.frame.bottom);
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
        assert!(
            cost.guides.iter().filter_map(|g| g.label.as_ref()).all(|l| l.y < tallest_bar),
            "labels clear the bars"
        );
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
            let band = chart.frame.width() / 36.0;
            assert!((m.x - (chart.frame.left + 9.0 * band)).abs() < 0.1);
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
        assert_eq!(labels(&cash.y_ticks), ["£0", "£50k", "£100k", "£150k"]);
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
        assert_eq!(labels(&pressure.y_ticks).last(), Some(&"£100k"));
        assert!(pressure.lines[0].d.split('L').all(|p| p.ends_with(&format!(",{}", pressure.frame.bottom))));
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
                        b.height >= 0.0 && b.y >= chart.frame.top - 0.1 && b.y + b.height <= chart.frame.bottom + 0.1
                    );
                }
                assert!(chart.y_ticks.iter().all(|t| t.at.is_finite()));
            }
        }
    }
}
