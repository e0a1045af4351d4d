//! The root component: holds the one reducer, wires the hooks, lays out the page.

use std::cell::RefCell;
use std::rc::Rc;

use planner_view::position::{EXPIRY_WARNING, REPORT_POSITION};
use yew::prelude::*;

use crate::components::editor::Editor;
use crate::components::results::ResultsPane;
use crate::components::workspace::{LinkOffer, Notice, ScenarioBar, ViewingBanner};
use crate::hooks::address::{self, Arrived};
use crate::hooks::keys::use_undo_keys;
use crate::hooks::storage::{self, use_autosave, use_other_tabs, use_save_on_leave, Held, Saved, SavedBase};
use crate::shell;
use crate::state::{Action, LinkState, Open, State, View};
use crate::workspace::Workspace;

/// Where the page starts: its state, the saved work it was read from, work held unreadable.
type Started = (State, SavedBase, Option<Rc<Held>>);

thread_local! {
    /// The starting point, worked out by [`prepare`] a task before the first render.
    static PREPARED: RefCell<Option<Started>> = const { RefCell::new(None) };
}

/// Works out where the page starts ahead of the first render (see `crate::start`).
pub(crate) fn prepare() {
    PREPARED.with(|p| *p.borrow_mut() = Some(start()));
}

/// The state the page starts in: saved work, a link from the address, or the report's
/// position; a link never replaces saved work without asking.
fn start() -> Started {
    let mut held = None;
    let (workspace, stamp, mut notice) = match storage::load() {
        Saved::Loaded(w, stamp) => (Some(w), stamp, None),
        Saved::Nothing => (None, 0, None),
        Saved::Unreadable(reason) => (None, 0, Some(reason)),
        // The first load cannot offer the download: the full build shows the choice.
        Saved::Held(_) if !shell::FULL => {
            shell::request_on_start();
            (None, 0, None)
        }
        Saved::Held(h) => {
            held = Some(h);
            (None, 0, None)
        }
    };
    let base: SavedBase = Rc::new(RefCell::new(workspace.clone().map(|w| (Rc::new(w), stamp))));
    let mut state = State::with_workspace(workspace.clone().unwrap_or_default());
    match address::arrived() {
        Arrived::Nothing => {}
        Arrived::Set(set) if workspace.is_none() => {
            let count = set.scenarios.len();
            state = State::with_workspace(Workspace::new(set.scenarios));
            let what = if count == 1 { "1 scenario".to_string() } else { format!("{count} scenarios") };
            notice = notice.or(Some(format!("Opened {what} from the link.")));
            address::forget_fragment();
        }
        Arrived::Set(set) => state = Rc::new(state).reduce_to(Action::OfferLink(Rc::new(set))),
        Arrived::ForFullBuild => shell::request_on_start(),
        Arrived::Broken(reason) => {
            notice = Some(format!("This link could not be opened: {reason}. Your own work is shown instead."));
            address::forget_fragment();
        }
    }
    state.notice = notice.map(Into::into);
    // Monitoring is the full build's: work with actuals opens there at once.
    if !shell::FULL && state.workspace.entries.iter().any(|e| e.scenario.actuals.is_some()) {
        shell::request_on_start();
    }
    // Started by a handover from the first-load build: open where the planner was going.
    if let Some(handoff) = shell::take() {
        if let Some(Ok((viewed, _))) = handoff.viewing.as_deref().map(Workspace::from_storage) {
            let set = Rc::new(viewed.to_set(None));
            state = Rc::new(state).reduce_to(Action::OpenSet(set, Open::ViewOnly));
            state.notice = None;
        }
        state = Rc::new(state).reduce_to(Action::Select(handoff.selected));
        state.view = handoff.view;
        state = state.with_history(handoff.history);
    }
    (state, base, held)
}

/// The comparison or the decision view. The first-load build has neither: it keeps showing
/// the editor while the full build starts behind it (see `crate::shell`).
#[cfg(feature = "full")]
fn other_view(state: &Rc<State>, dispatch: &Callback<Action>) -> Html {
    use crate::components::compare::CompareView;
    use crate::components::decide::DecideView;
    match state.view {
        View::Decide => html! { <DecideView state={state.clone()} dispatch={dispatch.clone()} /> },
        _ => html! { <CompareView state={state.clone()} dispatch={dispatch.clone()} /> },
    }
}

/// Never shown: the first load shows the editor until the full build takes over.
#[cfg(not(feature = "full"))]
fn other_view(_: &Rc<State>, _: &Callback<Action>) -> Html {
    Html::default()
}

/// Saved work that could be neither read nor set aside, and the planner's choice.
#[cfg(feature = "full")]
fn held_work(held: &UseStateHandle<Option<Rc<Held>>>, dispatch: &Callback<Action>) -> Html {
    let Some(h) = &**held else { return Html::default() };
    let onrelease = {
        let (held, dispatch) = (held.clone(), dispatch.clone());
        Callback::from(move |said: String| {
            held.set(None);
            dispatch.emit(Action::Notify(Some(said.into())));
        })
    };
    html! { <crate::components::workspace::HeldWork held={h.clone()} {onrelease} /> }
}

/// The first load hands held work over to the full build (see `start`): it holds none.
#[cfg(not(feature = "full"))]
struct FirstLoadHeld;

#[cfg(not(feature = "full"))]
impl FirstLoadHeld {
    fn is_none(&self) -> bool {
        true
    }
}

#[cfg(not(feature = "full"))]
fn held_work(_: &FirstLoadHeld, _: &Callback<Action>) -> Html {
    Html::default()
}

#[component]
pub fn App() -> Html {
    let started = use_memo((), |_| PREPARED.with(|p| p.borrow_mut().take()).unwrap_or_else(start));
    let state = use_reducer(|| started.0.clone());
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    // A link arrived and this build leaves links to the full build: hand over at once,
    // without saving the page's starting point over what the link will ask about.
    let handing_over = *use_memo((), |_| shell::requested_on_start());
    // Saved work that could be neither read nor set aside is never saved over unasked.
    #[cfg(feature = "full")]
    let held = use_state(|| started.2.clone());
    #[cfg(not(feature = "full"))]
    let held = FirstLoadHeld;
    use_autosave(&state, !handing_over && held.is_none(), dispatch.clone(), started.1.clone());
    use_other_tabs(dispatch.clone(), started.1.clone());
    use_save_on_leave();
    use_undo_keys(dispatch.clone());
    address::use_address_links(dispatch.clone());

    let snapshot = Rc::new((*state).clone());
    shell::remember(snapshot.clone());
    let view = state.view;
    use_effect_with(view, move |view| {
        if (*view != View::Edit || handing_over) && !shell::FULL {
            shell::request_view(*view);
        }
    });
    {
        let (dispatch, base) = (dispatch.clone(), started.1.clone());
        use_effect_with((), move |()| {
            // The first load saved its last change as it stopped: show it here too.
            if shell::take_over_once_rendered(view) {
                storage::catch_up(&dispatch, &base);
            }
        });
    }
    // A plan with parts (pay, groups, on-costs) is edited in the full build: hand over.
    use_effect_with(shell::has_parts(&state.scenario), |parts| {
        if *parts && !shell::FULL {
            shell::request_here();
        }
    });
    // Until the full build takes over, the first load goes on showing the editor.
    let view = if shell::FULL { view } else { View::Edit };
    if handing_over {
        return html! {
            <main id="content" class="page">
                <h1 class="visually-hidden">{ "MARSOC Funding Planner" }</h1>
                <p class="loading" role="status">{ "Loading…" }</p>
            </main>
        };
    }
    html! {
        <>
            <a class="skip-link" href="#results-heading">{ "Skip to results" }</a>
            <header class="masthead">
                <h1>{ "MARSOC Funding Planner" }</h1>
                <p class="masthead-note">{ "Runs entirely in your browser: nothing you enter leaves this computer." }</p>
            </header>
            <main id="content" class="page">
                { held_work(&held, &dispatch) }
                if view == View::Edit {
                    <section class="position" aria-label="The report's position">
                        <p class="position-summary"><strong>{ "The report's position: " }</strong>{ REPORT_POSITION }</p>
                        <p class="position-warning"><strong>{ "Warning: " }</strong>{ EXPIRY_WARNING }</p>
                    </section>
                }
                if matches!(state.link, LinkState::Offered(_)) {
                    <LinkOffer state={snapshot.clone()} dispatch={dispatch.clone()} />
                }
                <ViewingBanner state={snapshot.clone()} dispatch={dispatch.clone()} />
                <Notice state={snapshot.clone()} dispatch={dispatch.clone()} />
                <ScenarioBar state={snapshot.clone()} dispatch={dispatch.clone()} />
                if view == View::Edit {
                    <div class="layout">
                        <Editor state={snapshot} dispatch={dispatch.clone()} />
                        <ResultsPane scenario={state.scenario.clone()} />
                    </div>
                } else {
                    { other_view(&snapshot, &dispatch) }
                }
            </main>
        </>
    }
}

trait ReduceTo {
    fn reduce_to(self, action: Action) -> State;
}

impl ReduceTo for Rc<State> {
    fn reduce_to(self, action: Action) -> State {
        (*yew::Reducible::reduce(self, action)).clone()
    }
}
