//! Any bytes as a set file (the Files panel's import): parsing must never panic, and what
//! parses must evaluate without panicking and round-trip through the file format.
#![no_main]

use libfuzzer_sys::fuzz_target;
use planner_engine::{evaluate, ScenarioSet};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(set) = ScenarioSet::from_json(text) {
        for s in &set.scenarios {
            let _ = evaluate(s);
        }
        assert_eq!(ScenarioSet::from_json(&set.to_json()).ok(), Some(set));
    }
});
