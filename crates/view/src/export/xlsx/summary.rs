//! The Summary sheet: each scenario's headlines (references to its own sheet's totals),
//! its flags in words, and how to read the workbook.
//!
//! When the engine reports actuals, an "Actuals to" column goes beside "Plan": the
//! headline columns are [`HEADLINES`], so another is one more entry.

use rust_xlsxwriter::{RowNum, Worksheet, XlsxError};

use super::grid::{Cached, Grid};
use super::names::on_sheet;
use super::scenario_sheet::Placed;
use super::style::Styles;
use crate::compare::{Measure, Measured};
use crate::results::ResultsView;
use planner_engine::outcome::Outcome;
use planner_engine::scenario::Scenario;

pub(crate) const NAME: &str = "Summary";
const HEADER: RowNum = 3;

/// The figures of the headline table, in the results page's order.
const HEADLINES: [Measure; 5] =
    [Measure::Pressure, Measure::Claimed, Measure::CapExcess, Measure::PeakCash, Measure::Headcount];

const HOW_TO_READ: [&str; 6] = [
    "Each scenario has a sheet: its months (dates shown as Apr 2023, with the financial year and quarter), \
     then each financial year and the total, then the quarterly invoices.",
    "Financial-year and total rows are formulas over the months above them, so they recalculate; \
     the values saved with them are the planner's own figures, to the penny.",
    "Unfunded pressure is what the MPS must find from elsewhere: post cost after funding stops, plus cost above the cap.",
    "Owed by the funder: amounts claimed but not yet paid, invoiced quarterly in arrears.",
    "Backfill, redeployed and non-staff costs fall on other budgets: reported, not pressure.",
    "Compare sets each option against the first scenario; Assumptions lists what each scenario was built from.",
];

pub(crate) fn write(
    plans: &[(Scenario, Outcome)],
    placed: &[Placed],
    measured: &[Measured],
    styles: &Styles,
) -> Result<Worksheet, XlsxError> {
    let mut grid = Grid::new(NAME, styles)?;
    grid.note(0, 0, "MARSOC funding plan", &styles.title)?;
    let count = match plans.len() {
        1 => "one scenario".to_string(),
        n => format!("{n} scenarios"),
    };
    let intro = format!("Made by the MARSOC Funding Planner from {count}. Money in pounds and pence.");
    grid.note(1, 0, &intro, &styles.note)?;
    let mut labels = vec!["Scenario", "Plan", "Funding"];
    labels.extend(HEADLINES.iter().map(|m| m.title()));
    labels.push("Sheet");
    grid.headers(HEADER, &labels)?;
    grid.sheet.set_freeze_panes(HEADER + 1, 1)?;
    let mut row = HEADER + 1;
    for (((scenario, outcome), at), m) in plans.iter().zip(placed).zip(measured) {
        let view = ResultsView::new(scenario, outcome);
        grid.text(row, 0, &scenario.name, &styles.text)?;
        let plan = format!("{} to {}", scenario.horizon.start.label(), scenario.horizon.end.label());
        grid.label(row, 1, &plan)?;
        grid.label(row, 2, view.funding.trim_end_matches('.'))?;
        for (col, measure) in (3..).zip(HEADLINES) {
            let formula = format!("={}", on_sheet(&at.sheet, at.total, Placed::column(measure)));
            let value = m.total[measure.index()];
            let (cached, format) = match measure.is_money() {
                true => (Cached::Money(planner_engine::Money::from_decimal(value)), &styles.money),
                false => (Cached::Number(value), &styles.fte),
            };
            grid.formula(row, col, &formula, cached, format)?;
        }
        let link = rust_xlsxwriter::Url::new(format!("internal:{}", on_sheet(&at.sheet, 0, 0))).set_text(&at.sheet);
        let col = 3 + HEADLINES.len() as u16;
        grid.fits(col, at.sheet.chars().count());
        grid.sheet.write_url(row, col, link)?;
        row += 1;
    }
    row += 1;
    grid.note(row, 0, "Flags", &styles.heading)?;
    row += 1;
    for (scenario, outcome) in plans {
        let view = ResultsView::new(scenario, outcome);
        let messages: Vec<String> = match view.flags.as_slice() {
            [] => vec!["No flags".into()],
            flags => flags.iter().map(|f| f.message.clone()).collect(),
        };
        for message in messages {
            grid.text(row, 0, &scenario.name, &styles.text)?;
            grid.note(row, 1, &message, &styles.text)?;
            row += 1;
        }
    }
    row += 1;
    grid.note(row, 0, "How to read this workbook", &styles.heading)?;
    for line in HOW_TO_READ {
        row += 1;
        grid.note(row, 0, line, &styles.text)?;
    }
    grid.finish()
}
