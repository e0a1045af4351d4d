//! Share links: round trips, the length budget, bounded and checked decoding.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod crafted;
use common::*;
use crafted::link_of;
use planner_engine::link::{MAX_FRAGMENT, OUTLOOK_SAFE_LENGTH};
use planner_engine::*;

fn default_set() -> ScenarioSet {
    ScenarioSet { made: Some("2026-11-26T10:15Z".into()), scenarios: vec![Scenario::default_scenario()] }
}

/// The baseline and three options a planner would really send together.
pub fn paper_set() -> ScenarioSet {
    let base = Scenario::default_scenario();
    let scenarios = std::iter::once(base.clone())
        .chain([ReadyMade::AgreementLapses, ReadyMade::ReviewEndsFunding, ReadyMade::PayAwards].map(|o| o.build(&base)))
        .collect();
    ScenarioSet { made: Some("2026-11-26T10:15Z".into()), scenarios }
}

#[test]
fn a_link_round_trips_to_an_equal_set() {
    for set in [default_set(), paper_set()] {
        let fragment = encode_link(&set);
        assert_eq!(decode_link(&fragment).unwrap(), set);
        assert_eq!(decode_link(&format!("#{fragment}")).unwrap(), set);
        assert_eq!(decode_link(&format!("https://planner.example/app/#{fragment}")).unwrap(), set);
    }
}

#[test]
fn links_fit_the_length_budget() {
    let one = encode_link(&default_set()).len();
    let four = encode_link(&paper_set()).len();
    println!("link length: default scenario {one} characters, four scenarios {four} characters");
    assert!(one <= 600, "the default scenario's fragment is {one} characters (budget 600)");
    assert!(four <= OUTLOOK_SAFE_LENGTH, "four scenarios take {four} characters (budget 1,000)");
}

#[test]
fn a_hash_that_became_percent_23_is_repaired() {
    let fragment = encode_link(&default_set());
    let mangled = format!("https://planner.example/%23{fragment}");
    assert_eq!(decode_link(&mangled).unwrap(), default_set());
    let redirect = format!(
        "https://safelinks.example/?url=https%3A%2F%2Fplanner.example%2F%23{}&data=05%7C02",
        fragment.replacen('=', "%3D", 1)
    );
    assert_eq!(decode_link(&redirect).unwrap(), default_set());
}

#[test]
fn a_link_wrapped_over_lines_by_a_mail_client_still_opens() {
    let fragment = encode_link(&default_set());
    let (a, b) = fragment.split_at(fragment.len() / 2);
    assert_eq!(decode_link(&format!("<https://x.example/#{a}\r\n{b}>.")).unwrap(), default_set());
}

#[test]
fn a_truncated_link_is_refused_whatever_the_cut() {
    let fragment = encode_link(&paper_set());
    for cut in 1..fragment.len() - 4 {
        let err = decode_link(&fragment[..fragment.len() - cut]).unwrap_err();
        assert!(matches!(err, Error::Link(LinkError::Damaged | LinkError::NoScenario)), "cut {cut}: {err}");
    }
}

#[test]
fn an_altered_character_is_refused() {
    let fragment = encode_link(&default_set());
    for (i, byte) in fragment.bytes().enumerate().skip(4) {
        let replacement = if byte == b'A' { 'B' } else { 'A' };
        let mut altered = fragment.clone();
        altered.replace_range(i..=i, &replacement.to_string());
        let result = decode_link(&altered);
        // The last character carries only some bits: changing unused bits may decode to the same set.
        if let Ok(set) = result {
            assert_eq!(set, default_set(), "position {i} decoded to different figures");
        }
    }
}

#[test]
fn other_bad_links_say_what_is_wrong() {
    let fragment = encode_link(&default_set());
    let cases = [
        ("https://planner.example/".to_string(), "no scenario found"),
        (fragment.replacen("s=1.", "s=3.", 1), "link version \"3\" is not one this planner reads"),
        (format!("s=1.{}", "A".repeat(MAX_FRAGMENT)), "more than the 16384 a planner link can be"),
        ("s=1.!!!!".to_string(), "incomplete or was changed"),
        ("s=1.ab=cd".to_string(), "characters a planner link never has"),
        ("s=1.abc$def".to_string(), "incomplete or was changed"),
        ("s=1.QUJD".to_string(), "incomplete or was changed"),
    ];
    for (text, expected) in cases {
        let message = decode_link(&text).unwrap_err().to_string();
        assert!(message.contains(expected), "{text:.40}: {message}");
    }
}

#[test]
fn a_link_that_inflates_beyond_the_limit_is_refused() {
    let fragment = link_of(&" ".repeat(300 * 1024));
    assert!(fragment.len() < MAX_FRAGMENT, "the bomb itself is small: {}", fragment.len());
    let err = decode_link(&fragment).unwrap_err();
    assert!(matches!(err, Error::Link(LinkError::TooLarge { .. })), "{err}");
}

#[test]
fn a_link_with_an_invalid_scenario_names_it() {
    let mut set = default_set();
    set.scenarios[0].posts[0].end = Some(m("2020-01"));
    let err = decode_link(&encode_link(&set)).unwrap_err().to_string();
    assert!(err.contains("scenarios[0].posts[0].end: 2020-01 is before the post starts"), "{err}");
}

/// The compact JSON of the default set with `edit` applied to its first scenario's text.
fn default_compact_with(edit: impl Fn(&str) -> String) -> String {
    let fragment = encode_link(&default_set());
    let payload = fragment.strip_prefix("s=1.").unwrap();
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload).unwrap();
    let json = miniz_oxide::inflate::decompress_to_vec(&bytes[..bytes.len() - 4]).unwrap();
    edit(std::str::from_utf8(&json).unwrap())
}

#[test]
fn a_scenario_in_a_link_with_another_version_is_refused_naming_it() {
    let with_version = |v: &str| {
        default_compact_with(|json| json.replacen("\"scenarios\":[{", &format!("\"scenarios\":[{{\"version\":{v},"), 1))
    };
    for (version, expected) in [
        ("3", "scenarios[0].version: version 3 is not supported; this planner reads versions 1 and 2"),
        ("0", "scenarios[0].version: version 0 is not supported; this planner reads versions 1 and 2"),
        ("\"1\"", "scenarios[0].version: must be a number: 1 or 2"),
        ("null", "scenarios[0].version: must be a number: 1 or 2"),
        // A version this planner reads, but not the link's: never read by the other rules.
        ("2", "scenarios[0].version: says version 2, but this is a version 1 link: its scenarios are version 1"),
    ] {
        let json = with_version(version);
        assert!(json.contains("\"version\""), "the edit took: {json}");
        let err = decode_link(&link_of(&json)).unwrap_err().to_string();
        assert!(err.contains(expected), "{version}: {err}");
    }
    // A scenario that says version 1 opens, as one that says nothing does.
    assert_eq!(decode_link(&link_of(&with_version("1"))).unwrap(), default_set());
    assert_eq!(decode_link(&link_of(&default_compact_with(str::to_string))).unwrap(), default_set());
}

#[test]
fn a_key_given_twice_in_a_link_is_refused_on_its_path() {
    for (edit, expected) in [
        (("\"scenarios\":[{", "\"scenarios\":[{\"name\":\"A\","), "scenarios[0].name: appears twice"),
        (("{\"made\":", "{\"made\":\"x\",\"made\":"), "made: appears twice"),
        (("\"scenarios\":[{", "\"scenarios\":[],\"scenarios\":[{"), "scenarios: appears twice"),
    ] {
        let json = default_compact_with(|json| json.replacen(edit.0, edit.1, 1));
        assert_ne!(json, default_compact_with(str::to_string), "the edit took");
        let err = decode_link(&link_of(&json)).unwrap_err().to_string();
        assert!(err.contains(expected), "{expected}: {err}");
    }
}

#[test]
fn a_link_version_of_5000_digits_is_cut_in_the_message_the_page_shows() {
    // The page shows the engine's message as it is (the CLI cuts echoes again on its own).
    let fragment = format!("s={}.abc", "7".repeat(5_000));
    let message = decode_link(&fragment).unwrap_err().to_string();
    assert!(message.len() < 200, "{} characters: {message}", message.len());
    assert!(message.contains("link version \"77777777777777777777"), "{message}");
    assert!(!message.contains(&"7".repeat(100)), "{message}");
}
