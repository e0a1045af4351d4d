//! The address bar: a share link arrives in the fragment; once the planner has chosen
//! what to do with it, the fragment is removed so a reload does not ask again.

use planner_engine::ScenarioSet;
use yew::prelude::*;

use crate::state::Action;

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

/// Whether a fragment may be a link: anything but nothing or a jump to a part of the page
/// (`#results-heading`). The decoder then decides, as it does for the "Open a link" box and
/// the CLI, so `#S=1.…` and `#s%3D1.…` open here too.
pub fn may_be_link(fragment: &str) -> bool {
    let rest = fragment.strip_prefix('#').unwrap_or(fragment);
    !rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

pub fn arrived() -> Arrived {
    let fragment = fragment();
    if !may_be_link(&fragment) {
        return Arrived::Nothing;
    }
    if !crate::shell::FULL {
        return Arrived::ForFullBuild;
    }
    decode(&fragment)
}

#[cfg(feature = "full")]
fn decode(fragment: &str) -> Arrived {
    use planner_engine::error::{Error, LinkError};
    match planner_engine::decode_link(fragment) {
        Ok(set) => Arrived::Set(set),
        Err(Error::Link(LinkError::NoScenario)) => Arrived::Broken(format!(
            "the address ends in “{}”, which is not a planner link (a planner link ends in #s=1.…)",
            planner_engine::text::shorten(fragment, 20)
        )),
        Err(e) => Arrived::Broken(e.to_string()),
    }
}

#[cfg(not(feature = "full"))]
fn decode(_: &str) -> Arrived {
    Arrived::ForFullBuild
}

/// A link pasted into the address bar of the open planner (a `hashchange`, no reload) is
/// offered as one opened in a new tab is; the first-load build hands over to open it.
#[hook]
pub fn use_address_links(dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window()
            .map(|window| gloo_events::EventListener::new(&window, "hashchange", move |_| on_hash_change(&dispatch)));
        move || drop(listener)
    });
}

#[cfg(feature = "full")]
fn on_hash_change(dispatch: &Callback<Action>) {
    match arrived() {
        Arrived::Nothing | Arrived::ForFullBuild => {}
        Arrived::Set(set) => dispatch.emit(Action::OfferLink(std::rc::Rc::new(set))),
        Arrived::Broken(reason) => {
            forget_fragment();
            dispatch.emit(Action::Notify(Some(
                format!("This link could not be opened: {reason}. Your work is unchanged.").into(),
            )));
        }
    }
}

/// The first load has no decoder: the full build opens the link (see `crate::shell`).
#[cfg(not(feature = "full"))]
fn on_hash_change(_: &Callback<Action>) {
    if may_be_link(&fragment()) {
        crate::shell::request_here();
    }
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

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_jump_within_the_page_is_not_a_link() {
        for anchor in ["", "#", "#results-heading", "#content"] {
            assert!(!super::may_be_link(anchor), "{anchor}");
        }
        for link in ["#s=1.abc", "#S=1.abc", "#s%3D1.abc", "#x=1", "#%23s=1.abc"] {
            assert!(super::may_be_link(link), "{link}");
        }
    }
}
