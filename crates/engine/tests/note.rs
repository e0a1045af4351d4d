//! A plan's note (version 2): read and written by files, sets and links, refused in a
//! version 1 file, checked on its path, and within the link budgets with realistic notes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use planner_engine::link::OUTLOOK_SAFE_LENGTH;
use planner_engine::*;
use serde_json::{json, Value};

fn note(why: &str, source: &str, author: &str) -> Option<Note> {
    Some(Note { why: why.into(), source: source.into(), author: author.into() })
}

/// The paper's baseline and three options, each with the note a planner would write.
fn noted_paper() -> Vec<Scenario> {
    let base = Scenario::default_scenario();
    let notes = [
        note(
            "The position in the report: the agreement is renewed and funding runs to March 2026.",
            "IAM report, November 2023",
            "Finance business partner, PIU",
        ),
        note(
            "HMPPS may not renew the agreement that expires in December 2023; shows the pressure if it lapses.",
            "HMPPS letter of 3 October 2023",
            "Finance business partner, PIU",
        ),
        note(
            "The annual review could end funding in March 2024; officers return to PIU roles.",
            "Grant agreement, clause 7",
            "Resource planner, OCU",
        ),
        note(
            "Police pay awards as announced: 7% in 2023, 4.75% in 2024 and 4.2% in 2025.",
            "Home Office pay award announcements",
            "Finance business partner, PIU",
        ),
    ];
    let plans = std::iter::once(base.clone()).chain(
        [ReadyMade::AgreementLapses, ReadyMade::ReviewEndsFunding, ReadyMade::PayAwards].map(|o| o.build(&base)),
    );
    plans.zip(notes).map(|(s, note)| Scenario { note, ..s }).collect()
}

#[test]
fn a_note_makes_a_version_2_file_that_reads_back_equal() {
    let s = noted_paper().remove(1);
    let text = s.to_json();
    assert!(text.starts_with("{\n  \"version\": 2,"), "{text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["note"]["source"], "HMPPS letter of 3 October 2023");
    assert_eq!(Scenario::from_json(&text).unwrap(), s);
    // An empty part is left out of the file; a note of one part reads back as it was.
    let only_author = Scenario { note: note("", "", "A. Planner"), ..s };
    let v: Value = serde_json::from_str(&only_author.to_json()).unwrap();
    assert_eq!(v["note"], json!({ "author": "A. Planner" }));
    assert_eq!(Scenario::from_json(&only_author.to_json()).unwrap(), only_author);
    // Without a note, a plan is written as version 1, as before.
    assert!(Scenario::default_scenario().to_json().starts_with("{\n  \"version\": 1,"));
}

#[test]
fn a_note_in_a_version_1_file_is_an_unknown_field_and_bad_parts_name_their_path() {
    let mut v = Scenario::default_scenario().to_value();
    v["note"] = json!({ "why": "Because" });
    let err = Scenario::from_json(&v.to_string()).unwrap_err().to_string();
    assert_eq!(err, "note: unknown field `note`: a version 2 field, in a file that says \"version\": 1");
    v["version"] = json!(2);
    assert_eq!(Scenario::from_json(&v.to_string()).unwrap().note, note("Because", "", ""));
    let error = |n: Value| {
        let mut v = v.clone();
        v["note"] = n;
        Scenario::from_json(&v.to_string()).unwrap_err().to_string()
    };
    assert_eq!(error(json!({})), "note: give at least one of why, source and author");
    assert_eq!(error(json!({ "why": "x".repeat(281) })), "note.why: at most 280 characters");
    assert_eq!(error(json!({ "author": "a".repeat(61) })), "note.author: at most 60 characters");
    assert!(error(json!({ "source": "x\u{2066}y" })).starts_with("note.source: must not contain bidirectional"));
    assert!(error(json!({ "why": "one\ntwo" })).starts_with("note.why: must be one paragraph"));
    assert!(error(json!({ "who": "me" })).contains("unknown field `who`"));
}

#[test]
fn a_set_file_with_a_note_is_version_2_and_reads_back_equal() {
    let set = ScenarioSet { made: None, scenarios: noted_paper() };
    let text = set.to_json();
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["version"], 2);
    assert_eq!(ScenarioSet::from_json(&text).unwrap(), set);
}

#[test]
fn notes_travel_in_links_within_the_budgets() {
    let paper = noted_paper();
    let one = encode_link(&ScenarioSet { made: None, scenarios: vec![paper[1].clone()] });
    let set = ScenarioSet { made: Some("2026-11-26T10:15Z".into()), scenarios: paper };
    let four = encode_link(&set);
    println!("links with realistic notes: one scenario {} characters, four {}", one.len(), four.len());
    assert!(one.starts_with("s=2.") && four.starts_with("s=2."), "a note is version 2");
    assert!(one.len() <= 600, "one scenario: {} characters (budget 600)", one.len());
    assert!(four.len() <= OUTLOOK_SAFE_LENGTH, "four scenarios: {} characters (budget 1,000)", four.len());
    assert_eq!(decode_link(&four).unwrap(), set);
    // The longest note allowed still opens (the share panel says when a link is long).
    let long = Scenario { note: note(&"w".repeat(280), &"s".repeat(120), &"a".repeat(60)), ..set.scenarios[1].clone() };
    let longest = ScenarioSet { made: None, scenarios: vec![long] };
    assert_eq!(decode_link(&encode_link(&longest)).unwrap(), longest);
}
