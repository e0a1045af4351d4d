//! Writing cells: every value through one place, so money is always a number with the
//! money format, text that would run as a formula is always quote-prefixed, and each
//! column is made as wide as what was written in it.

use rust_decimal::Decimal;
use rust_xlsxwriter::{ColNum, ExcelDateTime, Format, Formula, RowNum, Worksheet, XlsxError};

use super::style::Styles;
use crate::export::csv::runs_as_formula;
use crate::format::pounds_pence;
use planner_engine::money::Money;
use planner_engine::month::Month;

/// What a formula's cell shows before any recalculation: the engine's figure.
pub(crate) enum Cached {
    Money(Money),
    Number(Decimal),
    Text(String),
}

/// A worksheet being written, with the width each column needs.
pub(crate) struct Grid<'a> {
    pub(crate) sheet: Worksheet,
    pub(crate) styles: &'a Styles,
    widths: Vec<usize>,
}

/// Excel's limits on a column width, in characters: wide enough for a long title, never a
/// column that fills the screen.
const NARROWEST: usize = 6;
const WIDEST: usize = 60;
/// A header wraps onto a second line rather than widen a column of figures past this.
const HEADER_LINE: usize = 18;

/// A number as Excel stores it (an IEEE double): the nearest double to the exact decimal,
/// which Excel shows, and sums, to the penny.
pub(crate) fn double(value: Decimal) -> f64 {
    value.to_string().parse().unwrap_or(0.0)
}

impl<'a> Grid<'a> {
    pub(crate) fn new(name: &str, styles: &'a Styles) -> Result<Grid<'a>, XlsxError> {
        let mut sheet = Worksheet::new();
        sheet.set_name(name)?;
        Ok(Grid { sheet, styles, widths: Vec::new() })
    }

    pub(crate) fn fits(&mut self, col: ColNum, chars: usize) {
        let col = usize::from(col);
        if self.widths.len() <= col {
            self.widths.resize(col + 1, 0);
        }
        self.widths[col] = self.widths[col].max(chars);
    }

    /// Text as text: a name that starts like a formula gets Excel's quote prefix, so even
    /// editing the cell leaves it text.
    pub(crate) fn text(&mut self, row: RowNum, col: ColNum, text: &str, format: &Format) -> Result<(), XlsxError> {
        self.fits(col, text.chars().count().min(WIDEST));
        if runs_as_formula(text) {
            let guarded = format.clone().set_quote_prefix();
            self.sheet.write_string_with_format(row, col, text, &guarded)?;
        } else {
            self.sheet.write_string_with_format(row, col, text, format)?;
        }
        Ok(())
    }

    /// A label in the default text style.
    pub(crate) fn label(&mut self, row: RowNum, col: ColNum, text: &str) -> Result<(), XlsxError> {
        let plain = self.styles.text.clone();
        self.text(row, col, text, &plain)
    }

    /// A line of prose: it may run across the empty cells beside it, so it does not widen
    /// its column.
    pub(crate) fn note(&mut self, row: RowNum, col: ColNum, text: &str, format: &Format) -> Result<(), XlsxError> {
        self.sheet.write_string_with_format(row, col, text, format)?;
        Ok(())
    }

    /// A column header: wrapped, so its width is its longest word or a short line.
    pub(crate) fn header(&mut self, row: RowNum, col: ColNum, text: &str) -> Result<(), XlsxError> {
        let word = text.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0);
        self.fits(col, word.max(text.chars().count().min(HEADER_LINE)));
        self.sheet.write_string_with_format(row, col, text, &self.styles.header)?;
        Ok(())
    }

    pub(crate) fn headers(&mut self, row: RowNum, labels: &[&str]) -> Result<(), XlsxError> {
        for (col, label) in (0..).zip(labels) {
            if !label.is_empty() {
                self.header(row, col, label)?;
            } else {
                self.sheet.write_blank(row, col, &self.styles.header)?;
            }
        }
        Ok(())
    }

    pub(crate) fn money(&mut self, row: RowNum, col: ColNum, amount: Money, format: &Format) -> Result<(), XlsxError> {
        self.fits(col, pounds_pence(amount).chars().count());
        self.sheet.write_number_with_format(row, col, double(amount.value()), format)?;
        Ok(())
    }

    pub(crate) fn number(
        &mut self,
        row: RowNum,
        col: ColNum,
        value: Decimal,
        format: &Format,
    ) -> Result<(), XlsxError> {
        self.fits(col, value.normalize().to_string().chars().count() + 1);
        self.sheet.write_number_with_format(row, col, double(value), format)?;
        Ok(())
    }

    /// A month as a real date (its first day), shown `Apr 2023`.
    pub(crate) fn month(&mut self, row: RowNum, col: ColNum, month: Month, format: &Format) -> Result<(), XlsxError> {
        let year = u16::try_from(month.year()).map_err(|_| XlsxError::ParameterError(month.to_string()))?;
        let number = u8::try_from(month.month()).map_err(|_| XlsxError::ParameterError(month.to_string()))?;
        self.fits(col, month.label().chars().count());
        self.sheet.write_datetime_with_format(row, col, ExcelDateTime::from_ymd(year, number, 1)?, format)?;
        Ok(())
    }

    /// A live formula with the engine's figure cached, so the workbook shows the right
    /// value before Excel or LibreOffice recalculates it.
    pub(crate) fn formula(
        &mut self,
        row: RowNum,
        col: ColNum,
        formula: &str,
        cached: Cached,
        format: &Format,
    ) -> Result<(), XlsxError> {
        let result = match cached {
            Cached::Money(m) => {
                self.fits(col, pounds_pence(m).chars().count());
                m.to_plain()
            }
            Cached::Number(d) => {
                self.fits(col, 8);
                d.normalize().to_string()
            }
            Cached::Text(t) => {
                self.fits(col, t.chars().count());
                t
            }
        };
        self.sheet.write_formula_with_format(row, col, Formula::new(formula).set_result(result), format)?;
        Ok(())
    }

    /// Sets every column's width from what was written, and hands the sheet over.
    pub(crate) fn finish(mut self) -> Result<Worksheet, XlsxError> {
        for (col, chars) in (0..).zip(&self.widths) {
            // Two characters of padding; the bold totals and the `£` are a little wider.
            let width = (*chars).clamp(NARROWEST, WIDEST) + 2;
            self.sheet.set_column_width(col, width as f64)?;
        }
        Ok(self.sheet)
    }
}
