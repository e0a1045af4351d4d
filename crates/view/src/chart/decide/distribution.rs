//! One plan's distribution at the review points: a bar per outcome, as long as its chance.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use super::stop_words;
use crate::chart::{px, Anchor, Frame, Label, Tick, CHAR_PX};
use crate::format::pounds;
use crate::table::Table;
use crate::table::{columns, Row, RowKind};
use planner_engine::analysis::odds::Distribution;
use planner_engine::month::Month;

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
    /// The plan's name, which the title and summary quote.
    pub name: String,
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
    pub table: Table,
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
        name: name.into(),
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

fn distribution_table(index: usize, name: &str, d: &Distribution) -> Table {
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
    Table {
        total: None,
        id: format!("decide-odds-{index}-table"),
        caption: format!("“{name}”: each outcome's chance and cost to the MPS, in whole pounds"),
        columns: columns(first, ["Chance", "Cost to the MPS"]),
        groups: vec![rows],
    }
}

#[cfg(test)]
#[path = "distribution_tests.rs"]
mod tests;
