//! CSV exports for Excel: the monthly and financial-year tables of one scenario, and the
//! comparison of options. Each function returns the whole file as a `String`.
//!
//! - UTF-8 with a byte order mark, so Excel reads `£` and `“”` as UTF-8, not the ANSI code
//!   page; CRLF line endings and RFC 4180 quoting (a field with a comma, quote or line
//!   break is quoted, its quotes doubled).
//! - Money as plain numbers with two decimals, no `£` and no thousands separators, so Excel
//!   reads numbers it can add up; the unit is in the header (`Post cost (£)`). Headcount as
//!   a plain number (`4.6`).
//! - Months as ISO `2023-04` in `Month (YYYY-MM)`, beside `Financial year` (`2023/24`) and
//!   `Quarter` (`Q1`). Year first can never be read day-first (`04/2023` is, in some
//!   locales), sorts correctly even as text, and is how files and the CLI write months.
//!   Excel may still show it as a date (`Apr-23`), but a date in the right month; `Apr 2023`
//!   would become a date too, and only where month names are English. `2023/24` stays text
//!   (24 is no month), so the year columns are always safe to filter and pivot on.
//! - Formula injection: a text cell (scenario names, post titles) whose first visible
//!   character (past spaces, no-break spaces, zero-width and bidi characters) is `=`, `+`,
//!   `-`, `@` or a full-width form of them, a tab or a carriage return, or that starts
//!   with `|` or `;` and then one of those, gets a leading apostrophe, so a spreadsheet
//!   never runs it. Numbers are ours, never guarded.
//! - One rectangular table per file, the scenario named on every row, so files can be
//!   stacked and pivoted; the year table ends with a `Total` row, the month table does not
//!   (Excel sums months at a stroke, and a total row would spoil sorting by month).

use rust_decimal::Decimal;

use crate::compare::{Measure, Measured};
use crate::format::headcount;
use planner_engine::money::Money;
use planner_engine::note::NotePart;
use planner_engine::outcome::{Figures, Outcome};
use planner_engine::scenario::Scenario;
use planner_engine::text::is_invisible;

/// Text is guarded and quoted as needed; a number is written as it is.
enum Field {
    Text(String),
    Number(String),
}

fn text(value: impl Into<String>) -> Field {
    Field::Text(value.into())
}

fn number(amount: Money) -> Field {
    Field::Number(amount.to_plain())
}

/// RFC 4180: quote a field holding a comma, a quote or a line break; double its quotes.
fn quoted(value: &str) -> String {
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// A leading apostrophe on text a spreadsheet would read as a formula. Judged by the first
/// visible character, since spreadsheets skip leading spaces and zero-width or bidi
/// characters and some read full-width `＝` as `=`; and by the one after a leading `|` or
/// `;` (DDE payloads).
fn guarded(value: &str) -> String {
    if runs_as_formula(value) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

/// Whether a spreadsheet would read `value` as a formula: the CSV guard, and the workbook's
/// quote prefix on the same text.
pub(crate) fn runs_as_formula(value: &str) -> bool {
    let mut rest = value.chars().skip_while(|c| skipped(*c));
    match rest.next() {
        Some('|' | ';') => rest.find(|c| !skipped(*c)).is_some_and(starts_formula),
        Some(c) => starts_formula(c),
        None => false,
    }
}

/// What a spreadsheet passes over before the text starts; tab and CR count as text (they
/// start a formula themselves).
fn skipped(c: char) -> bool {
    is_invisible(c) && !matches!(c, '\t' | '\r')
}

/// `= + - @`, their full-width and small forms, tab and CR.
fn starts_formula(c: char) -> bool {
    matches!(
        c,
        '=' | '+'
            | '-'
            | '@'
            | '\t'
            | '\r'
            | '\u{FF1D}'
            | '\u{FF0B}'
            | '\u{FF0D}'
            | '\u{FF20}'
            | '\u{FE66}'
            | '\u{FE62}'
            | '\u{FE63}'
            | '\u{FE6B}'
    )
}

fn file(header: &[String], rows: Vec<Vec<Field>>) -> String {
    let mut out = String::from('\u{FEFF}');
    let header = header.iter().map(|h| text(h.as_str()));
    for row in std::iter::once(header.collect()).chain(rows) {
        let cells: Vec<String> = row
            .into_iter()
            .map(|f| match f {
                Field::Text(t) => quoted(&guarded(&t)),
                Field::Number(n) => n,
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn labels(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_string()).collect()
}

const FIGURES: [&str; 8] = [
    "Post cost (£)",
    "Eligible (£)",
    "Claimed (£)",
    "Cost above the cap (£)",
    "Unfunded pressure (£)",
    "Backfill (£)",
    "Redeployed (£)",
    "Non-staff (£)",
];

fn figures(f: &Figures) -> impl Iterator<Item = Field> {
    [
        f.post_cost,
        f.eligible,
        f.claimed,
        f.cap_excess,
        f.unfunded_pressure,
        f.backfill_cost,
        f.redeployed_cost,
        f.non_staff_cost,
    ]
    .into_iter()
    .map(number)
}

/// A plan with actuals says, on every row, which figures are actual and as at when
/// (a plan without keeps the columns it always had).
const ACTUALS: [&str; 3] = ["Actual or forecast", "Actuals to (YYYY-MM)", "Variance against the plan (£)"];
/// The post cost's parts (`Post cost: pay (£)` …), as columns after the others, for a
/// scenario with a post built from its pay; none for an all-in plan, whose files stay as
/// they were.
fn part_header(scenario: &Scenario) -> Vec<String> {
    let parts = if crate::parts::has_parts(scenario) { &crate::parts::PARTS[..] } else { &[] };
    parts.iter().map(|(label, _)| format!("Post cost: {} (£)", crate::parts::lower(label))).collect()
}

fn part_cells(scenario: &Scenario, f: &Figures) -> Vec<Field> {
    let parts = if crate::parts::has_parts(scenario) { &crate::parts::PARTS[..] } else { &[] };
    parts.iter().map(|(_, get)| number(get(&f.cost_breakdown))).collect()
}

/// One row per month of the horizon.
pub fn months_csv(scenario: &Scenario, outcome: &Outcome) -> String {
    let mut header = labels(&["Scenario", "Month (YYYY-MM)", "Financial year", "Quarter", "FTE in post"]);
    header.extend(labels(&FIGURES));
    header.push("Owed by the funder at month end (£)".into());
    let actuals = scenario.actuals.as_ref();
    header.extend(actuals.map(|_| labels(&ACTUALS)).unwrap_or_default());
    header.extend(part_header(scenario));
    let rows = outcome
        .months
        .iter()
        .map(|m| {
            let fy = m.month.financial_year();
            let split = actuals.map(|a| {
                let kind = if a.post_cost(m.month).is_some() { "actual" } else { "forecast" };
                [text(kind), text(a.through.to_string()), number(m.figures.variance)]
            });
            [text(&scenario.name), text(m.month.to_string()), text(fy.label()), text(format!("Q{}", m.month.quarter()))]
                .into_iter()
                .chain([Field::Number(headcount(m.headcount))])
                .chain(figures(&m.figures))
                .chain([number(m.cash_position)])
                .chain(split.into_iter().flatten())
                .chain(part_cells(scenario, &m.figures))
                .collect()
        })
        .collect();
    file(&header, rows)
}

/// One row per financial year, then a `Total` row.
pub fn years_csv(scenario: &Scenario, outcome: &Outcome) -> String {
    let mut header = labels(&["Scenario", "Financial year", "Allocation (£)", "Cap headroom (£)"]);
    header.extend(labels(&FIGURES));
    header.extend(labels(&["Most owed by the funder (£)", "Average FTE in post"]));
    let actuals = scenario.actuals.as_ref();
    let split =
        ["Actual post cost (£)", "Forecast post cost (£)", "Variance against the plan (£)", "Actuals to (YYYY-MM)"];
    header.extend(actuals.map(|_| labels(&split)).unwrap_or_default());
    header.extend(part_header(scenario));
    let measured = Measured::of(scenario, outcome);
    let row = |label: String, allocation: Money, headroom: Money, f: &Figures, peak: Decimal, fte: Decimal| {
        let actual = f.cost_breakdown.actual;
        let split = actuals
            .map(|a| [number(actual), number(f.post_cost - actual), number(f.variance), text(a.through.to_string())]);
        [text(&scenario.name), text(label), number(allocation), number(headroom)]
            .into_iter()
            .chain(figures(f))
            .chain([number(Money::from_decimal(peak)), Field::Number(headcount(fte))])
            .chain(split.into_iter().flatten())
            .chain(part_cells(scenario, f))
            .collect::<Vec<Field>>()
    };
    let (peak, fte) = (Measure::PeakCash.index(), Measure::Headcount.index());
    let mut rows: Vec<Vec<Field>> = outcome
        .years
        .iter()
        .map(|y| {
            let v = measured.year(y.fy).unwrap_or_default();
            row(y.fy.label(), y.allocation, y.cap_headroom, &y.figures, v[peak], v[fte])
        })
        .collect();
    let allocation = outcome.years.iter().map(|y| y.allocation).sum();
    let headroom = outcome.years.iter().map(|y| y.cap_headroom).sum();
    let owed = outcome.peak_cash_position.amount.value();
    rows.push(row("Total".into(), allocation, headroom, &outcome.total, owed, measured.total[fte]));
    file(&header, rows)
}

/// Every scenario (`scenarios[0]` the baseline) per financial year and in total: each
/// measure's figure and its difference from the baseline (blank where the baseline does
/// not reach the year).
pub fn comparison_csv(scenarios: &[(Scenario, Outcome)]) -> String {
    let measured: Vec<Measured> = scenarios.iter().map(|(s, o)| Measured::of(s, o)).collect();
    let mut header = labels(&["Scenario", "Financial year"]);
    for m in Measure::ALL {
        let unit = if m.is_money() { " (£)" } else { "" };
        header.push(format!("{}{unit}", m.title()));
        header.push(format!("{}: difference from the baseline{unit}", m.title()));
    }
    let value = |m: Measure, v: Decimal| match m.is_money() {
        true => number(Money::from_decimal(v)),
        false => Field::Number(headcount(v)),
    };
    // A note's three parts close every row of its plan, when any plan has a note.
    let noted = scenarios.iter().any(|(s, _)| s.note.is_some());
    if noted {
        header.extend(NotePart::ALL.map(|p| format!("Note: {}", crate::note::label(p).to_lowercase())));
    }
    let mut rows = Vec::new();
    for (plan, (scenario, _)) in measured.iter().zip(scenarios) {
        let note = scenario.note.clone().unwrap_or_default();
        let note: Vec<String> = NotePart::ALL.iter().map(|p| note.part(*p).to_string()).collect();
        let periods = plan.years.iter().map(|(fy, v)| (fy.label(), *v, measured.first().and_then(|b| b.year(*fy))));
        let total = (String::from("Total"), plan.total, measured.first().map(|b| b.total));
        for (label, values, base) in periods.chain([total]) {
            let mut row = vec![text(&plan.name), text(label)];
            for (i, m) in Measure::ALL.into_iter().enumerate() {
                row.push(value(m, values[i]));
                row.push(base.map_or_else(|| Field::Number(String::new()), |b| value(m, values[i] - b[i])));
            }
            if noted {
                row.extend(note.iter().map(text));
            }
            rows.push(row);
        }
    }
    file(&header, rows)
}

/// `agreement-lapses-december-2023-months.csv`: a file name from a scenario's name.
pub fn file_name(scenario_name: &str, table: &str) -> String {
    let mut slug = String::new();
    for c in scenario_name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    format!("{}-{table}.csv", if slug.is_empty() { "scenario" } else { slug })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_rfc_4180_needs_it() {
        assert_eq!(quoted("plain"), "plain");
        assert_eq!(quoted("a, b"), "\"a, b\"");
        assert_eq!(quoted("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quoted("two\r\nlines"), "\"two\r\nlines\"");
    }

    #[test]
    fn text_that_a_spreadsheet_would_run_is_guarded() {
        for bad in ["=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx"] {
            assert_eq!(guarded(bad), format!("'{bad}"));
        }
        assert_eq!(guarded("Business as usual"), "Business as usual");
    }

    #[test]
    fn a_formula_behind_invisible_or_look_alike_characters_is_guarded() {
        let hostile = [
            " =SUM(A1)",
            "   +1",
            "\u{00A0}=cmd|' /C calc'!A0",
            "\u{200B}=HYPERLINK(\"http://x\")",
            "\u{200C}\u{200D}-1+1",
            "\u{2060}@SUM(A1)",
            "\u{FEFF}=1+1",
            "\u{202E}=1",
            "\u{2066}\u{200E}+1",
            "\u{3000}=1",
            "\u{FF1D}SUM(A1)",
            "\u{FF0B}1",
            "\u{FF0D}1",
            "\u{FF20}cmd",
            " \u{FF1D}1",
            "|=cmd",
            ";=cmd",
            "| =cmd",
            ";\u{00A0}@cmd",
            "\u{200B}|+1",
            " \tx",
            "\u{00A0}\rx",
            "\n=1",
        ];
        for bad in hostile {
            assert_eq!(guarded(bad), format!("'{bad}"), "{bad:?}");
        }
        // Plain cases keep today's behaviour: a leading minus is a formula character.
        assert_eq!(guarded("-5% cap"), "'-5% cap");
        for fine in [
            "Business as usual",
            "Funding stops after December 2023",
            "5% cap - officers",
            "Detective Sergeant (Band E)",
            " Leading space",
            "\u{00A0}Réduction",
            "|pipe but no formula",
            "; semicolon then words",
            "a=b",
            "",
            "\u{200B}",
        ] {
            assert_eq!(guarded(fine), fine, "{fine:?}");
        }
    }

    #[test]
    fn file_names_are_plain_lowercase_words() {
        assert_eq!(file_name("Agreement lapses December 2023", "months"), "agreement-lapses-december-2023-months.csv");
        assert_eq!(
            file_name("Annual review — officers redeployed!", "years"),
            "annual-review-officers-redeployed-years.csv"
        );
        assert_eq!(file_name("£££", "comparison"), "scenario-comparison.csv");
    }
}
