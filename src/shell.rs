//! One app shell over two builds of this crate. The first load carries the everyday work
//! (editing, results, scenarios); the comparison, meeting mode, decision analysis, share
//! links and files are in the full build (the `full` feature), which `boot.js` fetches and
//! compiles in idle time after the first render.
//!
//! Opening one of those views in the first load hands over: this build writes a
//! [`Handoff`] (where the planner is, and its undo history and half-typed fields), the full
//! build starts in a hidden root, renders there, and only then takes over the page
//! (`plannerTakeOver` in `boot.js` stops this build and shows the new root, with the scroll
//! position and open tables kept). Nothing blanks, and Undo goes on where it was.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::state::{History, LinkState, Opening, Panel, State, View};

/// Whether this build has every view (the full build, and the one-file offline edition).
pub const FULL: bool = cfg!(feature = "full");

/// The global that carries the handoff from one build to the other, read once.
#[cfg(feature = "full")]
const HANDOFF_GLOBAL: &str = "plannerHandoff";

/// What the full build needs to open where the first load was going. Only the full build
/// reads it back, so only it carries the code to.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "full", derive(serde::Deserialize))]
pub struct Handoff {
    pub view: View,
    /// The tool panel or paste preview to open, if one.
    pub panel: Option<Opening>,
    pub selected: usize,
    /// The scenarios of a link being viewed (never saved), in the saved-work format, so
    /// viewing carries on.
    pub viewing: Option<String>,
    /// Undo, Redo and the fields being typed in.
    pub history: History,
    /// The first load handed over as it started, showing only "Loading…": there is no
    /// scroll or focus to keep, so the full build may draw the page in stages.
    #[cfg_attr(feature = "full", serde(default))]
    pub at_start: bool,
}

impl Handoff {
    fn of(state: &State, view: View, panel: Option<Opening>) -> Handoff {
        let viewing = match &state.link {
            LinkState::Viewing { .. } => Some(state.workspace.to_storage(0)),
            _ => None,
        };
        let at_start = HANDED_OVER_AT_START.with(Cell::get);
        Handoff { view, panel, selected: state.selected, viewing, history: state.history(), at_start }
    }

    fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    #[cfg(feature = "full")]
    fn from_json(text: &str) -> Option<Handoff> {
        serde_json::from_str(text).ok()
    }
}

thread_local! {
    /// The state last rendered: what a handover carries (made into a [`Handoff`] only
    /// when one is asked for, so rendering never pays for it).
    static CURRENT: RefCell<Option<Rc<State>>> = const { RefCell::new(None) };
    /// Whether the page must hand over as soon as it has started (a link to open).
    static ON_START: Cell<bool> = const { Cell::new(false) };
    /// Whether this page handed over as it started (it showed "Loading…" only).
    static HANDED_OVER_AT_START: Cell<bool> = const { Cell::new(false) };
    /// What a handover asked to open, for its owner (the scenario bar, an editor
    /// section) to open once.
    static PANEL_ON_START: Cell<Option<Opening>> = const { Cell::new(None) };
    /// Whether this app was started by a handover and still has to take over the page.
    static TAKING_OVER: Cell<bool> = const { Cell::new(false) };
}

/// Asks for a handover as soon as the page has started.
pub(crate) fn request_on_start() {
    ON_START.with(|o| o.set(true));
}

/// Whether a handover was asked for at start (read once).
pub(crate) fn requested_on_start() -> bool {
    let asked = ON_START.with(|o| o.replace(false));
    if asked {
        HANDED_OVER_AT_START.with(|h| h.set(true));
    }
    asked
}

/// Records where the planner is (called as the app renders).
pub fn remember(state: Rc<State>) {
    CURRENT.with(|c| *c.borrow_mut() = Some(state));
}

/// The tool panel a handover asked for, once.
pub fn panel_on_start() -> Option<Panel> {
    match take_opening_if(|o| matches!(o, Opening::Tool(_))) {
        Some(Opening::Tool(panel)) => Some(panel),
        _ => None,
    }
}

/// Whether a handover asked to open `opening` (read once).
pub fn opening_on_start(opening: Opening) -> bool {
    take_opening_if(|o| o == opening).is_some()
}

/// What a handover asked to open, taken only by the owner it is for (`wanted`); another
/// owner's opening is left for that one.
fn take_opening_if(wanted: impl Fn(Opening) -> bool) -> Option<Opening> {
    let asked = PANEL_ON_START.with(Cell::get).filter(|o| wanted(*o))?;
    PANEL_ON_START.with(Cell::take);
    Some(asked)
}

/// Hands over to open a tool panel of the scenario bar.
pub fn request_panel(panel: Panel) {
    request(None, Some(Opening::Tool(panel)));
}

/// Hands over to open an editor's paste preview.
pub fn request_opening(opening: Opening) {
    request(None, Some(opening));
}

/// Whether a scenario has the version 2 parts the full build edits: a post built from its
/// pay or given a group, on-costs, or an award for one group. The first load hands it over.
pub fn has_parts(s: &planner_engine::Scenario) -> bool {
    s.posts.iter().any(|p| p.pay.is_some() || p.group.is_some())
        || !s.on_costs.is_empty()
        || s.pay_awards.iter().any(|a| a.group.is_some())
}

/// Hands over to carry on where the planner is (a link arrived in the address, or a plan
/// with parts is open).
pub fn request_here() {
    request(None, None);
}

/// Hands over to open a view.
pub fn request_view(view: View) {
    request(Some(view), None);
}

/// A global of the page that `boot.js` sets (a function, a flag, the handoff's text).
fn window_global(name: &str) -> Option<JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &name.into()).ok()
}

fn window_function(name: &str) -> Option<js_sys::Function> {
    window_global(name)?.dyn_into::<js_sys::Function>().ok()
}

/// Hands over to the full build (see the module's comment). Does nothing in the full
/// build itself, or where `boot.js` offers no upgrade.
fn request(view: Option<View>, panel: Option<Opening>) {
    if FULL {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let Some(upgrade) = window_function("plannerUpgrade") else { return };
    let Some(state) = CURRENT.with(|c| c.borrow().clone()) else { return };
    let handoff = Handoff::of(&state, view.unwrap_or(state.view), panel);
    // The full build reads the saved work as it starts: it must be there already.
    crate::hooks::storage::flush();
    let _ = upgrade.call1(&window, &JsValue::from_str(&handoff.to_json()));
}

/// Whether this build was instantiated ahead of use by the first load's `boot.js`, to be
/// mounted by a handover later (`planner_mount`) rather than at once.
pub fn standing_by() -> bool {
    FULL && window_global("plannerStandBy").is_some_and(|v| v.is_truthy())
}

/// Whether a handover is waiting for this build (checked before mounting).
#[cfg(feature = "full")]
pub fn handoff_waiting() -> bool {
    window_global(HANDOFF_GLOBAL).is_some_and(|v| v.is_string())
}

#[cfg(not(feature = "full"))]
pub fn handoff_waiting() -> bool {
    false
}

/// The handover this page was started with, read once.
#[cfg(not(feature = "full"))]
pub fn take() -> Option<Handoff> {
    None
}

/// The handover this page was started with, read once.
#[cfg(feature = "full")]
pub fn take() -> Option<Handoff> {
    let window = web_sys::window()?;
    let text = window_global(HANDOFF_GLOBAL)?.as_string()?;
    let _ = js_sys::Reflect::delete_property(&window, &HANDOFF_GLOBAL.into());
    let handoff = Handoff::from_json(&text)?;
    PANEL_ON_START.with(|p| p.set(handoff.panel));
    TAKING_OVER.with(|t| t.set(true));
    if !handoff.at_start {
        crate::hooks::slices::whole_page_now();
    }
    Some(handoff)
}

/// Once this app has rendered: if it was started by a handover, it takes over the page
/// from the first load (`plannerTakeOver` in `boot.js`, which stops the first load). Whether
/// it did.
pub fn take_over_once_rendered(view: View) -> bool {
    if !TAKING_OVER.with(|t| t.replace(false)) {
        return false;
    }
    let Some(window) = web_sys::window() else { return false };
    let Some(take_over) = window_function("plannerTakeOver") else { return false };
    take_over.call1(&window, &JsValue::from_bool(view == View::Edit)).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(feature = "full")]
    fn a_handoff_reads_back_with_its_history() {
        let mut state = State::default();
        state = (*yew::Reducible::reduce(Rc::new(state), crate::state::Action::SetBaselineLocked(false))).clone();
        let handoff = Handoff::of(&state, View::Decide, Some(Opening::Tool(Panel::Share)));
        assert_eq!(handoff.history.undo.len(), 1, "unlocking is one undo step");
        assert_eq!(Handoff::from_json(&handoff.to_json()), Some(handoff));
        assert_eq!(Handoff::from_json("nonsense"), None);
    }
}
