//! The house's shape, checked: the layers' arrows run one way (Cargo says which crate may
//! use which), no module imports one that imports it back, the engine formats no money,
//! and no source file grows past 400 lines (test files aside).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn dependencies(manifest: &str) -> Vec<String> {
    let text = std::fs::read_to_string(root().join(manifest)).unwrap();
    let mut deps = Vec::new();
    let mut in_deps = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_deps = line == "[dependencies]";
        } else if in_deps && !line.starts_with('#') {
            if let Some((name, _)) = line.split_once('=') {
                deps.push(name.trim().trim_end_matches(".workspace").to_string());
            }
        }
    }
    deps
}

#[test]
fn the_engine_uses_no_view_and_no_browser_crate_and_the_view_no_browser_crate() {
    let browser = ["yew", "web-sys", "js-sys", "gloo", "wasm-bindgen"];
    let engine = dependencies("crates/engine/Cargo.toml");
    assert!(!engine.is_empty());
    for dep in &engine {
        assert!(dep != "planner-view" && !browser.iter().any(|b| dep.starts_with(b)), "engine depends on {dep}");
    }
    for dep in dependencies("crates/view/Cargo.toml") {
        assert!(!browser.iter().any(|b| dep.starts_with(b)), "view depends on {dep}");
    }
}

#[test]
fn nothing_in_the_engine_formats_pounds() {
    for file in rust_files(&root().join("crates/engine/src")) {
        let text = std::fs::read_to_string(&file).unwrap();
        for banned in ["fn pounds", "planner_view", "fn with_sign"] {
            assert!(!text.contains(banned), "{} contains {banned:?}", file.display());
        }
    }
}

/// Which top-level modules of a crate each module uses (`crate::x` or `super::x` from a
/// submodule are both counted at the top level).
fn module_graph(src: &Path, prefix: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in rust_files(src) {
        let rel = file.strip_prefix(src).unwrap().to_string_lossy().replace('\\', "/");
        let top = rel.split('/').next().unwrap().trim_end_matches(".rs").to_string();
        if top == "lib" || top == "main" || rel.ends_with("_tests.rs") || rel.ends_with("/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        // Only the code before the unit tests: tests may reach anywhere.
        let code = text.split("#[cfg(test)]").next().unwrap();
        let uses = graph.entry(top.clone()).or_default();
        for (i, _) in code.match_indices(prefix) {
            let rest = &code[i + prefix.len()..];
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() && name != top && src.join(format!("{name}.rs")).exists()
                || src.join(&name).is_dir() && name != top
            {
                uses.insert(name);
            }
        }
    }
    graph
}

fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_string());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    for (src, prefix) in
        [("crates/engine/src", "crate::"), ("crates/view/src", "crate::"), ("src/components", "crate::components::")]
    {
        let graph = module_graph(&root().join(src), prefix);
        assert!(graph.len() > 5, "{src}: {graph:?}");
        assert_eq!(cycle(&graph), None, "an import circle in {src}");
    }
}

#[test]
fn the_circle_finder_finds_a_circle() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a".to_string(), BTreeSet::from(["b".to_string()])),
        ("b".to_string(), BTreeSet::from(["c".to_string()])),
        ("c".to_string(), BTreeSet::from(["a".to_string()])),
    ]
    .into();
    assert_eq!(cycle(&graph), Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]));
}

#[test]
fn no_source_file_is_over_400_lines() {
    let mut long = Vec::new();
    for dir in ["crates/engine/src", "crates/view/src", "crates/cli/src", "src"] {
        for file in rust_files(&root().join(dir)) {
            let name = file.file_name().unwrap().to_string_lossy();
            if name.ends_with("_tests.rs") || name == "tests.rs" {
                continue;
            }
            let lines = std::fs::read_to_string(&file).unwrap().lines().count();
            if lines > 400 {
                long.push(format!("{} ({lines} lines)", file.display()));
            }
        }
    }
    assert!(long.is_empty(), "files over 400 lines: {long:#?}");
}
