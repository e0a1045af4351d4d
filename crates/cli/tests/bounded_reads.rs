//! Every read stops at 16 MiB counted in bytes actually read, not in the length a file
//! reports: `/dev/zero`, a pipe or a FIFO is refused quickly, never read without end.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const LIMIT: usize = 16 * 1024 * 1024;

fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples").join(name)
}

fn temp_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("planner-bounded-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn spawn(args: &[&str], stdin: Stdio) -> Child {
    Command::new(env!("CARGO_BIN_EXE_planner"))
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits at most 20 seconds (a bounded read takes well under one), then kills the child
/// so that a read without end fails the test instead of filling the machine's memory.
fn finish(mut child: Child) -> Output {
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("planner was still reading after 20 seconds");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn assert_too_large(out: &Output, what: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{what}: {stderr}");
    assert!(stderr.contains("larger than 16 MiB"), "{what}: {stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{what}: one line: {stderr:?}");
    assert!(out.stdout.is_empty(), "{what}");
}

#[test]
fn dev_zero_is_refused_quickly() {
    for args in [
        vec!["eval", "/dev/zero"],
        vec!["link", "/dev/zero"],
        vec!["analyse", "/dev/zero"],
        vec!["analyse", example("business-as-usual.json").to_str().unwrap(), "--odds", "/dev/zero"],
    ] {
        let out = finish(spawn(&args, Stdio::null()));
        assert_too_large(&out, &args.join(" "));
        assert!(String::from_utf8_lossy(&out.stderr).contains("/dev/zero: "), "names the file");
    }
}

#[test]
fn standard_input_larger_than_the_limit_is_refused_not_cut_short() {
    for args in [vec!["eval", "-"], vec!["eval", "--link", "-"]] {
        let mut child = spawn(&args, Stdio::piped());
        let mut stdin = child.stdin.take().unwrap();
        // A valid start, then more than the limit: cut at 16 MiB it would be bad JSON.
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(b"{\"version\": 1, ");
            let spaces = vec![b' '; 1024 * 1024];
            for _ in 0..17 {
                if stdin.write_all(&spaces).is_err() {
                    break; // planner stopped reading, as it should
                }
            }
        });
        let out = finish(child);
        writer.join().unwrap();
        assert_too_large(&out, &args.join(" "));
        assert!(String::from_utf8_lossy(&out.stderr).contains("standard input: "), "names standard input");
    }
}

#[test]
fn a_fifo_that_never_ends_is_refused() {
    let fifo = temp_dir().join("endless.fifo");
    let _ = std::fs::remove_file(&fifo);
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let path = fifo.clone();
    // Writes until planner closes its end (the write then fails with a broken pipe).
    std::thread::spawn(move || {
        let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(&path) else { return };
        let block = vec![b' '; 64 * 1024];
        while f.write_all(&block).is_ok() {}
    });
    let out = finish(spawn(&["eval", fifo.to_str().unwrap()], Stdio::null()));
    assert_too_large(&out, "eval FIFO");
}

#[test]
fn a_file_of_exactly_the_limit_is_read_and_one_byte_more_is_refused() {
    let text = std::fs::read_to_string(example("business-as-usual.json")).unwrap();
    let mut padded = text.into_bytes();
    padded.resize(LIMIT, b' ');
    let at_limit = temp_dir().join("at-limit.json");
    std::fs::write(&at_limit, &padded).unwrap();
    let out = finish(spawn(&["eval", at_limit.to_str().unwrap()], Stdio::null()));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    padded.push(b' ');
    let over = temp_dir().join("over-limit.json");
    std::fs::write(&over, &padded).unwrap();
    assert_too_large(&finish(spawn(&["eval", over.to_str().unwrap()], Stdio::null())), "16 MiB + 1");
    std::fs::remove_file(at_limit).unwrap();
    std::fs::remove_file(over).unwrap();
}
