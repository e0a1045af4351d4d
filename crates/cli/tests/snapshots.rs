//! What auditors see must not change when the code moves: `planner eval` and
//! `planner analyse` for every file in `examples/` and every golden link, as snapshots
//! (insta) taken before the engine was split into rules and views.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

fn planner(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_planner")).args(args).output().unwrap();
    assert!(out.status.success(), "planner {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn files_in(dir: &str, ext: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .{ext} files in {}", dir.display());
    files
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn eval_and_analyse_of_every_example_file_are_unchanged() {
    for file in files_in("../../examples", "json") {
        let path = file.to_string_lossy();
        insta::assert_snapshot!(format!("eval-{}", stem(&file)), planner(&["eval", &path]));
        insta::assert_snapshot!(format!("analyse-{}", stem(&file)), planner(&["analyse", &path]));
    }
}

#[test]
fn eval_and_link_of_every_version_2_example_are_unchanged() {
    for file in files_in("../../examples/version-2", "json") {
        let path = file.to_string_lossy();
        insta::assert_snapshot!(format!("eval-v2-{}", stem(&file)), planner(&["eval", &path]));
        insta::assert_snapshot!(format!("link-v2-{}", stem(&file)), planner(&["link", &path]));
    }
}

#[test]
fn eval_and_analyse_of_every_golden_link_are_unchanged() {
    for file in files_in("../engine/tests/golden", "link") {
        let link = std::fs::read_to_string(&file).unwrap();
        let link = link.trim();
        insta::assert_snapshot!(format!("eval-link-{}", stem(&file)), planner(&["eval", "--link", link, "--all"]));
        insta::assert_snapshot!(format!("analyse-link-{}", stem(&file)), planner(&["analyse", "--link", link]));
    }
}

#[test]
fn the_link_of_all_examples_is_unchanged() {
    let files: Vec<String> =
        files_in("../../examples", "json").iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let args: Vec<&str> = std::iter::once("link").chain(files.iter().map(String::as_str)).collect();
    insta::assert_snapshot!("link-examples", planner(&args));
}
