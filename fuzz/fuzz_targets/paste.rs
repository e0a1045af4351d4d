//! Any text pasted into the editor's paste boxes (posts, pay awards, allocations, actuals):
//! the first byte picks the box. Reading must never panic, the preview's words must be
//! made, and what reads as ready must go into the scenario and evaluate without panicking
//! (validation may still refuse it: that is an answer, not a failure).
#![no_main]

use libfuzzer_sys::fuzz_target;
use planner_engine::{evaluate, Scenario};
use planner_view::{paste, paste_actuals, paste_allocations, paste_awards};

/// What reads as ready goes in, and a scenario that validates evaluates.
fn added(mut s: Scenario, ready: bool, add: impl FnOnce(&mut Scenario)) {
    if ready {
        add(&mut s);
        if s.validate().is_ok() {
            let _ = evaluate(&s);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let s = Scenario::default_scenario();
    match which % 4 {
        0 => {
            let pasted = paste::paste_posts(text, &s);
            let _ = pasted.summary();
            added(s, pasted.is_ready(), |s| s.posts.extend(pasted.posts()));
        }
        1 => {
            let pasted = paste_awards::paste_awards(text, &s);
            let _ = pasted.summary();
            added(s, pasted.is_ready(), |s| s.pay_awards.extend(pasted.awards()));
        }
        2 => {
            let pasted = paste_allocations::paste_allocations(text, &s);
            let _ = pasted.summary();
            added(s, pasted.is_ready(), |s| {
                for a in pasted.allocations() {
                    s.grant.allocations.retain(|old| old.fy != a.fy);
                    s.grant.allocations.push(a);
                }
            });
        }
        _ => {
            let pasted = paste_actuals::paste_actuals(text, s.horizon.start, &s);
            let _ = pasted.summary();
            let _ = pasted.actuals(&s);
        }
    }
});
