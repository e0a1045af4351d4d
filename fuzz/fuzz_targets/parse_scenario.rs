//! Any bytes as a scenario file: parsing must never panic, and what parses must evaluate
//! without panicking and round-trip through the file format.
#![no_main]

use libfuzzer_sys::fuzz_target;
use planner_engine::{evaluate, Scenario};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(s) = Scenario::from_json(text) {
        let _ = evaluate(&s);
        assert_eq!(Scenario::from_json(&s.to_json()).ok(), Some(s));
    }
});
