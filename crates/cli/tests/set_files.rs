//! The file the web app's Files panel exports (every scenario of the workspace, with a
//! `kind`) is read by `eval`, `link` and `analyse` as a link's scenarios would be.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;

use std::process::Output;

use planner_engine::{Scenario, ScenarioSet};
use serde_json::Value;

const EXAMPLES: [&str; 3] =
    ["business-as-usual.json", "agreement-lapses-december-2023.json", "police-pay-awards-applied.json"];

fn ok(out: Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn scenarios() -> Vec<Scenario> {
    EXAMPLES.iter().map(|f| Scenario::from_json(&std::fs::read_to_string(example(f)).unwrap()).unwrap()).collect()
}

/// The file as the Files panel makes it: `workspace.to_set(Some(made_now())).to_json()`.
fn exported(scenarios: Vec<Scenario>) -> String {
    ScenarioSet { made: Some("2026-11-26T10:15Z".into()), scenarios }.to_json()
}

fn examples_link() -> String {
    let files: Vec<String> = EXAMPLES.iter().map(|f| example(f)).collect();
    let mut args = vec!["link"];
    args.extend(files.iter().map(String::as_str));
    ok(planner(&args)).trim().to_string()
}

#[test]
fn the_exported_file_has_the_shape_the_cli_reads() {
    let v: Value = serde_json::from_str(&exported(scenarios())).unwrap();
    let keys: Vec<_> = v.as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["version", "kind", "made", "scenarios"]);
    assert_eq!(v["kind"], "scenario_set");
    assert_eq!(v["scenarios"][0]["version"], 1);
}

#[test]
fn eval_of_a_set_file_gives_the_first_scenario_and_all_gives_every_one() {
    let set = temp_file("set.json", exported(scenarios()));
    assert_eq!(ok(planner(&["eval", &set])), ok(planner(&["eval", &example(EXAMPLES[0])])));
    let link = examples_link();
    let every = ok(planner(&["eval", "--link", &link, "--all"]));
    assert_eq!(ok(planner(&["eval", &set, "--all"])), every);
    assert_eq!(ok(planner(&["eval", "--all", &set])), every);
    let from_stdin = planner_with_stdin(&["eval", "-", "--all"], exported(scenarios()));
    assert_eq!(ok(from_stdin), every);
    let one: Value = serde_json::from_str(&ok(planner(&["eval", &example(EXAMPLES[1]), "--all"]))).unwrap();
    assert_eq!(one.as_array().map(Vec::len), Some(1), "--all of a scenario file is a list of one");
}

#[test]
fn link_of_a_set_file_links_every_scenario_in_it() {
    let set = temp_file("set.json", exported(scenarios()));
    let link = ok(planner(&["link", &set]));
    assert_eq!(link.trim(), examples_link());
    let mut rest = scenarios();
    let first = rest.remove(0);
    let head = temp_file("head.json", exported(vec![first]));
    let tail = temp_file("tail.json", exported(rest));
    assert_eq!(ok(planner(&["link", &head, &tail])).trim(), examples_link(), "sets are joined in order");
    let mixed = ok(planner(&["link", &head, &example(EXAMPLES[1]), &example(EXAMPLES[2])]));
    assert_eq!(mixed.trim(), examples_link(), "set files and scenario files mix");
}

#[test]
fn analyse_of_a_set_file_is_the_analysis_of_its_link() {
    let set = temp_file("set.json", exported(scenarios()));
    let link = examples_link();
    assert_eq!(
        ok(planner(&["analyse", &set, "--limit", "100000"])),
        ok(planner(&["analyse", "--link", &link, "--limit", "100000"]))
    );
}

#[test]
fn a_hand_written_set_file_in_the_exported_shape_is_read() {
    let bau = std::fs::read_to_string(example(EXAMPLES[0])).unwrap();
    let text = format!("{{\"version\": 1, \"kind\": \"scenario_set\", \"made\": null, \"scenarios\": [{bau}]}}");
    let file = temp_file("by-hand.json", &text);
    assert_eq!(ok(planner(&["eval", &file])), ok(planner(&["eval", &example(EXAMPLES[0])])));
}

#[test]
fn bad_set_files_and_links_too_big_to_open_are_one_clear_line() {
    let good = exported(scenarios());
    let too_many = exported(std::iter::repeat_n(scenarios()[0].clone(), 21).collect());
    let twenty = temp_file("twenty.json", exported(std::iter::repeat_n(scenarios()[0].clone(), 20).collect()));
    let mut later: Value = serde_json::from_str(&good).unwrap();
    later["scenarios"][1]["horizon"]["start"] = "2023-13".into();
    let later_bad = later.to_string();
    let long_kind = good.replacen("scenario_set", &"k".repeat(5000), 1);
    let mut big = scenarios()[0].clone();
    let post = big.posts[0].clone();
    // Titles that do not compress: the link would be longer than a link can be.
    let mut seed = 12345_u64;
    big.posts = (0..400)
        .map(|i| {
            let mut p = post.clone();
            p.id = format!("p{i}");
            p.title = (0..150)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    char::from(b'a' + ((seed >> 33) % 26) as u8)
                })
                .collect();
            p
        })
        .collect();
    let cases: Vec<(Vec<String>, i32, &str)> = vec![
        (
            vec!["eval".into(), temp_file("neg.json", good.replacen("\"88950.00\"", "\"-1\"", 1))],
            1,
            "scenarios[0].posts[0].annual_cost: must not be negative",
        ),
        (vec!["eval".into(), temp_file("later.json", &later_bad)], 1, "scenarios[1].horizon.start: "),
        (
            vec!["eval".into(), temp_file("kind.json", good.replacen("scenario_set", "workspace", 1))],
            1,
            "kind: must be \"scenario_set\"",
        ),
        (vec!["eval".into(), temp_file("long-kind.json", &long_kind)], 1, "kind: must be \"scenario_set\""),
        (
            vec!["eval".into(), temp_file("v3.json", good.replacen("\"version\": 1", "\"version\": 3", 1))],
            1,
            "version: version 3 is not supported",
        ),
        (
            vec!["eval".into(), temp_file("empty.json", r#"{"version": 1, "kind": "scenario_set", "scenarios": []}"#)],
            1,
            "scenarios: a set holds 1 to 20 scenarios",
        ),
        (vec!["eval".into(), temp_file("21.json", &too_many)], 1, "scenarios: a set holds 1 to 20 scenarios"),
        (vec!["eval".into(), temp_file("array.json", "[]")], 1, "must be a JSON object"),
        (
            vec!["link".into(), twenty.clone(), example(EXAMPLES[0])],
            1,
            "a link holds at most 20 scenarios; these files hold 21",
        ),
        (vec!["link".into(), temp_file("big.json", big.to_json())], 1, "cannot make a link: "),
        (
            vec!["eval".into(), example(EXAMPLES[0]), example(EXAMPLES[1])],
            2,
            "eval takes FILE or --link LINK, and --all",
        ),
        (
            vec!["eval".into(), example(EXAMPLES[0]), "--link".into(), "#s=1.x".into()],
            2,
            "eval takes FILE or --link LINK",
        ),
        (
            vec!["eval".into(), "--all".into(), "--all".into(), example(EXAMPLES[0])],
            2,
            "eval takes FILE or --link LINK",
        ),
    ];
    for (args, code, expected) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = planner(&args);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}\nexpected {expected:?}\n     got {stderr:?}");
        assert!(stderr.chars().count() < 300, "{stderr}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr:?}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(out.stdout.is_empty());
    }
    assert!(ok(planner(&["link", &twenty])).starts_with("#s=1."), "twenty scenarios is a link");
}

#[test]
fn help_says_files_may_hold_several_scenarios() {
    let help = ok(planner(&["--help"]));
    assert!(help.contains("planner eval FILE --all"), "{help}");
    assert!(help.contains("exported by the web app's Files panel"), "{help}");
}
