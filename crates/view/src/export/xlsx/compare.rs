//! The Compare sheet: each option against business as usual (the first scenario), per
//! financial year and in total, in pounds and per cent. Both figures are references to the
//! scenarios' own sheets and the differences are formulas over them, so an auditor can
//! follow any figure back to its months; each caches the value the planner showed.

use rust_decimal::Decimal;
use rust_xlsxwriter::{RowNum, Worksheet, XlsxError};

use super::columns::Placed;
use super::grid::{Cached, Grid};
use super::names::{cell, on_sheet};
use super::style::Styles;
use crate::compare::{baseline_phrase, Measure, Measured};
use planner_engine::month::FinancialYear;

pub(crate) const NAME: &str = "Compare";
/// Each measure takes four columns: business as usual, the option, the difference, and
/// the difference as a share of business as usual.
const PER_MEASURE: u16 = 4;
const FIRST: u16 = 2;
const HEADER: RowNum = 2;

/// `measured[0]` and `placed[0]` are business as usual.
pub(crate) fn write(measured: &[Measured], placed: &[Placed], styles: &Styles) -> Result<Worksheet, XlsxError> {
    let mut grid = Grid::new(NAME, styles)?;
    let (Some(base), Some(base_at)) = (measured.first(), placed.first()) else { return grid.finish() };
    let phrase = baseline_phrase(&base.name);
    let title = format!("Each option compared with {phrase}");
    grid.note(0, 0, &title, &styles.heading)?;
    let note = "Positive differences: the option has more than the baseline. Figures refer to the scenario sheets.";
    grid.note(1, FIRST, note, &styles.note)?;
    grid.headers(HEADER, &["Option", "Financial year"])?;
    for (i, measure) in Measure::ALL.iter().enumerate() {
        let col = FIRST + PER_MEASURE * i as u16;
        let t = measure.title();
        let labels = [
            format!("{t}: {phrase}"),
            format!("{t}: option"),
            format!("{t}: difference"),
            format!("{t}: difference %"),
        ];
        for (c, label) in (col..).zip(&labels) {
            grid.header(HEADER, c, label)?;
        }
    }
    grid.sheet.set_freeze_panes(HEADER + 1, FIRST)?;
    let mut row = HEADER + 1;
    for (option, option_at) in measured.iter().zip(placed).skip(1) {
        let mut fys: Vec<FinancialYear> = base.years.iter().chain(&option.years).map(|(fy, _)| *fy).collect();
        fys.sort();
        fys.dedup();
        let periods = fys.into_iter().map(Some).chain([None]);
        for period in periods {
            let total = period.is_none();
            let label = period.map_or_else(|| "Total".to_string(), |fy| fy.label());
            let name_format = if total { &styles.total_label } else { &styles.text };
            grid.text(row, 0, &option.name, name_format)?;
            grid.text(row, 1, &label, name_format)?;
            let figures = |m: &Measured, at: &Placed| match period {
                Some(fy) => m.year(fy).zip(at.year(fy)),
                None => Some((m.total, at.total)),
            };
            let sides = [figures(base, base_at), figures(option, option_at)];
            for (i, measure) in Measure::ALL.into_iter().enumerate() {
                let col = FIRST + PER_MEASURE * i as u16;
                let sheets = [base_at, option_at];
                let cells = Cells { row, col, total, measure };
                cells.write(&mut grid, sides.map(|s| s.map(|(v, r)| (v[i], r))), sheets)?;
            }
            row += 1;
        }
    }
    grid.finish()
}

/// One measure's four cells in one row.
struct Cells {
    row: RowNum,
    col: u16,
    total: bool,
    measure: Measure,
}

impl Cells {
    /// `sides`: business as usual's and the option's figure and the row it is on in its
    /// sheet, where the plan reaches the period.
    fn write(
        &self,
        grid: &mut Grid,
        sides: [Option<(Decimal, RowNum)>; 2],
        sheets: [&Placed; 2],
    ) -> Result<(), XlsxError> {
        let styles = grid.styles;
        let (figure, percent) = match (self.measure.is_money(), self.total) {
            (true, false) => (&styles.money, &styles.percent),
            (true, true) => (&styles.money_total, &styles.percent_total),
            (false, false) => (&styles.fte, &styles.percent),
            (false, true) => (&styles.fte_total, &styles.percent_total),
        };
        let cached = |v: Decimal| match self.measure.is_money() {
            true => Cached::Money(planner_engine::Money::from_decimal(v)),
            false => Cached::Number(v),
        };
        for (offset, (side, sheet)) in (0..).zip(sides.iter().zip(sheets)) {
            let col = self.col + offset;
            match side {
                Some((value, at)) => {
                    let formula = format!("={}", on_sheet(&sheet.sheet, *at, sheet.column(self.measure)));
                    grid.formula(self.row, col, &formula, cached(*value), figure)?;
                }
                None => {
                    grid.sheet.write_blank(self.row, col, figure)?;
                }
            }
        }
        let [Some((base, _)), Some((value, _))] = sides else {
            grid.sheet.write_blank(self.row, self.col + 2, figure)?;
            grid.sheet.write_blank(self.row, self.col + 3, percent)?;
            return Ok(());
        };
        let (b, v, d) = (cell(self.row, self.col), cell(self.row, self.col + 1), cell(self.row, self.col + 2));
        let diff = value - base;
        grid.formula(self.row, self.col + 2, &format!("={v}-{b}"), cached(diff), figure)?;
        // A share of nothing has no meaning: `n/a`, as the planner's comparison says.
        let share = diff.checked_div(base).filter(|_| !base.is_zero());
        let shown = share.map_or_else(|| Cached::Text("n/a".into()), Cached::Number);
        grid.formula(self.row, self.col + 3, &format!("=IF({b}=0,\"n/a\",{d}/{b})"), shown, percent)
    }
}
