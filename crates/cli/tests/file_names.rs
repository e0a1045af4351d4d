//! File names are bytes on Unix, not always UTF-8 (`café.json` saved by a Latin-1 tool is
//! `caf\xe9.json`): `planner` takes them as they are and shows them lossily in messages.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::process::{Command, Output};

fn planner<S: AsRef<OsStr>>(args: &[S]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_planner")).args(args).output().unwrap()
}

fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples").join(name)
}

fn temp_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("planner-names-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `dir/caf\xe9<suffix>.json`: a name that is not UTF-8.
fn latin1_name(suffix: &str) -> PathBuf {
    let mut name = b"caf\xe9".to_vec();
    name.extend_from_slice(suffix.as_bytes());
    name.extend_from_slice(b".json");
    temp_dir().join(OsStr::from_bytes(&name))
}

fn os(text: &str) -> OsString {
    OsString::from(text)
}

/// Exit 1 or 2, one line on stderr that contains `expected`, nothing on stdout, no panic.
fn assert_refused(out: &Output, code: i32, expected: &str) {
    let stderr = String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8, names shown lossily");
    assert_eq!(out.status.code(), Some(code), "{stderr}");
    assert!(stderr.contains(expected), "expected {expected:?}\n     got {stderr:?}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr:?}");
    assert!(!stderr.contains("panicked") && !stderr.contains("internal error"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_missing_file_whose_name_is_not_utf8_is_one_clear_line() {
    let missing = latin1_name("-missing");
    for command in ["eval", "link", "analyse"] {
        let out = planner(&[os(command), missing.clone().into()]);
        assert_refused(&out, 1, "caf\u{FFFD}-missing.json: cannot read the file: No such file or directory");
    }
}

#[test]
fn a_file_whose_name_is_not_utf8_is_evaluated_linked_and_analysed() {
    let file = latin1_name("");
    std::fs::copy(example("business-as-usual.json"), &file).unwrap();
    let plain = example("business-as-usual.json");
    for command in ["eval", "link", "analyse"] {
        let by_name = planner(&[os(command), file.clone().into()]);
        assert!(by_name.status.success(), "{command}: {}", String::from_utf8_lossy(&by_name.stderr));
        assert_eq!(by_name.stdout, planner(&[os(command), plain.clone().into()]).stdout, "{command}");
    }
    let odds = temp_dir().join(OsStr::from_bytes(b"chanc\xe9s.json"));
    let points: Vec<String> = ["2023-12", "2024-03", "2025-03"]
        .iter()
        .map(|m| format!(r#"{{"month": "{m}", "chance_continues": "80"}}"#))
        .collect();
    std::fs::write(&odds, format!(r#"{{"review_points": [{}]}}"#, points.join(", "))).unwrap();
    let out = planner(&[os("analyse"), plain.into(), os("--odds"), odds.into()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn words_that_are_not_utf8_are_a_bad_command_line() {
    let bad = OsString::from(OsStr::from_bytes(b"ev\xe9l"));
    assert_refused(&planner(std::slice::from_ref(&bad)), 2, "unknown command \"ev\u{FFFD}l\"");
    let flag = OsString::from(OsStr::from_bytes(b"--l\xe9mit"));
    assert_refused(
        &planner(&[os("analyse"), example("business-as-usual.json").into(), flag]),
        2,
        "analyse does not know \"--l\u{FFFD}mit\"",
    );
    let limit = OsString::from(OsStr::from_bytes(b"1\xe900"));
    let out = planner(&[os("analyse"), example("business-as-usual.json").into(), os("--limit"), limit]);
    assert_refused(&out, 1, "--limit: ");
}
