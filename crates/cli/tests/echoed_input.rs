//! What a person typed or a file holds is echoed in a message cut short (about 20
//! characters, then `…`), so 5,000 characters of input never become 5,000 of error.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;

use serde_json::Value;

/// The example file with one value replaced by what `edit` puts there.
fn edited(name: &str, edit: impl FnOnce(&mut Value)) -> String {
    let mut v: Value =
        serde_json::from_str(&std::fs::read_to_string(example("business-as-usual.json")).unwrap()).unwrap();
    edit(&mut v);
    temp_file(name, v.to_string())
}

/// Exit `code`, one short line on stderr that contains `expected`, nothing on stdout.
fn assert_short(args: &[&str], code: i32, expected: &str) {
    let out = planner(args);
    let stderr = String::from_utf8(out.stderr).unwrap();
    let what = format!("planner {}", args.iter().map(|a| &a[..a.len().min(40)]).collect::<Vec<_>>().join(" "));
    assert_eq!(out.status.code(), Some(code), "{what}: {stderr}");
    assert!(stderr.chars().count() < 300, "{what}: {} characters: {stderr}", stderr.chars().count());
    assert!(stderr.contains(expected), "{what}\nexpected {expected:?}\n     got {stderr:?}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{what}: one line: {stderr:?}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.stdout.is_empty(), "{what}");
}

#[test]
fn a_link_version_of_5000_digits_is_cut_in_the_message() {
    let link = format!("#s={}.abc", "7".repeat(5000));
    assert_short(&["eval", "--link", &link], 1, "link version \"77777777777777777777…\" is not one");
    assert_short(&["analyse", "--link", &link], 1, "link version \"77777777777777777777…\" is not one");
}

#[test]
fn long_words_on_the_command_line_are_cut_in_the_message() {
    let long = "x".repeat(5000);
    let flag = format!("--{long}");
    let file = example("business-as-usual.json");
    assert_short(&[&long], 2, "unknown command \"xxxxxxxxxxxxxxxxxxxx…\"");
    assert_short(&["analyse", &file, &flag], 2, "analyse does not know \"--xxxxxxxxxxxxxxxxxx…\"");
    assert_short(&["analyse", &file, "--limit", &long], 1, "--limit: \"xxxxxxxxxxxxxxxxxxxx…\"");
    assert_short(&["analyse", &file, "--optimism-bias", &long], 1, "--optimism-bias: ");
    assert_short(&["eval", &format!("/tmp/{long}")], 1, "cannot read the file: File name too long");
    assert_short(
        &["eval", &format!("/no/such/{}file.json", "d/".repeat(2000))],
        1,
        "/d/d/file.json: cannot read the file",
    );
    assert_short(&["eval", "--link", &format!("#s=1.{long}")], 1, "share link: ");
    assert_short(&["eval", "--link", &format!("https://example.org/{long}")], 1, "share link: no scenario found");
}

#[test]
fn long_values_in_a_file_are_cut_in_the_message() {
    let long = "y".repeat(5000);
    let cases: Vec<(String, &str)> = vec![
        (
            edited("team.json", |v| v["posts"][0]["team"] = long.clone().into()),
            "unknown variant `yyyyyyyyyyyyyyyyyyyy…`",
        ),
        (
            edited("action.json", |v| v["posts"][0]["on_funding_stop"] = serde_json::json!({ "action": long })),
            "posts[0].on_funding_stop.action: unknown variant",
        ),
        (edited("field.json", |v| v[long.as_str()] = 1.into()), "unknown field `yyyyyyyyyyyyyyyyyyyy…`"),
        (edited("month.json", |v| v["horizon"]["start"] = long.clone().into()), "horizon.start: "),
        (edited("money.json", |v| v["posts"][0]["annual_cost"] = long.clone().into()), "posts[0].annual_cost: "),
        (edited("fte.json", |v| v["posts"][0]["fte"] = long.clone().into()), "posts[0].fte: "),
        (
            edited("percent.json", |v| {
                v["pay_awards"] = serde_json::json!([{ "effective": "2023-09", "percent": long }])
            }),
            "pay_awards[0].percent: ",
        ),
        (edited("version.json", |v| v["version"] = long.clone().into()), "version: "),
        (temp_file("number.json", format!("{{\"version\": {}}}", "9".repeat(5000))), "number out of range"),
        (temp_file("syntax.json", format!("{{\"x\": {long}}}")), "not valid JSON at line 1"),
    ];
    for (file, expected) in &cases {
        assert_short(&["eval", file], 1, expected);
    }
    let odds =
        temp_file("odds.json", format!(r#"{{"review_points": [{{"month": "{long}", "chance_continues": "1"}}]}}"#));
    assert_short(&["analyse", &example("business-as-usual.json"), "--odds", &odds], 1, "odds.json: ");
    let deflators = temp_file("deflators.json", format!(r#"{{"{long}": 1}}"#));
    assert_short(&["analyse", &example("business-as-usual.json"), "--deflators", &deflators], 1, "deflators.json: ");
}

#[test]
fn short_input_is_still_shown_whole() {
    assert_short(&["frobnicate"], 2, "unknown command \"frobnicate\"");
    assert_short(&["eval", "--link", "#s=3.abc"], 1, "link version \"3\" is not one this planner reads");
    let file = edited("short-team.json", |v| v["posts"][0]["team"] = "Fraud squad".into());
    assert_short(&["eval", &file], 1, "posts[0].team: unknown variant `Fraud squad`");
}
