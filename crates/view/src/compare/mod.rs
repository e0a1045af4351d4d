//! Options beside the baseline (business as usual): for each financial year and in total,
//! each option's figure, its difference from the baseline in pounds and in per cent, and
//! whether that is better or worse, said in words and signs as well as colour.
//!
//! Measures: unfunded pressure, grant claimed, cost above the cap, the most owed by the
//! funder (per year: the highest month-end cash position within the year; in total: the
//! peak over the horizon) and headcount.
//!
//! Headcount is the *average* FTE in post: per financial year as the results view computes
//! it, and in total over the whole horizon. Not the first month (the results headline):
//! options usually differ only after a stop, so the first month would hide what they change.
//!
//! Plans with different horizons are compared across every financial year that any of
//! them touches; a year a plan does not reach shows "—", and so does its difference.

pub mod assumes;
pub mod changes;
mod measure;
pub mod who_pays;

use std::collections::BTreeSet;

use rust_decimal::Decimal;

pub use measure::{baseline_phrase, Difference, Direction, Measure, Measured, MISSING};

use crate::table::{columns, Column};
use planner_engine::month::FinancialYear;
use planner_engine::outcome::Outcome;
use planner_engine::scenario::Scenario;

/// One option against the baseline: a row per measure, a cell per period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionComparison {
    pub name: String,
    /// `“Agreement lapses December 2023” compared with business as usual`.
    pub caption: String,
    /// Every financial year any plan touches, then `Total`.
    pub periods: Vec<String>,
    pub rows: Vec<MeasureRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureRow {
    pub key: &'static str,
    pub title: &'static str,
    /// One per period.
    pub cells: Vec<Cell>,
}

/// A period of a measure: both figures and their difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub baseline: String,
    pub value: String,
    pub change: Difference,
}

/// One row per scenario, the baseline first: for the meeting slide and the A4 sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadlineComparison {
    pub caption: String,
    /// `Scenario`, then each measure's title (numeric).
    pub columns: Vec<Column>,
    pub rows: Vec<HeadlineRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadlineRow {
    pub name: String,
    pub is_baseline: bool,
    /// One per measure, in [`Measure::ALL`] order.
    pub cells: Vec<HeadlineCell>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadlineCell {
    /// The whole-horizon figure.
    pub value: String,
    /// None on the baseline's own row.
    pub change: Option<Difference>,
}

/// Everything the comparison page shows except the chart ([`chart`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub baseline: String,
    /// One per option, in order (every scenario after the first).
    pub options: Vec<OptionComparison>,
    pub headline: HeadlineComparison,
}

impl Comparison {
    /// `scenarios[0]` is the baseline; the rest are options. No scenarios: an empty comparison.
    pub fn new(scenarios: &[(Scenario, Outcome)]) -> Comparison {
        let measured: Vec<Measured> = scenarios.iter().map(|(s, o)| Measured::of(s, o)).collect();
        let Some(base) = measured.first() else {
            let headline = HeadlineComparison { caption: String::new(), columns: Vec::new(), rows: Vec::new() };
            return Comparison { baseline: String::new(), options: Vec::new(), headline };
        };
        let phrase = baseline_phrase(&base.name);
        let fys: BTreeSet<FinancialYear> = measured.iter().flat_map(|m| m.years.iter().map(|(fy, _)| *fy)).collect();
        let periods: Vec<Option<FinancialYear>> = fys.iter().copied().map(Some).chain([None]).collect();
        let at = |m: &Measured, period: Option<FinancialYear>, i: usize| match period {
            Some(fy) => m.year(fy).map(|v| v[i]),
            None => Some(m.total[i]),
        };
        let shown = |measure: Measure, v: Option<Decimal>| v.map_or_else(|| MISSING.into(), |v| measure.format(v));
        let options = measured[1..]
            .iter()
            .map(|option| OptionComparison {
                name: option.name.clone(),
                caption: format!("“{}” compared with {phrase}", option.name),
                periods: periods.iter().map(|p| p.map_or_else(|| "Total".into(), |fy| fy.label())).collect(),
                rows: Measure::ALL
                    .iter()
                    .enumerate()
                    .map(|(i, measure)| MeasureRow {
                        key: measure.key(),
                        title: measure.title(),
                        cells: periods
                            .iter()
                            .map(|p| {
                                let (b, v) = (at(base, *p, i), at(option, *p, i));
                                let change = Difference::between(*measure, b, v, &phrase);
                                Cell { baseline: shown(*measure, b), value: shown(*measure, v), change }
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        let rows = measured
            .iter()
            .enumerate()
            .map(|(n, m)| HeadlineRow {
                name: m.name.clone(),
                is_baseline: n == 0,
                cells: Measure::ALL
                    .iter()
                    .enumerate()
                    .map(|(i, measure)| HeadlineCell {
                        value: measure.format(m.total[i]),
                        change: (n > 0)
                            .then(|| Difference::between(*measure, Some(base.total[i]), Some(m.total[i]), &phrase)),
                    })
                    .collect(),
            })
            .collect();
        let columns = columns("Scenario", Measure::ALL.iter().map(|m| m.title()));
        let caption = format!("Each option over its whole plan, with its difference from {phrase}");
        Comparison { baseline: base.name.clone(), options, headline: HeadlineComparison { caption, columns, rows } }
    }
}
