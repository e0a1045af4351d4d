//! Any text pasted as a link: decoding must never panic, and what decodes must evaluate
//! without panicking and re-encode to an equal set.
#![no_main]

use libfuzzer_sys::fuzz_target;
use planner_engine::{decode_link, encode_link, evaluate};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(set) = decode_link(text) {
        for s in &set.scenarios {
            let _ = evaluate(s);
        }
        assert_eq!(decode_link(&encode_link(&set)).ok(), Some(set));
    }
});
