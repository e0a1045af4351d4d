//! Sheet names Excel accepts, whatever a scenario is called, and cell references to them.
//!
//! Excel refuses a sheet name that is empty, longer than 31 characters (UTF-16 units),
//! holds `[ ] : * ? / \`, starts or ends with an apostrophe, is `History`, or matches
//! another sheet's name ignoring case. A scenario's name is kept as far as it can be:
//! refused characters become `-`, control characters a space, and a clash gets ` (2)`.

use rust_xlsxwriter::{ColNum, RowNum};

/// The most UTF-16 units in a sheet name.
const LONGEST: usize = 31;

/// One name per scenario, unique among themselves and `taken` (the workbook's own sheets).
pub(crate) fn sheet_names<'a>(scenarios: impl IntoIterator<Item = &'a str>, taken: &[&str]) -> Vec<String> {
    let mut used: Vec<String> = taken.iter().map(|t| t.to_lowercase()).collect();
    used.push("history".into());
    let mut names = Vec::new();
    for (n, name) in scenarios.into_iter().enumerate() {
        let cleaned = cleaned(name);
        let base = if cleaned.is_empty() { format!("Scenario {}", n + 1) } else { cleaned };
        let mut candidate = cut(&base, LONGEST);
        let mut copy = 2;
        while used.contains(&candidate.to_lowercase()) {
            let suffix = format!(" ({copy})");
            candidate = format!("{}{suffix}", cut(&base, LONGEST - suffix.len()).trim_end());
            copy += 1;
        }
        used.push(candidate.to_lowercase());
        names.push(candidate);
    }
    names
}

fn cleaned(name: &str) -> String {
    let replaced: String = name
        .chars()
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '-',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    replaced.trim_matches(|c: char| c == '\'' || c.is_whitespace()).to_string()
}

/// At most `units` UTF-16 units of `text`, never splitting a character; no apostrophe or
/// space is left at the end.
fn cut(text: &str, units: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        used += c.len_utf16();
        if used > units {
            break;
        }
        out.push(c);
    }
    out.trim_end_matches(|c: char| c == '\'' || c.is_whitespace()).to_string()
}

/// `'Business as usual'!$E$40`: a cell on another sheet, its name quoted (an apostrophe
/// in it doubled) so any name reads.
pub(crate) fn on_sheet(sheet: &str, row: RowNum, col: ColNum) -> String {
    format!("'{}'!{}", sheet.replace('\'', "''"), absolute(row, col))
}

/// `$E$40`.
pub(crate) fn absolute(row: RowNum, col: ColNum) -> String {
    format!("${}${}", column(col), row + 1)
}

/// `E40`.
pub(crate) fn cell(row: RowNum, col: ColNum) -> String {
    format!("{}{}", column(col), row + 1)
}

/// `E40:E51`.
pub(crate) fn range(first: RowNum, last: RowNum, col: ColNum) -> String {
    format!("{}:{}", cell(first, col), cell(last, col))
}

/// `A`, `Z`, `AA`: Excel's column letters.
pub(crate) fn column(col: ColNum) -> String {
    let mut n = u32::from(col) + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        letters.push(char::from(b'A' + rem));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepted(name: &str) -> bool {
        rust_xlsxwriter::utility::check_sheet_name(name).is_ok()
    }

    #[test]
    fn hostile_scenario_names_become_names_excel_accepts() {
        let hostile = [
            "Business as usual",
            "a/b\\c[d]e:f*g?h",
            "'quoted'",
            "History",
            "summary",
            "A name far longer than the thirty-one characters Excel allows",
            "A name far longer than the thirty-one characters Excel allows too",
            "Business As Usual",
            "???",
            "",
            "tab\tand\nline",
            "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀",
            "=SUM(A1)",
        ];
        let names = sheet_names(hostile, &["Summary", "Compare", "Assumptions"]);
        for (name, from) in names.iter().zip(hostile) {
            assert!(accepted(name), "{name:?} from {from:?}");
            assert!(name.encode_utf16().count() <= LONGEST, "{name:?}");
        }
        let mut lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
        lower.extend(["summary", "compare", "assumptions", "history"].map(String::from));
        let count = lower.len();
        lower.sort();
        lower.dedup();
        assert_eq!(lower.len(), count, "{names:?}");
        assert_eq!(names[1], "a-b-c-d-e-f-g-h");
        assert_eq!(names[2], "quoted");
        assert_eq!(names[3], "History (2)");
        assert_eq!(names[4], "summary (2)");
        assert_eq!(names[5], "A name far longer than the thir");
        assert_eq!(names[6], "A name far longer than the (2)");
        assert_eq!(names[7], "Business As Usual (2)");
        assert_eq!(names[8], "---");
        assert_eq!(names[9], "Scenario 10");
        assert_eq!(names[10], "tab and line");
        assert_eq!(names[11].chars().count(), 15, "an emoji is two UTF-16 units");
    }

    #[test]
    fn references_quote_the_sheet_and_name_columns_as_excel_does() {
        assert_eq!(on_sheet("Bob's plan", 39, 4), "'Bob''s plan'!$E$40");
        assert_eq!(column(0), "A");
        assert_eq!(column(25), "Z");
        assert_eq!(column(26), "AA");
        assert_eq!(column(701), "ZZ");
        assert_eq!(column(702), "AAA");
        assert_eq!(range(1, 12, 4), "E2:E13");
    }
}
