//! The first load carries the planner's everyday work (editing, results, scenarios); the
//! comparison, meeting mode, decision analysis, share links and files load on first use.
//! Both are this crate: the first-load build leaves out the `full` feature. Opening one of
//! those views in it hands over to the full build: the work is saved, this app stops, and
//! `boot.js` starts the full build, which opens where the planner was going.

use std::cell::RefCell;

use serde_json::{json, Value};

use crate::state::{LinkState, State, View};

/// Where the handover says what to open, for the full build to read once.
const HANDOFF_KEY: &str = "marsoc-planner.open";

/// What the full build opens after a handover.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Handoff {
    pub view: View,
    /// The tool panel of the scenario bar (`share`, `open_link`, `files`), or the posts
    /// editor's `paste_posts`, if one.
    pub panel: Option<String>,
    pub selected: usize,
    /// The scenarios of a link being viewed (never saved), in the saved-work format, so
    /// viewing carries on.
    pub viewing: Option<String>,
}

thread_local! {
    /// Where the planner is now: what a handover carries.
    static CURRENT: RefCell<Handoff> = RefCell::new(Handoff::default());
    /// Whether the page must hand over as soon as it has started (a link to open).
    static ON_START: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The tool panel a handover asked for, for the scenario bar to open once.
    static PANEL_ON_START: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Asks for a handover as soon as the page has started.
pub(crate) fn request_on_start() {
    ON_START.with(|o| o.set(true));
}

/// Whether a handover was asked for at start (read once).
pub(crate) fn requested_on_start() -> bool {
    ON_START.with(|o| o.replace(false))
}

/// Records where the planner is (called as the app renders).
pub fn remember(state: &State) {
    let viewing = match &state.link {
        LinkState::Viewing { .. } => Some(state.workspace.to_storage(0)),
        _ => None,
    };
    CURRENT.with(|c| *c.borrow_mut() = Handoff { view: state.view, panel: None, selected: state.selected, viewing });
}

/// The panel a handover asked for, once, if `wanted` says it is one the caller opens
/// (the scenario bar's tools, the posts editor's paste); another is left for its owner.
pub fn panel_on_start(wanted: impl Fn(&str) -> bool) -> Option<String> {
    PANEL_ON_START.with(|p| {
        let mut panel = p.borrow_mut();
        if panel.as_deref().is_some_and(wanted) {
            panel.take()
        } else {
            None
        }
    })
}

pub(crate) fn set_panel_on_start(panel: Option<String>) {
    PANEL_ON_START.with(|p| *p.borrow_mut() = panel);
}

/// Hands over to open a tool panel of the scenario bar.
pub fn request_panel(code: &str) {
    let mut handoff = CURRENT.with(|c| c.borrow().clone());
    handoff.panel = Some(code.to_string());
    request(&handoff);
}

/// Hands over to open a view.
pub fn request_view(view: View) {
    let mut handoff = CURRENT.with(|c| c.borrow().clone());
    handoff.view = view;
    request(&handoff);
}

impl Handoff {
    fn to_json(&self) -> String {
        let view = match self.view {
            View::Edit => "edit",
            View::Compare => "compare",
            View::Decide => "decide",
        };
        json!({ "view": view, "panel": self.panel, "selected": self.selected, "viewing": self.viewing }).to_string()
    }

    fn from_json(text: &str) -> Option<Handoff> {
        let v: Value = serde_json::from_str(text).ok()?;
        let view = match v["view"].as_str()? {
            "compare" => View::Compare,
            "decide" => View::Decide,
            _ => View::Edit,
        };
        Some(Handoff {
            view,
            panel: v["panel"].as_str().map(str::to_string),
            selected: v["selected"].as_u64().and_then(|s| usize::try_from(s).ok()).unwrap_or(0),
            viewing: v["viewing"].as_str().map(str::to_string),
        })
    }
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

/// The handover this page was started with, read once.
pub fn take() -> Option<Handoff> {
    let store = session()?;
    let text = store.get_item(HANDOFF_KEY).ok().flatten()?;
    let _ = store.remove_item(HANDOFF_KEY);
    Handoff::from_json(&text)
}

/// Whether this build has every view (the full build, and the one-file offline edition).
pub const FULL: bool = cfg!(feature = "full");

/// Hands over to the full build (see the module's comment). Does nothing in the full
/// build itself, or where `boot.js` offers no upgrade.
pub fn request(handoff: &Handoff) {
    if FULL {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let Ok(upgrade) = js_sys::Reflect::get(&window, &"plannerUpgrade".into()) else { return };
    let Ok(upgrade) = wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(upgrade) else { return };
    if let Some(store) = session() {
        let _ = store.set_item(HANDOFF_KEY, &handoff.to_json());
    }
    let _ = upgrade.call0(&window);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handoff_reads_back() {
        let h = Handoff { view: View::Decide, panel: Some("share".into()), selected: 2, viewing: None };
        assert_eq!(Handoff::from_json(&h.to_json()), Some(h));
        assert_eq!(Handoff::from_json("nonsense"), None);
    }
}
