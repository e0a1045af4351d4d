//! The workbook recalculated by another spreadsheet: LibreOffice (headless, installed by
//! scripts/setup.sh) opens `planner xlsx`'s file with every cached formula value removed,
//! recalculates it and writes each sheet as CSV. Every cell, formulas included, must then
//! read as the workbook's own (which tests/xlsx.rs of the view crate checks against
//! `evaluate`), to the penny; and the Summary's totals as `planner eval` gives them.
//!
//! Needs `soffice` (Debian: libreoffice-calc-nogui). `PLANNER_SKIP_LIBREOFFICE=1` skips it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use rust_decimal::Decimal;

/// The paper's scenarios, then the version 2 examples: posts built from pay with on-costs
/// (the cost breakdown), and actuals (actual months, variance, invoice shortfalls).
const PAPER: [&str; 7] = [
    "business-as-usual.json",
    "agreement-lapses-december-2023.json",
    "annual-review-ends-funding-march-2024-officers-redeployed.json",
    "grant-cut-to-a-lower-cap.json",
    "police-pay-awards-applied.json",
    "version-2/published-pay-awards-and-on-costs-2023-to-2026.json",
    "version-2/actuals-to-september-2024.json",
];

/// The workbook with every formula's cached value replaced by 0: only recalculation can
/// bring the figures back.
fn without_cached_values(bytes: &[u8]) -> (Vec<u8>, usize) {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let mut stripped = 0;
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().to_string();
        let mut data = Vec::new();
        file.read_to_end(&mut data).unwrap();
        if name.starts_with("xl/worksheets/sheet") {
            let text = String::from_utf8(data).unwrap();
            let mut kept = String::new();
            let mut rest = text.as_str();
            while let Some(i) = rest.find("</f><v>") {
                let end = rest[i..].find("</v>").unwrap() + i;
                kept.push_str(&rest[..i]);
                kept.push_str("</f><v>0");
                rest = &rest[end..];
                stripped += 1;
            }
            kept.push_str(rest);
            data = kept.into_bytes();
        }
        let options = zip::write::SimpleFileOptions::default();
        out.start_file(name, options).unwrap();
        out.write_all(&data).unwrap();
    }
    (out.finish().unwrap().into_inner(), stripped)
}

/// A LibreOffice profile that recalculates Excel files on load (its default is never).
fn profile(dir: &Path) -> PathBuf {
    let profile = dir.join("profile");
    std::fs::create_dir_all(profile.join("user")).unwrap();
    let settings = r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>"#;
    std::fs::write(profile.join("user/registrymodifications.xcu"), settings).unwrap();
    profile
}

/// RFC 4180 rows, as LibreOffice writes them.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field, mut quoted) = (Vec::new(), Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            ('\r', false) => {}
            (c, _) => field.push(c),
        }
    }
    rows
}

fn to_the_penny(value: f64) -> Decimal {
    Decimal::from_f64_retain(value).unwrap().round_dp(2)
}

/// `33.3333333333333%` or `31882.5` as LibreOffice wrote it, to compare with Excel's value.
fn csv_number(text: &str) -> Option<f64> {
    match text.strip_suffix('%') {
        Some(p) => p.parse::<f64>().ok().map(|p| p / 100.0),
        None => text.parse().ok(),
    }
}

/// `04/01/2023` (en-US, month first) → `2023-04-01`.
fn csv_day(text: &str) -> String {
    let parts: Vec<&str> = text.split('/').collect();
    format!("{}-{:0>2}-{:0>2}", parts[2], parts[0], parts[1])
}

/// An Excel date serial as `2023-04-01` (days from 30 December 1899).
fn serial_day(serial: f64) -> String {
    let z = serial as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    format!("{}-{m:02}-{d:02}", yoe + era * 400 + i64::from(m <= 2))
}

#[test]
fn libreoffice_recalculates_every_formula_to_the_engines_figures() {
    if std::env::var_os("PLANNER_SKIP_LIBREOFFICE").is_some() {
        eprintln!("skipped: PLANNER_SKIP_LIBREOFFICE is set");
        return;
    }
    let files: Vec<String> = PAPER.map(example).to_vec();
    let mut args = vec!["link"];
    args.extend(files.iter().map(String::as_str));
    let link = String::from_utf8(planner(&args).stdout).unwrap().trim().to_string();
    let original = temp_file("recalculated.xlsx", b"");
    let run = planner(&["xlsx", "--link", &link, "--all", "-o", &original]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let bytes = std::fs::read(&original).unwrap();
    let (stripped, formulas) = without_cached_values(&bytes);
    assert!(formulas > 300, "only {formulas} formulas");
    let dir = Path::new(&original).parent().unwrap().join("libreoffice");
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("stripped.xlsx");
    std::fs::write(&input, stripped).unwrap();
    let profile = profile(&dir);
    let converted = Command::new("soffice")
        .arg("--headless")
        .arg("--norestore")
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1"])
        .arg("--outdir")
        .arg(&dir)
        .arg(&input)
        .output()
        .expect("LibreOffice (soffice) is not installed: run scripts/setup.sh, or set PLANNER_SKIP_LIBREOFFICE=1");
    assert!(converted.status.success(), "{}", String::from_utf8_lossy(&converted.stderr));

    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let mut checked = 0;
    for sheet in book.sheet_names() {
        let csv = std::fs::read_to_string(dir.join(format!("stripped-{sheet}.csv")))
            .unwrap_or_else(|e| panic!("no CSV of sheet {sheet:?}: {e}"));
        let rows = csv_rows(&csv);
        let cells = book.worksheet_range(&sheet).unwrap();
        let (end_row, end_col) = cells.end().unwrap();
        for row in 0..=end_row {
            for col in 0..=end_col {
                let shown = rows.get(row as usize).and_then(|r| r.get(col as usize)).cloned().unwrap_or_default();
                let at = format!("{sheet}!R{}C{}", row + 1, col + 1);
                match cells.get_value((row, col)).unwrap_or(&Data::Empty) {
                    Data::Float(f) => {
                        let recalculated = csv_number(&shown).unwrap_or_else(|| panic!("{at}: {shown:?} is no number"));
                        assert_eq!(to_the_penny(recalculated), to_the_penny(*f), "{at}");
                        if shown.ends_with('%') {
                            assert!((recalculated - f).abs() < 1e-9, "{at}: {recalculated} against {f}");
                        }
                        checked += 1;
                    }
                    Data::Int(i) => assert_eq!(shown, i.to_string(), "{at}"),
                    Data::DateTime(d) => assert_eq!(csv_day(&shown), serial_day(d.as_f64()), "{at}"),
                    Data::String(s) => assert_eq!(&shown, s, "{at}"),
                    Data::Empty => assert_eq!(shown, "", "{at}"),
                    other => panic!("{at}: unexpected {other:?}"),
                }
            }
        }
    }
    assert!(checked > 2_000, "only {checked} figures checked");

    // And straight against the engine, as `planner eval` prints it.
    let eval = json_of(&planner(&["eval", "--link", &link, "--all"]));
    let summary = csv_rows(&std::fs::read_to_string(dir.join("stripped-Summary.csv")).unwrap());
    let column = |title: &str| summary[3].iter().position(|h| h == title).unwrap_or_else(|| panic!("no {title}"));
    assert_eq!(column("Actuals to"), 2, "beside the plan, as one scenario has actuals");
    let reports = eval.as_array().unwrap();
    assert_eq!(reports.len(), PAPER.len());
    for (i, report) in reports.iter().enumerate() {
        let row = &summary[4 + i];
        assert_eq!(row[0], report["scenario"].as_str().unwrap());
        let through = report["actuals_through"].as_str().map(|m| format!("{}-01", m));
        let shown = row[column("Actuals to")].clone();
        assert_eq!(through.unwrap_or_else(|| "None".into()), if shown == "None" { shown } else { csv_day(&shown) });
        let headlines = [
            ("Unfunded pressure", "unfunded_pressure"),
            ("Grant claimed", "claimed"),
            ("Cost above the cap", "cap_excess"),
        ];
        for (title, key) in headlines {
            let want: Decimal = report["total"][key].as_str().unwrap().parse().unwrap();
            assert_eq!(to_the_penny(csv_number(&row[column(title)]).unwrap()), want, "{} {key}", row[0]);
        }
        let peak: Decimal = report["peak_cash_position"]["amount"].as_str().unwrap().parse().unwrap();
        assert_eq!(to_the_penny(csv_number(&row[column("Most owed by the funder")]).unwrap()), peak);
    }

    // The version 2 sheets' cost breakdown and variance, recalculated, as `planner eval`.
    for (i, sheet) in [(5, "Published pay awards and on-cos"), (6, "Actuals to September 2024")] {
        let rows = csv_rows(&std::fs::read_to_string(dir.join(format!("stripped-{sheet}.csv"))).unwrap());
        let report = &reports[i];
        let total = rows.iter().find(|r| r[0] == "Total").unwrap();
        let header = rows.iter().find(|r| r[0] == "Financial year").unwrap();
        let at = |title: &str| header.iter().position(|h| h == title).unwrap_or_else(|| panic!("{sheet}: no {title}"));
        let breakdown = &report["total"]["cost_breakdown"];
        let parts = [
            ("Pay", "pay"),
            ("Employer NI", "employer_ni"),
            ("Employer pension", "employer_pension"),
            ("Apprenticeship levy", "apprenticeship_levy"),
            ("All-in posts", "all_in"),
            ("Actual post cost", "actual"),
        ];
        for (title, key) in parts {
            let want: Decimal = breakdown[key].as_str().unwrap().parse().unwrap();
            assert_eq!(to_the_penny(csv_number(&total[at(title)]).unwrap()), want, "{sheet} {title}");
        }
        if i == 6 {
            let want: Decimal = report["total"]["variance"].as_str().unwrap().parse().unwrap();
            assert!(!want.is_zero(), "the example's actuals differ from the forecast");
            assert_eq!(to_the_penny(csv_number(&total[at("Variance: actual less forecast")]).unwrap()), want);
        }
    }
}
