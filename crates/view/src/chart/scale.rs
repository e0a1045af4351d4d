//! The scales of every chart: "nice" steps and short tick labels, amounts to y and months to
//! x, and SVG coordinates written to a tenth of a unit.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::{Anchor, Frame, Label, Marker, MarkerKind, Tick, YearBand, CHAR_PX, MARKER_ROWS};
use planner_engine::flags::AGREEMENT_EXPIRY;
use planner_engine::money::Money;
use planner_engine::month::{FinancialYear, Month};
use planner_engine::outcome::Outcome;
use planner_engine::scenario::Scenario;

/// The space a month label (`Apr 2023`) needs.
const MONTH_LABEL_PX: f64 = 56.0;
/// Headroom above the highest value, so direct labels do not run into the marker labels.
const HEADROOM_PERCENT: i64 = 15;
/// The scale of a chart whose values are all zero.
const EMPTY_TOP: i64 = 100_000;

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
    pub(super) frame: Frame,
    pub(super) months: Vec<Month>,
    pub(super) band: f64,
}

impl XScale {
    pub(super) fn new(frame: Frame, outcome: &Outcome) -> XScale {
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
    pub(super) fn markers(&self, scenario: &Scenario) -> Vec<Marker> {
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

#[cfg(test)]
#[path = "scale_tests.rs"]
mod tests;
