//! `planner xlsx`: the view crate's workbook, written to the named file, with the same
//! errors and exit codes as the other commands.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;

use planner_engine::{evaluate, ScenarioSet};
use planner_view::export::xlsx::workbook;

fn paper_files() -> Vec<String> {
    [
        "business-as-usual.json",
        "agreement-lapses-december-2023.json",
        "annual-review-ends-funding-march-2024-officers-redeployed.json",
        "grant-cut-to-a-lower-cap.json",
        "police-pay-awards-applied.json",
    ]
    .map(example)
    .to_vec()
}

fn paper_link() -> String {
    let files = paper_files();
    let mut args = vec!["link"];
    args.extend(files.iter().map(String::as_str));
    let out = planner(&args);
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn scratch(name: &str) -> String {
    temp_file(name, b"")
}

#[test]
fn xlsx_writes_the_view_crates_workbook_of_the_link_and_names_its_sheets() {
    let link = paper_link();
    let out = scratch("paper.xlsx");
    let run = planner(&["xlsx", "--link", &link, "--all", "-o", &out]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let said = String::from_utf8(run.stdout).unwrap();
    assert!(said.contains(": Summary, Business as usual, Agreement lapses December 2023, "), "{said}");
    assert!(said.trim_end().ends_with("Compare, Assumptions"), "{said}");
    let set = planner_engine::decode_link(&link).unwrap();
    let plans: Vec<_> = set.scenarios.iter().map(|s| (s.clone(), evaluate(s).unwrap())).collect();
    assert_eq!(std::fs::read(&out).unwrap(), workbook(&plans).unwrap(), "the same bytes as the web app's");
}

#[test]
fn without_all_the_workbook_holds_the_first_scenario() {
    let out = scratch("one.xlsx");
    let file = example("agreement-lapses-december-2023.json");
    let run = planner(&["xlsx", &file, "-o", &out]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let text = std::fs::read_to_string(&file).unwrap();
    let set = ScenarioSet::from_json(&text).unwrap();
    let plans: Vec<_> = set.scenarios.iter().take(1).map(|s| (s.clone(), evaluate(s).unwrap())).collect();
    assert_eq!(std::fs::read(&out).unwrap(), workbook(&plans).unwrap());
    assert!(String::from_utf8(run.stdout).unwrap().contains("Summary, Agreement lapses December 2023, Assumptions"));
}

#[test]
fn a_bad_command_line_exits_2_and_bad_input_1_in_one_line() {
    let file = example("business-as-usual.json");
    for args in [
        vec!["xlsx", file.as_str()],
        vec!["xlsx", "-o"],
        vec!["xlsx", "-o", "a.xlsx"],
        vec!["xlsx", file.as_str(), file.as_str(), "-o", "a.xlsx"],
        vec!["xlsx", file.as_str(), "--sheets", "-o", "a.xlsx"],
    ] {
        let out = planner(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    let missing = planner(&["xlsx", "no-such-file.json", "-o", &scratch("x.xlsx")]);
    assert_eq!(missing.status.code(), Some(1));
    let unwritable = planner(&["xlsx", &file, "-o", "/no-such-directory/out.xlsx"]);
    assert_eq!(unwritable.status.code(), Some(1));
    let err = String::from_utf8(unwritable.stderr).unwrap();
    assert_eq!(
        err.trim_end(),
        "planner: /no-such-directory/out.xlsx: cannot write the workbook: No such file or directory"
    );
    let bad_link = planner(&["xlsx", "--link", "#s=1.AAAA", "-o", &scratch("y.xlsx")]);
    assert_eq!(bad_link.status.code(), Some(1));
    assert_eq!(String::from_utf8(bad_link.stderr).unwrap().lines().count(), 1);
}
