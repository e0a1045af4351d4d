//! Any text pasted as a link: decoding must never panic, and what decodes must evaluate
//! without panicking and re-encode to an equal set. Two inputs in three are wrapped into a
//! well-formed version 1 or version 2 link first (deflate + checksum), so the fuzzer also
//! reaches the content checks behind the checksum, by both versions' rules.
#![no_main]

use base64::Engine as _;
use libfuzzer_sys::fuzz_target;
use planner_engine::{decode_link, encode_link, evaluate};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    // 0: the text as pasted; 1 and 2: the bytes wrapped as a version 1 or version 2 link (a
    // plain deflate stream reads on after version 2's dictionary, which it need not use).
    let text = match mode % 3 {
        0 => {
            let Ok(text) = std::str::from_utf8(rest) else { return };
            text.to_string()
        }
        version => {
            let mut bytes = miniz_oxide::deflate::compress_to_vec(rest, 6);
            bytes.extend_from_slice(&planner_engine::link::checksum(rest).to_be_bytes());
            format!("s={version}.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
        }
    };
    if let Ok(set) = decode_link(&text) {
        for s in &set.scenarios {
            let _ = evaluate(s);
        }
        assert_eq!(decode_link(&encode_link(&set)).ok(), Some(set));
    }
});
