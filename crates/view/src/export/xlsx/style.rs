//! The workbook's cell formats: one set, so every sheet reads alike.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder};

/// Pounds and pence, as a UK finance team formats money in Excel; negatives as `-£1.00`.
pub const MONEY: &str = "£#,##0.00";
/// A month as a date, shown `Apr 2023`.
pub const MONTH: &str = "mmm yyyy";
/// An average FTE, always two decimals (`4.67`).
pub const FTE: &str = "0.00";
/// A difference as a share of business as usual's figure (`12.3%`).
pub const PERCENT: &str = "0.0%";

/// A pay award or rate as entered, to its last decimal (`7.00%`, `2.125%`).
pub const RATE: &str = "0.00##%";

/// GOV.UK's light grey, behind the header rows.
const HEADER_FILL: u32 = 0xF3F2F1;

pub(crate) struct Styles {
    pub title: Format,
    pub heading: Format,
    pub header: Format,
    pub text: Format,
    pub total_label: Format,
    pub money: Format,
    pub money_total: Format,
    pub month: Format,
    pub fte: Format,
    pub fte_total: Format,
    pub headcount: Format,
    pub percent: Format,
    pub percent_total: Format,
    pub rate: Format,
    pub note: Format,
}

impl Styles {
    pub(crate) fn new() -> Styles {
        let figure = Format::new().set_align(FormatAlign::Right);
        let total = |f: Format| f.set_bold().set_border_top(FormatBorder::Thin);
        Styles {
            title: Format::new().set_bold().set_font_size(14),
            heading: Format::new().set_bold().set_font_size(12),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(Color::RGB(HEADER_FILL))
                .set_border_bottom(FormatBorder::Thin),
            text: Format::new(),
            total_label: total(Format::new()),
            money: figure.clone().set_num_format(MONEY),
            money_total: total(figure.clone().set_num_format(MONEY)),
            month: Format::new().set_num_format(MONTH).set_align(FormatAlign::Left),
            fte: figure.clone().set_num_format(FTE),
            fte_total: total(figure.clone().set_num_format(FTE)),
            headcount: figure.clone(),
            percent: figure.clone().set_num_format(PERCENT),
            percent_total: total(figure.clone().set_num_format(PERCENT)),
            rate: figure.set_num_format(RATE),
            note: Format::new().set_italic(),
        }
    }
}
