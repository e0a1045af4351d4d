//! The workbook read back as Excel would read it (calamine): every figure against
//! `evaluate` to the penny, the formulas and their ranges, number formats, frozen panes and
//! the sheet names of hostile scenario names. Run with `--features xlsx`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Cursor, Read};

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use rust_decimal::Decimal;

use planner_engine::{evaluate, Money, Outcome, ReadyMade, Scenario};
use planner_view::compare::{Measure, Measured};
use planner_view::export::xlsx::{sheet_names, workbook, MONEY, MONTH};

type Book = Xlsx<Cursor<Vec<u8>>>;

fn plans(scenarios: Vec<Scenario>) -> Vec<(Scenario, Outcome)> {
    scenarios.into_iter().map(|s| (s.clone(), evaluate(&s).unwrap())).collect()
}

/// Business as usual and every ready-made option: stops, redeployments, pay awards, a cap.
fn paper() -> Vec<(Scenario, Outcome)> {
    let base = Scenario::default_scenario();
    let mut all = vec![base.clone()];
    all.extend(ReadyMade::ALL.iter().map(|r| r.build(&base)));
    plans(all)
}

fn open(bytes: Vec<u8>) -> Book {
    open_workbook_from_rs(Cursor::new(bytes)).unwrap()
}

/// A cell's number as money, to the penny (Excel holds doubles).
fn pennies(data: &Data) -> Money {
    let value = match data {
        Data::Float(f) => *f,
        Data::Int(i) => *i as f64,
        other => panic!("not a number: {other:?}"),
    };
    Money::from_decimal(Decimal::from_f64_retain(value).unwrap().round_dp(2))
}

fn decimal(data: &Data, dp: u32) -> Decimal {
    match data {
        Data::Float(f) => Decimal::from_f64_retain(*f).unwrap().round_dp(dp),
        Data::Int(i) => Decimal::from(*i),
        other => panic!("not a number: {other:?}"),
    }
}

/// `2023-04-01`: an Excel date serial (days from 30 December 1899) as a calendar day.
fn day(date: &calamine::ExcelDateTime) -> String {
    assert_eq!(date.as_f64().fract(), 0.0, "a whole day");
    // Days from 1 March of year 0, then Howard Hinnant's civil-from-days.
    let z = date.as_f64() as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y}-{m:02}-{d:02}")
}

fn at(range: &calamine::Range<Data>, row: u32, col: u32) -> Data {
    range.get_value((row, col)).cloned().unwrap_or(Data::Empty)
}

fn formula_at(range: &calamine::Range<String>, row: u32, col: u32) -> String {
    range.get_value((row, col)).cloned().unwrap_or_default()
}

/// The row whose first cell is `label`, searching from `from`.
fn find_row(range: &calamine::Range<Data>, from: u32, label: &str) -> u32 {
    (from..range.end().unwrap().0 + 1)
        .find(|r| at(range, *r, 0) == Data::String(label.into()))
        .unwrap_or_else(|| panic!("no row {label:?}"))
}

#[test]
fn every_figure_of_every_scenario_sheet_is_the_engines_to_the_penny() {
    let plans = paper();
    let mut book = open(workbook(&plans).unwrap());
    let names = sheet_names(&plans.iter().map(|(s, _)| s.clone()).collect::<Vec<_>>());
    assert_eq!(book.sheet_names(), names);
    for ((scenario, outcome), sheet) in plans.iter().zip(&names[1..]) {
        let cells = book.worksheet_range(sheet).unwrap();
        let formulas = book.worksheet_formula(sheet).unwrap();
        assert_eq!(at(&cells, 0, 0), Data::String(scenario.name.clone()));
        assert_eq!(at(&cells, 1, 4), Data::String("Post cost".into()));
        for (i, m) in outcome.months.iter().enumerate() {
            let row = 2 + i as u32;
            let Data::DateTime(date) = at(&cells, row, 0) else { panic!("{sheet} row {row}: not a date") };
            assert_eq!(day(&date), format!("{}-01", m.month), "{sheet} row {row}");
            assert_eq!(at(&cells, row, 1), Data::String(m.month.financial_year().label()));
            assert_eq!(at(&cells, row, 2), Data::String(format!("Q{}", m.month.quarter())));
            assert_eq!(decimal(&at(&cells, row, 3), 4), m.headcount.normalize());
            let f = &m.figures;
            let expected = [
                f.post_cost,
                f.eligible,
                f.claimed,
                f.cap_excess,
                f.unfunded_pressure,
                f.backfill_cost,
                f.redeployed_cost,
                f.non_staff_cost,
                m.cash_position,
            ];
            for (col, want) in (4..).zip(expected) {
                assert_eq!(pennies(&at(&cells, row, col)), want, "{sheet} {} column {col}", m.month);
            }
        }
        let first_fy = find_row(&cells, 2, &outcome.years[0].fy.label());
        let mut first_month = 3;
        for (i, y) in outcome.years.iter().enumerate() {
            let row = first_fy + i as u32;
            let months = outcome.months.iter().filter(|m| m.month.financial_year() == y.fy).count() as u32;
            let last_month = first_month + months - 1;
            assert_eq!(formula_at(&formulas, row, 4), format!("SUM(E{first_month}:E{last_month})"), "{sheet}");
            assert_eq!(formula_at(&formulas, row, 12), format!("MAX(0,M{first_month}:M{last_month})"));
            assert_eq!(formula_at(&formulas, row, 3), format!("ROUND(AVERAGE(D{first_month}:D{last_month}),2)"));
            let f = &y.figures;
            let expected = [f.post_cost, f.eligible, f.claimed, f.cap_excess, f.unfunded_pressure, f.backfill_cost];
            for (col, want) in (4..).zip(expected) {
                assert_eq!(pennies(&at(&cells, row, col)), want, "{sheet} {} column {col}", y.fy.label());
            }
            assert_eq!(pennies(&at(&cells, row, 10)), f.redeployed_cost);
            assert_eq!(pennies(&at(&cells, row, 11)), f.non_staff_cost);
            assert_eq!(pennies(&at(&cells, row, 12)), y.peak_cash_position.amount);
            assert_eq!(pennies(&at(&cells, row, 13)), y.allocation);
            assert_eq!(pennies(&at(&cells, row, 14)), y.cap_headroom);
            assert_eq!(decimal(&at(&cells, row, 3), 2), y.average_fte);
            first_month = last_month + 1;
        }
        let total = first_fy + outcome.years.len() as u32;
        assert_eq!(at(&cells, total, 0), Data::String("Total".into()));
        assert_eq!(formula_at(&formulas, total, 8), format!("SUM(I3:I{})", outcome.months.len() + 2));
        assert_eq!(pennies(&at(&cells, total, 8)), outcome.total.unfunded_pressure);
        assert_eq!(pennies(&at(&cells, total, 6)), outcome.total.claimed);
        assert_eq!(pennies(&at(&cells, total, 12)), outcome.peak_cash_position.amount);
        assert_eq!(decimal(&at(&cells, total, 3), 2), outcome.average_fte);
        let invoices = find_row(&cells, total, "Quarter") + 1;
        for (i, invoice) in outcome.invoices.iter().enumerate() {
            let row = invoices + i as u32;
            assert_eq!(at(&cells, row, 0), Data::String(invoice.label()));
            assert_eq!(pennies(&at(&cells, row, 1)), invoice.amount);
            let Data::DateTime(paid) = at(&cells, row, 3) else { panic!("paid is not a date") };
            assert_eq!(day(&paid), format!("{}-01", invoice.paid));
        }
        let sum: Money = outcome.invoices.iter().map(|i| i.amount).sum();
        assert_eq!(pennies(&at(&cells, invoices + outcome.invoices.len() as u32, 1)), sum);
    }
}

#[test]
fn compare_and_summary_refer_to_the_scenario_sheets_and_match_the_comparison() {
    let plans = paper();
    let mut book = open(workbook(&plans).unwrap());
    let measured: Vec<Measured> = plans.iter().map(|(s, o)| Measured::of(s, o)).collect();
    let cells = book.worksheet_range("Compare").unwrap();
    let formulas = book.worksheet_formula("Compare").unwrap();
    let mut row = 3;
    for option in &measured[1..] {
        let periods = option.years.iter().map(|(fy, v)| (fy.label(), *v, measured[0].year(*fy).unwrap()));
        for (label, values, base) in periods.chain([("Total".into(), option.total, measured[0].total)]) {
            assert_eq!(at(&cells, row, 0), Data::String(option.name.clone()));
            assert_eq!(at(&cells, row, 1), Data::String(label.clone()));
            for (i, m) in Measure::ALL.into_iter().enumerate() {
                let col = 2 + 4 * i as u32;
                let dp = 2;
                assert_eq!(decimal(&at(&cells, row, col), dp), base[i], "{} {label} {}", option.name, m.title());
                assert_eq!(decimal(&at(&cells, row, col + 1), dp), values[i]);
                assert_eq!(decimal(&at(&cells, row, col + 2), dp), values[i] - base[i]);
                assert!(formula_at(&formulas, row, col).starts_with("'Business as usual'!$"));
                match base[i].is_zero() {
                    true => assert_eq!(at(&cells, row, col + 3), Data::String("n/a".into())),
                    false => assert_eq!(
                        decimal(&at(&cells, row, col + 3), 8),
                        ((values[i] - base[i]) / base[i]).round_dp(8),
                        "{} {label} {}",
                        option.name,
                        m.title()
                    ),
                }
            }
            row += 1;
        }
    }
    let summary = book.worksheet_range("Summary").unwrap();
    for (i, m) in measured.iter().enumerate() {
        let row = 4 + i as u32;
        assert_eq!(at(&summary, row, 0), Data::String(m.name.clone()));
        for (col, value) in (3..).zip(m.total) {
            assert_eq!(decimal(&at(&summary, row, col), 2), value, "{} column {col}", m.name);
        }
    }
}

/// The text of one part of the `.xlsx` zip.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

/// The number format of a cell (`E3`) of a sheet part, through the style sheet.
fn number_format(bytes: &[u8], sheet: &str, cell: &str) -> String {
    let xml = part(bytes, sheet);
    let start = xml.find(&format!("<c r=\"{cell}\"")).unwrap_or_else(|| panic!("no cell {cell}"));
    let tag = &xml[start..start + xml[start..].find('>').unwrap()];
    let style: usize = attribute(tag, "s").parse().unwrap();
    let styles = part(bytes, "xl/styles.xml");
    let xfs = &styles[styles.find("<cellXfs").unwrap()..];
    let xf = xfs.split("<xf ").nth(style + 1).unwrap();
    let id = attribute(xf, "numFmtId");
    let code =
        styles.split("<numFmt ").skip(1).find(|f| attribute(f, "numFmtId") == id).map(|f| attribute(f, "formatCode"));
    code.unwrap_or_else(|| format!("builtin {id}")).replace("&quot;", "\"")
}

fn attribute(tag: &str, name: &str) -> String {
    let key = format!(" {name}=\"");
    let tag = format!(" {tag}");
    let start = tag.find(&key).map(|i| i + key.len()).unwrap_or_else(|| panic!("no {name} in {tag}"));
    tag[start..start + tag[start..].find('"').unwrap()].to_string()
}

#[test]
fn money_months_and_rates_carry_excel_formats_and_headers_stay_on_screen() {
    let bytes = workbook(&paper()).unwrap();
    // sheet1 is the Summary, sheet2 business as usual.
    let sheet = "xl/worksheets/sheet2.xml";
    assert_eq!(number_format(&bytes, sheet, "E3"), MONEY);
    assert_eq!(number_format(&bytes, sheet, "M14"), MONEY);
    assert_eq!(number_format(&bytes, sheet, "A3"), MONTH);
    assert_eq!(MONEY, "£#,##0.00");
    assert_eq!(MONTH, "mmm yyyy");
    let xml = part(&bytes, sheet);
    assert!(xml.contains(r#"<pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>"#));
    assert!(xml.contains("<cols>"), "column widths are set");
    let summary = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(summary.contains(r#"ySplit="4""#), "the Summary's header row is frozen");
    let compare = part(&bytes, "xl/worksheets/sheet8.xml");
    assert!(compare.contains(r#"xSplit="2" ySplit="3""#), "the Compare sheet's headers and names are frozen");
    assert_eq!(number_format(&bytes, "xl/worksheets/sheet8.xml", "F4"), "0.0%");
}

#[test]
fn hostile_scenario_names_give_sheets_excel_accepts_and_never_run_as_formulas() {
    let hostile = ["=HYPERLINK(\"http://x\",\"click\")", "+1", "@cmd", "\tTabbed", "a/b:c*d?[e]", "Summary", "History"];
    let base = Scenario::default_scenario();
    let scenarios: Vec<Scenario> = hostile
        .iter()
        .map(|name| Scenario { name: (*name).to_string(), ..base.clone() })
        .chain([Scenario { name: "-".repeat(40), ..base.clone() }])
        .collect();
    let plans = plans(scenarios);
    let bytes = workbook(&plans).unwrap();
    let mut book = open(bytes.clone());
    let names = book.sheet_names();
    assert_eq!(
        names,
        [
            "Summary",
            "=HYPERLINK(\"http---x\",\"click\")",
            "+1",
            "@cmd",
            "Tabbed",
            "a-b-c-d--e-",
            "Summary (2)",
            "History (2)",
            "-------------------------------",
            "Compare",
            "Assumptions"
        ]
    );
    let summary = book.worksheet_range("Summary").unwrap();
    let formulas = book.worksheet_formula("Summary").unwrap();
    for (i, name) in hostile.iter().enumerate() {
        let row = 4 + i as u32;
        assert_eq!(at(&summary, row, 0), Data::String((*name).to_string()), "a name stays text");
        assert_eq!(formula_at(&formulas, row, 0), "", "never a formula");
    }
    // Excel's quote prefix keeps them text even when someone edits the cell.
    for cell in ["A5", "A6", "A7", "A8"] {
        let xml = part(&bytes, "xl/worksheets/sheet1.xml");
        let start = xml.find(&format!("<c r=\"{cell}\"")).unwrap();
        let style: usize = attribute(&xml[start..start + 40], "s").parse().unwrap();
        let styles = part(&bytes, "xl/styles.xml");
        let xf = styles[styles.find("<cellXfs").unwrap()..].split("<xf ").nth(style + 1).unwrap().to_string();
        assert!(xf.contains("quotePrefix=\"1\""), "{cell}: {xf}");
    }
    let compare = book.worksheet_formula("Compare").unwrap();
    assert!(formula_at(&compare, 3, 2).starts_with("'=HYPERLINK(\"http---x\",\"click\")'!$"));
    assert!(formula_at(&compare, 3, 3).starts_with("'+1'!$"));
}

#[test]
fn one_scenario_has_no_compare_sheet_and_the_file_is_the_same_every_time() {
    let one = plans(vec![Scenario::default_scenario()]);
    let bytes = workbook(&one).unwrap();
    assert_eq!(open(bytes.clone()).sheet_names(), ["Summary", "Business as usual", "Assumptions"]);
    assert_eq!(workbook(&one).unwrap(), bytes, "no clock: the same scenarios give the same bytes");
    assert_eq!(planner_view::export::xlsx::file_name(&one), "business-as-usual-workbook.xlsx");
    let assumptions = open(bytes).worksheet_range("Assumptions").unwrap();
    let posts = find_row(&assumptions, 0, "Post id") + 1;
    for (i, post) in Scenario::default_scenario().posts.iter().enumerate() {
        assert_eq!(at(&assumptions, posts + i as u32, 0), Data::String(post.id.clone()));
        assert_eq!(pennies(&at(&assumptions, posts + i as u32, 3)), post.annual_cost);
    }
}
