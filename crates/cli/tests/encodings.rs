//! Text as editors save it: UTF-8 with or without a byte-order mark (Notepad, Excel), and
//! UTF-16 with one (Windows PowerShell's `>`), give the same results as the plain file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;

use std::process::Output;

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
    }
    bytes
}

/// The plain file's text with a name that is not ASCII, so every encoding is tested on
/// characters beyond one byte (and beyond the Basic Multilingual Plane).
fn text() -> String {
    let plain = std::fs::read_to_string(example("business-as-usual.json")).unwrap();
    plain.replacen("\"Business as usual\"", "\"Business as usual – café 📈\"", 1)
}

fn encodings() -> Vec<(&'static str, Vec<u8>)> {
    let text = text();
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    vec![("utf8-bom.json", bom), ("utf16le.json", utf16(&text, false)), ("utf16be.json", utf16(&text, true))]
}

fn ok(out: Output) -> Vec<u8> {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

#[test]
fn a_bom_or_utf16_file_gives_the_results_of_the_plain_file() {
    let plain = temp_file("plain.json", text().as_bytes());
    for command in ["eval", "link", "analyse"] {
        let expected = ok(planner(&[command, &plain]));
        for (name, bytes) in encodings() {
            let file = temp_file(name, &bytes);
            assert_eq!(ok(planner(&[command, &file])), expected, "{command} {name}");
        }
    }
    let eval = String::from_utf8(ok(planner(&["eval", &plain]))).unwrap();
    assert!(eval.contains("café 📈"), "the name survives");
}

#[test]
fn standard_input_and_option_files_are_read_the_same_way() {
    let plain = temp_file("plain.json", text().as_bytes());
    let expected = ok(planner(&["eval", &plain]));
    for (name, bytes) in encodings() {
        assert_eq!(ok(planner_with_stdin(&["eval", "-"], &bytes)), expected, "stdin {name}");
    }
    let link = String::from_utf8(ok(planner(&["link", &plain]))).unwrap();
    let expected = ok(planner(&["eval", "--link", link.trim()]));
    let link_file = utf16(&link, false);
    assert_eq!(ok(planner_with_stdin(&["eval", "--link", "-"], &link_file)), expected, "a UTF-16 link on stdin");
    let deflators =
        r#"{"index": [{"fy": 2023, "index": "100"}, {"fy": 2024, "index": "102"}, {"fy": 2025, "index": "104"}]}"#;
    let plain_deflators = temp_file("deflators.json", deflators.as_bytes());
    let expected = ok(planner(&["analyse", &plain, "--deflators", &plain_deflators]));
    let utf16_deflators = temp_file("deflators16.json", utf16(deflators, true));
    assert_eq!(ok(planner(&["analyse", &plain, "--deflators", &utf16_deflators])), expected);
}

#[test]
fn broken_encodings_are_one_clear_line() {
    let text = text();
    let mut odd = utf16(&text, false);
    odd.push(b'{');
    let mut lone_surrogate = vec![0xFF, 0xFE];
    lone_surrogate.extend_from_slice(&0xD83D_u16.to_le_bytes());
    lone_surrogate.extend_from_slice(&utf16(&text, false)[2..]);
    let mut bom_then_latin1 = b"\xEF\xBB\xBF".to_vec();
    bom_then_latin1.extend_from_slice(b"{\"name\": \"caf\xe9\"}");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("odd.json", odd, "UTF-16 text cut in the middle of a character"),
        ("surrogate.json", lone_surrogate, "not valid UTF-16 text"),
        ("bom-latin1.json", bom_then_latin1, "not UTF-8 text"),
        ("latin1.json", b"{\"name\": \"caf\xe9\"}".to_vec(), "not UTF-8 text"),
        ("bom-only.json", b"\xEF\xBB\xBF".to_vec(), "not valid JSON at line 1, column 0"),
        ("utf16-bom-only.json", vec![0xFE, 0xFF], "not valid JSON at line 1, column 0"),
        ("two-boms.json", [b"\xEF\xBB\xBF".as_slice(), b"\xEF\xBB\xBF{}"].concat(), "not valid JSON at line 1"),
        ("utf16-no-bom.json", utf16(&text, false)[2..].to_vec(), "not UTF-8 text (nor UTF-16 with a byte-order mark)"),
    ];
    for (name, bytes, expected) in cases {
        let out = planner(&["eval", &temp_file(name, &bytes)]);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(stderr.contains(expected), "{name}\nexpected {expected:?}\n     got {stderr:?}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr:?}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(out.stdout.is_empty());
    }
}
