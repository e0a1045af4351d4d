//! Chart geometry for the results: scales, ticks, bars and paths in SVG user units, so a
//! component only draws what it is given inside a `viewBox` of [`Chart::width`] ×
//! [`Chart::height`]. `f64` is used here for pixel positions only; every amount shown as
//! text comes from exact [`Money`](planner_engine::money::Money).
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
//! diagonal stripes after the stop, horizontal stripes for backfill, dots for redeployed
//! officers, a pale solid for non-staff costs), by line style (long
//! dashes for the allocation, short dashes for the expiry, solid for the stop) and by words.
//!
//! This file holds the drawing's types; the scales and the three results charts are in
//! private submodules, re-exported here.

mod actuals;
pub mod compare;
pub mod decide;
mod parts;
mod results;
mod scale;
pub mod style;

pub use actuals::actuals_chart;
pub use parts::parts_chart;
pub use results::{cash_chart, charts, cost_chart, pressure_chart};
pub use scale::{compact_pounds, coord, nice_scale};
pub(crate) use scale::{px, XScale, YScale};

use crate::table::Table;

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

/// Something drawn, told apart by pattern, line style and label as well as colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Series {
    Claimed,
    CapExcess,
    AfterStop,
    Backfill,
    /// Officers redeployed out of the funded structure: the receiving budgets pay.
    Redeployed,
    NonStaff,
    Allocation,
    Cash,
    CumulativePressure,
    /// Post cost from the ledger (a solid line).
    Actual,
    /// Post cost forecast after the actuals (a dashed line).
    Forecast,
    /// The plan without actuals (a dotted line).
    Plan,
    /// The parts of a post cost (version 2), and a year's whole cap.
    Pay,
    EmployerNi,
    EmployerPension,
    Levy,
    AllIn,
    ActualPart,
    YearCap,
}

impl Series {
    /// The legend's words.
    pub fn label(self) -> &'static str {
        match self {
            Series::Claimed => "Grant claimed (the funder pays)",
            Series::CapExcess => "Cost above the cap (MPS pressure)",
            Series::AfterStop => "Post cost after funding stops (MPS pressure)",
            Series::Backfill => "Backfill of vacated core roles (retained core budget)",
            Series::Redeployed => "Redeployed officers (receiving budgets)",
            Series::NonStaff => "Non-staff costs (MPS-provided)",
            Series::Allocation => "The year's cap ÷ 12 (spending evenly up to the cap)",
            Series::Cash => "Owed by the funder at month end",
            Series::CumulativePressure => "Unfunded pressure, running total",
            Series::Actual => "Actual post cost (solid line)",
            Series::Forecast => "Forecast post cost (dashed line)",
            Series::Plan => "The plan without actuals (dotted line)",
            Series::Pay => "Pay: salary and allowances",
            Series::EmployerNi => "Employer National Insurance",
            Series::EmployerPension => "Employer pension",
            Series::Levy => "Apprenticeship levy",
            Series::AllIn => "Posts costed all-in",
            Series::ActualPart => "Actual costs",
            Series::YearCap => "The year's cap",
        }
    }

    /// A stable name for styling: `claimed`, `cap-excess` …
    pub fn name(self) -> &'static str {
        match self {
            Series::Claimed => "claimed",
            Series::CapExcess => "cap-excess",
            Series::AfterStop => "after-stop",
            Series::Backfill => "backfill",
            Series::Redeployed => "redeployed",
            Series::NonStaff => "non-staff",
            Series::Allocation => "allocation",
            Series::Cash => "cash",
            Series::CumulativePressure => "pressure",
            Series::Actual => "actual",
            Series::Forecast => "forecast",
            Series::Plan => "plan",
            Series::Pay => "pay",
            Series::EmployerNi => "employer-ni",
            Series::EmployerPension => "employer-pension",
            Series::Levy => "levy",
            Series::AllIn => "all-in",
            Series::ActualPart => "actual-part",
            Series::YearCap => "allocation",
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
    /// The end of the last month with actuals.
    Actuals,
}

impl MarkerKind {
    pub fn name(self) -> &'static str {
        match self {
            MarkerKind::Expiry => "expiry",
            MarkerKind::Stop => "stop",
            MarkerKind::Actuals => "actuals",
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

/// The plot's frame and what is drawn around it: the value gridlines, the month axis and
/// the financial years under it. Every chart over months has one (results, comparison,
/// stop month), so one renderer draws them all.
#[derive(Debug, Clone, PartialEq)]
pub struct Axes {
    pub frame: Frame,
    pub y_ticks: Vec<Tick>,
    pub x_ticks: Vec<Tick>,
    pub years: Vec<YearBand>,
}

impl Axes {
    /// Values up `ys` in `frame`, with nothing along the bottom yet.
    pub(crate) fn values(frame: Frame, ys: &YScale) -> Axes {
        Axes { frame, y_ticks: ys.ticks(), x_ticks: Vec::new(), years: Vec::new() }
    }

    /// Values up `ys`, months along `xs`, ticked and banded by financial year.
    pub(crate) fn over_months(xs: &XScale, ys: &YScale) -> Axes {
        Axes { x_ticks: xs.ticks(), years: xs.years(), ..Axes::values(xs.frame, ys) }
    }
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
    pub axes: Axes,
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

impl Chart {
    /// A chart of `size` with its axes and nothing drawn: each chart adds its title, marks
    /// and table.
    pub(crate) fn blank(id: &'static str, size: Size, axes: Axes) -> Chart {
        Chart {
            id,
            title: String::new(),
            summary: String::new(),
            width: size.width,
            height: size.height,
            axes,
            bars: Vec::new(),
            areas: Vec::new(),
            lines: Vec::new(),
            guides: Vec::new(),
            markers: Vec::new(),
            points: Vec::new(),
            labels: Vec::new(),
            legend: Vec::new(),
            table: Table::default(),
        }
    }

    /// [`Chart::blank`] with the months along the bottom, ticked and banded by financial year.
    pub(crate) fn over_months(id: &'static str, size: Size, xs: &XScale, ys: &YScale) -> Chart {
        Chart::blank(id, size, Axes::over_months(xs, ys))
    }
}
