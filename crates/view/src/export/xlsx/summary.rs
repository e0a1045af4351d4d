//! The Summary sheet: each scenario's headlines (references to its own sheet's totals),
//! its flags in words, and how to read the workbook.
//!
//! When any scenario has actuals, an "Actuals to" column goes beside "Plan" (the last
//! month of actuals, or "None"); the headline columns are [`HEADLINES`], after it.

use rust_xlsxwriter::{RowNum, Worksheet, XlsxError};

use super::columns::Placed;
use super::grid::{Cached, Grid};
use super::names::on_sheet;
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

/// Said when a scenario is built from pay or has actuals.
const VERSION_2: [&str; 2] = [
    "Posts built from pay show their cost by part: pay, employer NI, employer pension and the apprenticeship \
     levy, beside all-in posts and actual post costs; the parts add up to the post cost.",
    "Actuals to a month: months marked Actual take the ledger's post cost in place of the forecast; the \
     variance is actual less forecast, and an invoice's shortfall is its claim less what the funder paid.",
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
    let actuals = plans.iter().any(|(_, o)| o.actuals_through.is_some());
    let mut labels = vec!["Scenario", "Plan"];
    if actuals {
        labels.push("Actuals to");
    }
    labels.push("Funding");
    let first_headline = labels.len() as u16;
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
        if actuals {
            match outcome.actuals_through {
                Some(m) => grid.month(row, 2, m, &styles.month)?,
                None => grid.label(row, 2, "None")?,
            }
        }
        grid.label(row, first_headline - 1, view.funding.trim_end_matches('.'))?;
        for (col, measure) in (first_headline..).zip(HEADLINES) {
            let formula = format!("={}", on_sheet(&at.sheet, at.total, at.column(measure)));
            let value = m.total[measure.index()];
            let (cached, format) = match measure.is_money() {
                true => (Cached::Money(planner_engine::Money::from_decimal(value)), &styles.money),
                false => (Cached::Number(value), &styles.fte),
            };
            grid.formula(row, col, &formula, cached, format)?;
        }
        let link = rust_xlsxwriter::Url::new(format!("internal:{}", on_sheet(&at.sheet, 0, 0))).set_text(&at.sheet);
        let col = first_headline + HEADLINES.len() as u16;
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
    let version_2 = plans.iter().any(|(s, _)| s.uses_version_2());
    let said = [version_2, actuals];
    for line in HOW_TO_READ.iter().chain(VERSION_2.iter().zip(said).filter(|(_, s)| *s).map(|(l, _)| l)) {
        row += 1;
        grid.note(row, 0, line, &styles.text)?;
    }
    grid.finish()
}
