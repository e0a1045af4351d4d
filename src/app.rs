//! The root component: holds the one reducer, derives the figures, lays out the page.

use std::rc::Rc;

use planner_engine::{evaluate, Outcome};
use yew::prelude::*;

use crate::components::editor::Editor;
use crate::components::results::Results;
use crate::state::{Action, State};

#[component]
pub fn App() -> Html {
    // Read once: the address's fragment holds a share link when the page was opened from one.
    let opened = use_memo((), |_| State::from_fragment(&location_fragment()));
    let state = use_reducer(|| opened.0.clone());
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    // The reducer only ever holds a scenario that evaluates (edit::apply_edit checks), so
    // an error here is a bug; keeping the last figures is still better than a blank page.
    let last_good = use_mut_ref(|| None::<Rc<Outcome>>);
    let outcome = use_memo(state.scenario.clone(), |s| evaluate(s).ok().map(Rc::new));
    let outcome = match &*outcome {
        Some(o) => {
            *last_good.borrow_mut() = Some(o.clone());
            Some(o.clone())
        }
        None => last_good.borrow().clone(),
    };
    let snapshot = Rc::new((*state).clone());
    html! {
        <>
            <a class="skip-link" href="#results-heading">{ "Skip to results" }</a>
            <header class="masthead">
                <h1>{ "MARSOC Funding Planner" }</h1>
                <p class="masthead-note">{ "Runs entirely in your browser: nothing you enter leaves this computer." }</p>
            </header>
            <main id="content" class="page">
                if let Some(reason) = &opened.1 {
                    <div class="notice notice-error" role="alert">
                        <h2 class="notice-title">{ "This link could not be opened" }</h2>
                        <p>{ reason.clone() }</p>
                        <p>{ "The planner shows the report's position instead." }</p>
                    </div>
                }
                <div class="layout">
                    <Editor state={snapshot} dispatch={dispatch} />
                    if let Some(outcome) = outcome {
                        <Results scenario={state.scenario.clone()} outcome={outcome} />
                    }
                </div>
            </main>
        </>
    }
}

/// The part of the address after `#` (empty when there is none or no window).
fn location_fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}
