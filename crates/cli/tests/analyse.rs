//! `planner analyse`: the decision analysis as JSON, and one clear line for bad input.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;

use serde_json::{json, Value};

const ODDS: &str = r#"{
  "review_points": [
    { "month": "2023-12", "chance_continues": "80" },
    { "month": "2024-03", "chance_continues": "70" },
    { "month": "2025-03", "chance_continues": "90" }
  ],
  "pay_award_cases": [
    { "name": "Low", "percent": "2", "weight": "25" },
    { "name": "Central", "percent": "4", "weight": "50" },
    { "name": "High", "percent": "6", "weight": "25" }
  ]
}"#;

/// A decimal string in units of 10⁻²⁸, so that probabilities add up exactly.
fn units(text: &str) -> i128 {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let padded = format!("{fraction:0<28}");
    whole.parse::<i128>().unwrap() * 10_i128.pow(28) + padded.parse::<i128>().unwrap()
}

fn all_examples_link() -> String {
    let files: Vec<String> = [
        "business-as-usual.json",
        "funding-continues-to-march-2026.json",
        "agreement-lapses-december-2023.json",
        "annual-review-ends-funding-march-2024-officers-redeployed.json",
        "police-pay-awards-applied.json",
        "grant-cut-to-a-lower-cap.json",
    ]
    .iter()
    .map(|f| example(f))
    .collect();
    let mut args = vec!["link"];
    args.extend(files.iter().map(String::as_str));
    String::from_utf8(planner(&args).stdout).unwrap().trim().to_string()
}

#[test]
fn analyse_prints_the_stop_month_curve_and_switching_values_of_a_file() {
    let v = json_of(&planner(&["analyse", &example("agreement-lapses-december-2023.json"), "--limit", "£900,000"]));
    let keys: Vec<_> = v.as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["scenarios", "comparisons", "green_book"]);
    let s = &v["scenarios"][0];
    assert_eq!(s["scenario"], "Agreement lapses December 2023");
    let curve = s["stop_month_curve"].as_array().unwrap();
    assert_eq!(curve.len(), 37);
    assert_eq!(curve[0], json!({"stops_after": "2023-04", "unfunded_pressure": "1115887.50"}));
    assert_eq!(curve[8], json!({"stops_after": "2023-12", "unfunded_pressure": "860827.50"}));
    assert_eq!(curve[36]["stops_after"], Value::Null);
    // The curve point for the file's own stop is what `planner eval` reports.
    let eval = json_of(&planner(&["eval", &example("agreement-lapses-december-2023.json")]));
    assert_eq!(curve[8]["unfunded_pressure"], eval["total"]["unfunded_pressure"]);
    let limit = &s["switching_values"]["within_limit"];
    assert_eq!(limit["limit"], "900000.00");
    assert_eq!(limit["earliest_stop"]["stops_after"], "2023-11");
    assert_eq!(s["switching_values"]["max_pay_award"]["max_award"], "74.99");
    assert_eq!(s["switching_values"]["max_pay_award"]["breaks_at"], "75");
    assert!(s.get("odds").is_none(), "odds only when given");
    assert_eq!(v["comparisons"], json!([]));
}

#[test]
fn analyse_of_a_link_compares_every_scenario_with_odds_and_the_green_book() {
    let link = all_examples_link();
    let odds = temp_file("odds.json", ODDS);
    let deflators = temp_file(
        "deflators.json",
        r#"{"index": [{"fy": 2023, "index": "100"}, {"fy": 2024, "index": "102.5"}, {"fy": 2025, "index": "104.6"}],
            "source": "Test series"}"#,
    );
    let v = json_of(&planner(&[
        "analyse",
        "--link",
        &link,
        "--limit",
        "100000",
        "--odds",
        &odds,
        "--deflators",
        &deflators,
        "--optimism-bias",
        "12",
    ]));
    let scenarios = v["scenarios"].as_array().unwrap();
    assert_eq!(scenarios.len(), 6);
    assert_eq!(v["comparisons"].as_array().unwrap().len(), 15);
    for s in scenarios {
        let odds = &s["odds"];
        let outcomes = odds["outcomes"].as_array().unwrap();
        assert_eq!(outcomes.len(), 12); // 3 cases × (3 review points + never)
        let sum: i128 = outcomes.iter().map(|o| units(o["probability"].as_str().unwrap())).sum();
        assert_eq!(sum, 10_i128.pow(28), "{}", s["scenario"]);
        for key in ["expected", "p50", "p90"] {
            assert!(odds[key].is_string(), "{key}");
        }
    }
    assert_eq!(
        scenarios[0]["odds"]["outcomes"][0],
        json!({"pay_award_case": "Low", "stops_after": "2023-12", "probability": "0.05", "unfunded_pressure": "895045.45"})
    );
    let gb = &v["green_book"];
    assert_eq!(gb["discount_rate"], "3.5");
    assert_eq!(gb["optimism_bias"], "12");
    assert_eq!(gb["deflators"]["source"], "Test series");
    assert_eq!(gb["deflators"]["base_fy"], 2023);
    let lapse = &gb["scenarios"][2];
    assert_eq!(lapse["total"]["nominal"], "860827.50");
    assert_eq!(lapse["quarters"].as_array().unwrap().len(), 12);
    assert_eq!(lapse["difference_from_business_as_usual"]["total"]["nominal"], "860827.50");
    assert_eq!(gb["scenarios"][0]["difference_from_business_as_usual"], Value::Null);
    // 2023/24: £95,647.50 × 1.12, at base-year prices and undiscounted.
    assert_eq!(lapse["years"][0]["real"], "107125.20");
    assert_eq!(lapse["years"][0]["present_value"], "107125.20");
}

#[test]
fn bad_analysis_input_is_one_clear_line_and_a_non_zero_exit() {
    let file = example("business-as-usual.json");
    let bad_odds = temp_file("bad-odds.json", ODDS.replacen("\"80\"", "\"150\"", 1));
    let short_deflators = temp_file("short.json", r#"{"index": [{"fy": 2023, "index": "100"}]}"#);
    let cases: Vec<(Vec<&str>, i32, String)> = vec![
        (vec!["--limit", "-5"], 1, "--limit: must not be negative (got -5)".into()),
        (vec!["--limit", "lots"], 1, "--limit: \"lots\" is not an amount in pounds".into()),
        (
            vec!["--odds", &bad_odds],
            1,
            format!(
                "{bad_odds}: odds.review_points[0].chance_continues: a chance must be from 0 to 100 percent (got 150)"
            ),
        ),
        (vec!["--odds", "/no/such/odds.json"], 1, "/no/such/odds.json: cannot read the file".into()),
        (
            vec!["--deflators", &short_deflators],
            1,
            "deflators.index: no index for 2024/25: give one for every financial year of the plans".into(),
        ),
        (vec!["--optimism-bias", "-3"], 1, "--optimism-bias: an uplift must be from 0 to 1000 percent (got -3)".into()),
        (vec!["--limit"], 2, "--limit needs a value".into()),
        (vec!["--limit", "5", "--limit", "6"], 2, "--limit is given twice".into()),
        (vec!["--colour", "red"], 2, "analyse does not know \"--colour\"".into()),
        (vec!["--link", "#s=1.x"], 2, "analyse takes FILE or --link LINK, not both".into()),
        (vec![&file], 2, "analyse takes one FILE (or --link LINK)".into()),
    ];
    for (extra, code, expected) in cases {
        let mut args = vec!["analyse", file.as_str()];
        args.extend(extra);
        let out = planner(&args);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.contains(&expected), "{args:?}\nexpected {expected:?}\n     got {stderr:?}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr:?}");
        assert!(out.stdout.is_empty());
    }
    let out = planner(&["analyse"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("analyse needs a FILE or --link LINK"));
}

#[test]
fn help_explains_analyse_and_its_options() {
    let help = String::from_utf8(planner(&["--help"]).stdout).unwrap();
    for needle in [
        "planner analyse FILE",
        "planner analyse --link LINK",
        "--limit POUNDS",
        "--odds FILE",
        "--deflators FILE",
        "--optimism-bias PERCENT",
    ] {
        assert!(help.contains(needle), "{needle}");
    }
}
