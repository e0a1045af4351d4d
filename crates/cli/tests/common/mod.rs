//! What the CLI's test files share: running `planner`, the example files and scratch files.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

pub fn planner(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_planner")).args(args).output().unwrap()
}

/// `planner` with `input` on its standard input, written from another thread so that a
/// large input cannot block on a pipe the command is not yet reading.
pub fn planner_with_stdin(args: &[&str], input: impl AsRef<[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_planner"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.as_ref().to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

pub fn example(name: &str) -> String {
    format!("{}/../../examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Writes a scratch file in this test binary's own folder and returns its path.
pub fn temp_file(name: &str, contents: impl AsRef<[u8]>) -> String {
    let dir = std::env::temp_dir().join(format!("planner-cli-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path.to_string_lossy().into_owned()
}

/// The JSON a successful run printed.
pub fn json_of(out: &Output) -> Value {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}
