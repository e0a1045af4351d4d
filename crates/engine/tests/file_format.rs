//! The version 1 scenario file: what it reads, what it refuses, and the paths it names.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use planner_engine::*;
use serde_json::{json, Value};

const MODEL_EXAMPLE: &str = r#"{
  "version": 1,
  "name": "Funding stops after December 2023",
  "horizon": { "start": "2023-04", "end": "2026-03" },
  "posts": [
    { "id": "ds-marsoc", "title": "Detective Sergeant", "team": "MARSOC",
      "annual_cost": "88950.00", "fte": "1", "start": "2023-04", "end": null,
      "vacancies": [ { "from": "2024-06", "to": "2024-08" } ],
      "backfill": { "annual_cost": "61000.00" },
      "on_funding_stop": { "action": "redeploy_piu", "lag_months": 3 } }
  ],
  "pay_awards": [ { "effective": "2023-09", "percent": "7" } ],
  "grant": {
    "name": "MoJ (HMPPS) SOC grant",
    "allocations": [ { "fy": 2023, "amount": "382590.00" },
                     { "fy": 2024, "amount": "500000.00" },
                     { "fy": 2025, "amount": "500000.00" } ],
    "stops_after": "2023-12",
    "payment_lag_months": 1
  },
  "non_staff": [ { "name": "IT, vehicles, desk space", "annual_cost": "0.00" } ]
}"#;

fn with(change: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(MODEL_EXAMPLE).unwrap();
    change(&mut v);
    v.to_string()
}

fn error_of(text: &str) -> String {
    Scenario::from_json(text).unwrap_err().to_string()
}

#[test]
fn the_model_example_reads_and_writes_back_the_same() {
    let s = Scenario::from_json(MODEL_EXAMPLE).unwrap();
    assert_eq!(s.posts[0].on_funding_stop, StopResponse { action: StopAction::RedeployPiu, lag_months: 3 });
    assert_eq!(s.grant.stops_after, Some(m("2023-12")));
    let written = s.to_json();
    assert_eq!(Scenario::from_json(&written).unwrap(), s);
    let a: Value = serde_json::from_str(&written).unwrap();
    let b: Value = serde_json::from_str(MODEL_EXAMPLE).unwrap();
    assert_eq!(a, b, "every field is written out as MODEL.md shows it");
}

#[test]
fn optional_fields_may_be_left_out_or_null() {
    let minimal = json!({
        "version": 1, "name": "Minimal",
        "horizon": { "start": "2023-04", "end": "2024-03" },
        "posts": [ { "id": "a", "title": "DC", "team": "Corruption", "annual_cost": "12000", "start": "2023-04",
                     "fte": null, "vacancies": null, "on_funding_stop": { "action": "end" } } ],
        "grant": { "name": "G", "allocations": [], "payment_lag_months": null, "stops_after": null },
        "pay_awards": null, "non_staff": null
    });
    let s = Scenario::from_json(&minimal.to_string()).unwrap();
    let p = &s.posts[0];
    assert_eq!((p.fte, p.end, p.vacancies.len(), p.backfill), (Fte::FULL, None, 0, None));
    assert_eq!(p.on_funding_stop, StopResponse { action: StopAction::End, lag_months: 0 });
    assert_eq!(s.grant.payment_lag_months, 1);
    assert!(s.pay_awards.is_empty() && s.non_staff.is_empty());
}

#[test]
fn bad_files_name_the_field_and_say_what_is_wrong() {
    let cases: Vec<(String, &str)> = vec![
        ("{ not json".into(), "not valid JSON at line 1, column 3"),
        (with(|v| v["posts"][0]["annual_cost"] = json!("-5")), "posts[0].annual_cost: must not be negative"),
        (
            with(|v| v["posts"][0]["annual_cost"] = json!(88950)),
            "posts[0].annual_cost: invalid type: integer `88950`, expected money as a string",
        ),
        (with(|v| v["posts"][0]["annual_cost"] = json!("12.345")), "posts[0].annual_cost: at most two decimal places"),
        (with(|v| v["posts"][0]["start"] = json!("2023-13")), "posts[0].start: 2023-13: month 13 does not exist"),
        (
            with(|v| v["posts"][0]["surprise"] = json!(1)),
            "posts[0].surprise: unknown field `surprise`, expected one of `id`",
        ),
        (with(|v| v["colour"] = json!("red")), "colour: unknown field `colour`"),
        (with(|v| v["version"] = json!(3)), "version: version 3 is not supported; this planner reads versions 1 and 2"),
        (with(|v| v["version"] = json!("1")), "version: must be a number: 1 or 2"),
        (
            with(|v| {
                v.as_object_mut().unwrap().remove("version");
            }),
            "version: missing",
        ),
        (
            with(|v| {
                v["posts"][0].as_object_mut().unwrap().remove("start");
            }),
            "posts[0]: missing field `start`",
        ),
        (
            with(|v| v["posts"][0]["vacancies"][0]["to"] = json!("2024-05")),
            "posts[0].vacancies[0].to: 2024-05 is before the vacancy starts (2024-06)",
        ),
        (
            with(|v| v["posts"][0]["end"] = json!("2023-03")),
            "posts[0].end: 2023-03 is before the post starts (2023-04)",
        ),
        (with(|v| v["posts"][0]["fte"] = json!("1.5")), "posts[0].fte: must be more than 0 and at most 1"),
        (with(|v| v["posts"][0]["fte"] = json!("0")), "posts[0].fte: must be more than 0 and at most 1"),
        (with(|v| v["posts"][0]["team"] = json!("Traffic")), "posts[0].team: unknown variant `Traffic`"),
        (
            with(|v| v["posts"][0]["on_funding_stop"]["action"] = json!("retire")),
            "posts[0].on_funding_stop.action: unknown variant `retire`",
        ),
        (
            with(|v| {
                let p = v["posts"][0].clone();
                v["posts"].as_array_mut().unwrap().push(p);
            }),
            "posts[1].id: duplicate post id \"ds-marsoc\"",
        ),
        (
            with(|v| v["grant"]["allocations"][2]["fy"] = json!(2024)),
            "grant.allocations[2].fy: duplicate allocation for 2024/25",
        ),
        (with(|v| v["pay_awards"][0]["percent"] = json!("-100")), "pay_awards[0].percent: must be above -100"),
        (with(|v| v["horizon"]["end"] = json!("2023-03")), "horizon.end: ends before the horizon starts"),
        (with(|v| v["name"] = json!("  ")), "name: must not be empty"),
        (
            with(|v| v["grant"]["payment_lag_months"] = json!(-1)),
            "grant.payment_lag_months: invalid value: integer `-1`",
        ),
        ("[1, 2]".into(), "scenario: must be a JSON object"),
    ];
    for (text, expected) in cases {
        let err = error_of(&text);
        assert!(err.starts_with(expected), "expected {expected:?}\n     got {err:?}");
    }
}

#[test]
fn a_field_error_knows_its_path() {
    let err = Scenario::from_json(&with(|v| v["posts"][0]["annual_cost"] = json!("abc"))).unwrap_err();
    assert_eq!(err.path(), Some(&planner_engine::FieldPath::from("posts").index(0).key("annual_cost")));
}

#[test]
fn a_key_given_twice_is_refused_on_its_path() {
    let once = |from: &str, to: &str| {
        assert!(MODEL_EXAMPLE.contains(from), "{from}");
        MODEL_EXAMPLE.replacen(from, to, 1)
    };
    for (text, expected) in [
        (once("\"name\": \"Funding", "\"name\": \"A\", \"name\": \"Funding"), "name: appears twice"),
        (once("\"version\": 1,", "\"version\": 1, \"version\": 2,"), "version: appears twice"),
        (once("\"title\":", "\"title\": \"DC\", \"title\":"), "posts[0].title: appears twice"),
        (
            once("\"to\": \"2024-08\"", "\"to\": \"2024-08\", \"to\": \"2024-09\""),
            "posts[0].vacancies[0].to: appears twice",
        ),
        (once("\"fy\": 2024,", "\"fy\": 2024, \"fy\": 2024,"), "grant.allocations[1].fy: appears twice"),
        (
            once("\"lag_months\": 3", "\"lag_months\": 3, \"lag_months\": 0"),
            "posts[0].on_funding_stop.lag_months: appears twice",
        ),
        // The same key spelt with an escape is the same key.
        (once("\"name\": \"Funding", "\"n\\u0061me\": \"A\", \"name\": \"Funding"), "name: appears twice"),
        // An unknown key given twice is named as given twice, not as unknown.
        (once("\"version\": 1,", "\"version\": 1, \"colour\": 1, \"colour\": 2,"), "colour: appears twice"),
    ] {
        assert_eq!(error_of(&text), expected);
        assert!(matches!(Scenario::from_json(&text), Err(Error::Field { .. })), "{expected}");
    }
    // The same key in two different objects is not a duplicate.
    assert!(Scenario::from_json(MODEL_EXAMPLE).is_ok());
}

#[test]
fn names_and_titles_need_a_visible_character_and_no_bidi_controls() {
    let invisible = "must have at least one visible character";
    let bidi = "must not contain bidirectional control characters";
    let name = |text: &str| error_of(&with(|v| v["name"] = json!(text)));
    for text in [
        "\u{200B}",
        " \u{200B} ",
        "\u{FEFF}",
        "\u{00A0}\u{2060}",
        "\u{200C}\u{200D}",
        "\u{200E}\u{200F}",
        "\u{3000}\u{200B}",
    ] {
        assert_eq!(name(text), format!("name: {invisible}"), "{text:?}");
    }
    for text in [
        "\u{202E}",
        "Business \u{202E}lausu sa",
        "a\u{202A}b",
        "a\u{202B}b",
        "a\u{202C}",
        "a\u{202D}b",
        "\u{2066}a",
        "a\u{2067}b",
        "a\u{2068}b",
        "a\u{2069}",
    ] {
        assert_eq!(name(text), format!("name: {bidi}"), "{text:?}");
    }
    assert_eq!(
        error_of(&with(|v| v["posts"][0]["title"] = json!("\u{200B}\u{FEFF}"))),
        format!("posts[0].title: {invisible}")
    );
    assert_eq!(
        error_of(&with(|v| v["posts"][0]["title"] = json!("DS \u{2066}x\u{2069}"))),
        format!("posts[0].title: {bidi}")
    );
    assert_eq!(error_of(&with(|v| v["grant"]["name"] = json!("\u{2060}"))), format!("grant.name: {invisible}"));
    assert_eq!(
        error_of(&with(|v| v["non_staff"][0]["name"] = json!("IT\u{202E}"))),
        format!("non_staff[0].name: {bidi}")
    );
    // Blank text keeps its message; ordinary text, right-to-left letters and a mark that
    // a right-to-left name needs are fine.
    assert_eq!(name("   "), "name: must not be empty");
    for text in ["Business as usual", "Réduction – 5 %", "مثال\u{200F} 2024", "Détective\u{00A0}Sergent"] {
        assert!(Scenario::from_json(&with(|v| v["name"] = json!(text))).is_ok(), "{text:?}");
    }
}
