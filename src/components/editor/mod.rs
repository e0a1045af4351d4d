//! The scenario editor: every field of the scenario, grouped as a planner thinks of them.
//! Each group is one component; fields keep their raw text and show the engine's errors.

mod actuals;
#[cfg(feature = "full")]
mod actuals_editor;
#[cfg(feature = "full")]
mod actuals_paste;
mod allocations;
mod funding;
mod list_row;
mod lock;
mod non_staff;
mod note;
#[cfg(not(feature = "full"))]
mod on_costs_entry;
#[cfg(feature = "full")]
mod paste_allocations;
#[cfg(feature = "full")]
mod paste_awards;
#[cfg(feature = "full")]
mod paste_box;
#[cfg(feature = "full")]
mod paste_posts;
#[cfg(feature = "full")]
mod pay;
mod pay_awards;
mod period;
mod post_card;
mod posts;
mod reset;
mod select_field;
mod vacancies;

use std::rc::Rc;

use planner_engine::edit::{Change, Field};
use yew::prelude::*;

use crate::components::text_field::TextField;
use crate::hooks::slices::{use_stage, Stage};
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
}

/// What every group of the editor gets: the state to show and where to send changes.
pub(crate) type StateProps = EditorProps;

/// Moves keyboard focus to an element that stays when the one focused is about to go.
pub(crate) fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        // Focus can only fail on a detached element: nothing useful to do then.
        let _ = element.focus();
    }
}

/// A list row's Remove button. The button pressed goes away, so focus first moves to the
/// list's Add button (a keyboard user keeps their place), then `change` removes the row.
pub(crate) fn remove_row(dispatch: &Callback<Action>, add_button: &NodeRef, change: Change) -> Callback<MouseEvent> {
    let (dispatch, add_button) = (dispatch.clone(), add_button.clone());
    Callback::from(move |_: MouseEvent| {
        focus(&add_button);
        dispatch.emit(Action::Change(change));
    })
}

/// An "Add …" button, and a "Paste …" one that hands over to the full build, where the
/// paste preview is: one function, so the first load carries the markup once.
#[cfg(not(feature = "full"))]
pub(crate) fn add_and_paste(
    add: (&'static str, Callback<MouseEvent>, NodeRef),
    paste: (&'static str, &'static str),
    opening: crate::state::Opening,
) -> Html {
    let onpaste = Callback::from(move |_: MouseEvent| crate::shell::request_opening(opening));
    html! {
        <div class="button-row">
            <button type="button" class="button button--secondary" ref={add.2} onclick={add.1}>{ add.0 }</button>
            <button type="button" class="button button--secondary" id={paste.1} onclick={onpaste}>{ paste.0 }</button>
        </div>
    }
}

/// The On-costs section: the editor in the full build, a closed section that hands over in
/// the first load.
#[cfg(feature = "full")]
fn on_costs(props: &EditorProps) -> Html {
    html! { <pay::on_costs::OnCosts state={props.state.clone()} dispatch={props.dispatch.clone()} /> }
}

#[cfg(not(feature = "full"))]
fn on_costs(_: &EditorProps) -> Html {
    html! { <on_costs_entry::OnCostsEntry /> }
}

#[cfg(feature = "full")]
fn note_fields(props: &EditorProps) -> Html {
    html! { <note::NoteFields state={props.state.clone()} dispatch={props.dispatch.clone()} /> }
}

#[cfg(not(feature = "full"))]
fn note_fields(props: &EditorProps) -> Html {
    note::note_entry(&props.state)
}

#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let state = &props.state;
    let stage = use_stage();
    let (first_screen, below_the_fold) = (stage >= Stage::FirstScreen, stage >= Stage::BelowTheFold);
    let pending = match state.pending_errors() {
        0 => String::new(),
        1 => "1 field needs correcting: the figures use its last valid value.".into(),
        n => format!("{n} fields need correcting: the figures use their last valid values."),
    };
    // A locked scenario's fields are disabled all at once by the fieldset (native and
    // announced by screen readers); the lock panel says why and offers the way out.
    html! {
        <section class="editor" aria-labelledby="editor-heading">
            <h2 id="editor-heading">{ "Scenario" }</h2>
            <lock::Lock state={state.clone()} dispatch={props.dispatch.clone()} />
            <p class="editor-pending" role="status">{ pending }</p>
            <fieldset class="editor-fields" disabled={!state.editable()}>
            <legend class="visually-hidden">{ format!("Fields of “{}”", state.scenario.name) }</legend>
            <TextField
                field={Field::Name}
                label="Scenario name"
                value={state.text(Field::Name)}
                error={state.error(Field::Name).map(AttrValue::from)}
                dispatch={props.dispatch.clone()}
            />
            if first_screen {
                <funding::Funding state={state.clone()} dispatch={props.dispatch.clone()} />
                <posts::Posts state={state.clone()} dispatch={props.dispatch.clone()} />
            }
            if below_the_fold {
                <pay_awards::PayAwards state={state.clone()} dispatch={props.dispatch.clone()} />
                { on_costs(props) }
                <non_staff::NonStaff state={state.clone()} dispatch={props.dispatch.clone()} />
                { note_fields(props) }
                <section class="editor-group" aria-labelledby="editor-more">
                    <h3 id="editor-more">{ "Period and reset" }</h3>
                    <period::Period state={state.clone()} dispatch={props.dispatch.clone()} />
                    <reset::Reset dispatch={props.dispatch.clone()} />
                </section>
            }
            </fieldset>
            // Outside the lock: business as usual's lock guards its plan, not the ledger.
            if below_the_fold {
                { actuals::section(props) }
            }
        </section>
    }
}
