//! Any text as the saved work in localStorage (another tab, another version of the planner,
//! a hand edit): reading must never panic; what reads must save and read back as the same
//! work, and merge with the default work and with itself without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use marsoc_planner::workspace::Workspace;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok((work, stamp)) = Workspace::from_storage(text) else { return };
    let again = Workspace::from_storage(&work.to_storage(stamp)).map(|(w, s)| (w.entries, w.baseline_locked, s));
    assert_eq!(again, Ok((work.entries.clone(), work.baseline_locked, stamp)));
    let fresh = Workspace::default();
    let _ = work.merge(&fresh, &work);
    let _ = fresh.merge(&work, &fresh);
    let _ = work.merge(&work, &fresh);
});
