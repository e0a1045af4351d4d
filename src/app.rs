//! The root component: holds the one reducer, derives the figures, lays out the page.

use std::rc::Rc;

use planner_engine::{evaluate, Outcome};
use yew::prelude::*;

use crate::components::editor::Editor;
use crate::components::results::Results;
use crate::state::{Action, State};

#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
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
