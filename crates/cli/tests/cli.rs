//! The `planner` binary as auditors use it: output as MODEL.md shows, one clear line for
//! any bad input, never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;

#[test]
fn eval_prints_the_model_report_for_the_default_scenario() {
    let v = json_of(&planner(&["eval", &example("business-as-usual.json")]));
    let keys: Vec<_> = v.as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["scenario", "years", "total", "months", "invoices", "peak_cash_position", "actuals_through"]);
    assert_eq!(v["actuals_through"], serde_json::Value::Null);
    assert_eq!(v["years"][0]["fy"], "2023/24");
    assert_eq!(v["years"][0]["allocation"], "382590.00");
    assert_eq!(v["years"][0]["cap_headroom"], "0.00");
    assert_eq!(v["total"]["claimed"], "1147770.00");
    assert_eq!(v["months"].as_array().unwrap().len(), 36);
    assert_eq!(v["months"][0]["month"], "2023-04");
    assert_eq!(v["months"][0]["headcount"], "5");
    assert_eq!(
        v["invoices"][0],
        serde_json::json!({"quarter": "2023/24 Q1", "amount": "95647.50", "raised": "2023-07", "paid": "2023-08",
                           "shortfall": "0.00"})
    );
    assert_eq!(v["peak_cash_position"], serde_json::json!({"amount": "127530.00", "month": "2023-07"}));
    let year_keys: Vec<_> = v["years"][0].as_object().unwrap().keys().cloned().collect();
    assert_eq!(
        year_keys,
        [
            "fy",
            "allocation",
            "cap_headroom",
            "post_cost",
            "eligible",
            "claimed",
            "cap_excess",
            "unfunded_pressure",
            "backfill_cost",
            "redeployed_cost",
            "non_staff_cost",
            "cost_breakdown",
            "variance"
        ]
    );
    // Version 2's parts of the post cost, for version 1 files too: all-in posts only here.
    let parts: Vec<_> = v["years"][0]["cost_breakdown"].as_object().unwrap().keys().cloned().collect();
    assert_eq!(parts, ["pay", "employer_ni", "employer_pension", "apprenticeship_levy", "all_in", "actual"]);
    assert_eq!(v["years"][0]["cost_breakdown"]["all_in"], v["years"][0]["post_cost"]);
    assert_eq!(v["months"][0]["cost_breakdown"]["pay"], "0.00");
}

#[test]
fn eval_of_a_link_gives_the_same_results_as_the_file() {
    let file = example("agreement-lapses-december-2023.json");
    let link = planner(&["link", &file]);
    assert!(link.status.success());
    let fragment = String::from_utf8(link.stdout).unwrap().trim().to_string();
    assert!(fragment.starts_with("#s=1."), "{fragment}");
    let by_link = json_of(&planner(&["eval", "--link", &fragment]));
    assert_eq!(by_link, json_of(&planner(&["eval", &file])));
    assert_eq!(by_link["total"]["unfunded_pressure"], "860827.50");
    let whole_url = format!("https://planner.example/{fragment}");
    assert_eq!(json_of(&planner(&["eval", "--link", &whole_url])), by_link);
}

#[test]
fn a_version_2_file_gives_a_version_2_link_with_the_same_results() {
    let file = example("version-2/published-pay-awards-and-on-costs-2023-to-2026.json");
    let fragment = String::from_utf8(planner(&["link", &file]).stdout).unwrap().trim().to_string();
    assert!(fragment.starts_with("#s=2."), "{fragment}");
    let by_file = json_of(&planner(&["eval", &file]));
    assert_eq!(json_of(&planner(&["eval", "--link", &fragment])), by_file);
    let parts = &by_file["total"]["cost_breakdown"];
    assert_eq!(parts["all_in"], "0.00");
    assert!(parts["employer_pension"].as_str().unwrap() > "1");
}

#[test]
fn eval_all_gives_every_scenario_of_a_link() {
    let a = example("business-as-usual.json");
    let b = example("police-pay-awards-applied.json");
    let fragment = String::from_utf8(planner(&["link", &a, &b]).stdout).unwrap();
    let all = json_of(&planner(&["eval", "--link", fragment.trim(), "--all"]));
    let names: Vec<_> = all.as_array().unwrap().iter().map(|r| r["scenario"].as_str().unwrap().to_string()).collect();
    assert_eq!(names, ["Business as usual", "Police pay awards applied"]);
    let first = json_of(&planner(&["eval", "--link", fragment.trim()]));
    assert_eq!(first["scenario"], "Business as usual");
}

#[test]
fn bad_input_is_one_clear_line_and_a_non_zero_exit() {
    let good = std::fs::read_to_string(example("business-as-usual.json")).unwrap();
    let cases: Vec<(Vec<String>, i32, &str)> = vec![
        (
            vec!["eval".into(), "/no/such/file.json".into()],
            1,
            "/no/such/file.json: cannot read the file: No such file or directory",
        ),
        (vec!["eval".into(), temp_file("bad.json", "{ nope")], 1, "not valid JSON at line 1, column 3"),
        (
            vec!["eval".into(), temp_file("unknown.json", good.replacen("\"name\"", "\"colour\": 1, \"name\"", 1))],
            1,
            "colour: unknown field `colour`",
        ),
        (
            vec!["eval".into(), temp_file("v3.json", good.replacen("\"version\": 1", "\"version\": 3", 1))],
            1,
            "version: version 3 is not supported",
        ),
        (
            vec!["eval".into(), temp_file("month.json", good.replacen("2023-04", "2023-13", 1))],
            1,
            "horizon.start: 2023-13: month 13 does not exist",
        ),
        (
            vec!["eval".into(), temp_file("neg.json", good.replacen("\"88950.00\"", "\"-88950.00\"", 1))],
            1,
            "posts[0].annual_cost: must not be negative",
        ),
        (vec!["eval".into(), temp_file("bin.json", "\u{0}\u{1}")], 1, "not valid JSON"),
        (
            vec!["eval".into(), "--link".into(), "#s=1.xVLRTsIwFP2Vpk".into()],
            1,
            "share link: the link is incomplete or was changed",
        ),
        (vec!["eval".into(), "--link".into(), "https://example.org/".into()], 1, "share link: no scenario found"),
        (vec!["eval".into()], 2, "eval takes FILE or --link LINK, and --all for every scenario"),
        (vec!["frobnicate".into()], 2, "unknown command \"frobnicate\""),
        (vec!["link".into()], 2, "link needs at least one scenario file"),
    ];
    for (args, code, expected) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = planner(&args);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}\nexpected {expected:?}\n     got {stderr:?}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr:?}");
        assert!(!stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"), "{stderr}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn help_says_how_to_use_it() {
    let out = planner(&["--help"]);
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout).unwrap().contains("planner eval --link LINK"));
}
