//! The address bar: a share link arrives in the fragment; once the planner has chosen
//! what to do with it, the fragment is removed so a reload does not ask again.

use planner_engine::ScenarioSet;

/// The part of the address after `#` (empty when there is none or no window).
pub fn fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// What the address holds: nothing, a set of scenarios, or a link that cannot be opened.
pub enum Arrived {
    Nothing,
    Set(ScenarioSet),
    Broken(String),
    /// A link the first-load build leaves to the full build to open (it has the decoder).
    ForFullBuild,
}

pub fn arrived() -> Arrived {
    let fragment = fragment();
    if !fragment.contains("s=") {
        return Arrived::Nothing;
    }
    if !crate::shell::FULL {
        return Arrived::ForFullBuild;
    }
    decode(&fragment)
}

#[cfg(feature = "full")]
fn decode(fragment: &str) -> Arrived {
    match planner_engine::decode_link(fragment) {
        Ok(set) => Arrived::Set(set),
        Err(e) => Arrived::Broken(e.to_string()),
    }
}

#[cfg(not(feature = "full"))]
fn decode(_: &str) -> Arrived {
    Arrived::ForFullBuild
}

/// Removes the fragment without reloading or adding a history entry.
pub fn forget_fragment() {
    let Some(window) = web_sys::window() else { return };
    let Ok(path) = window.location().pathname() else { return };
    let search = window.location().search().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}
