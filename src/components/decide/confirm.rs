//! "For the meeting": the slides and the options sheet show decision figures only once the
//! planner confirms the assumptions they rest on; this says which, and confirms them.

use std::rc::Rc;

use planner_engine::Scenario;
use planner_view::decide::{Assumptions, OddsInputs};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmSectionProps {
    pub scenarios: Rc<Vec<Scenario>>,
    /// The limit as typed.
    pub limit: AttrValue,
    pub odds: Rc<OddsInputs>,
    /// What is confirmed now, if anything.
    pub confirmed: Option<Rc<Assumptions>>,
    pub onconfirm: Callback<Option<Rc<Assumptions>>>,
}

/// One assumption a line, each starting with a capital (the view crate words them for a sentence).
fn lines(list: Vec<String>) -> Html {
    let capital = |l: String| {
        let mut c = l.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
    };
    html! { <ul class="dcd-assumptions">{ for list.into_iter().map(|l| html! { <li>{ capital(l) }</li> }) }</ul> }
}

#[component]
pub fn ConfirmSection(props: &ConfirmSectionProps) -> Html {
    let now = Assumptions::confirm(&props.limit, &props.odds, &props.scenarios);
    let current = now.as_ref().ok().is_some_and(|a| props.confirmed.as_deref() == Some(a));
    let confirm = {
        let (onconfirm, now) = (props.onconfirm.clone(), now.clone());
        Callback::from(move |_: MouseEvent| {
            if let Ok(a) = &now {
                onconfirm.emit(Some(Rc::new(a.clone())));
            }
        })
    };
    let withdraw = props.onconfirm.reform(|_: MouseEvent| None);
    let action = match &now {
        Ok(a) if !current => html! {
            <>
                <p>{ "Confirming will use:" }</p>
                { lines(a.lines(&props.scenarios)) }
                <button type="button" class="button button--primary" onclick={confirm}>
                    { "Confirm these assumptions for the slides and sheet" }
                </button>
            </>
        },
        Ok(_) => html! {},
        Err(e) => html! { <p class="field-error">{ format!("Cannot confirm yet. {e}") }</p> },
    };
    html! {
        <section class="decide-part" aria-labelledby="decide-confirm-heading">
            <h3 id="decide-confirm-heading" tabindex="-1">{ "For the meeting: confirm the assumptions" }</h3>
            <p class="decide-lead">
                { "The slides and the options sheet show decision figures (expected pressure, earliest stop, \
                   largest pay award) only once you confirm the assumptions they rest on. Nothing is assumed for you." }
            </p>
            <div role="status" class="dcd-confirm-status">
                if let Some(confirmed) = &props.confirmed {
                    <p><strong>{ "Confirmed for the slides and sheet:" }</strong></p>
                    { lines(confirmed.lines(&props.scenarios)) }
                    if !current {
                        <p class="decide-waiting">{ "The inputs above have changed since: confirm again to use them." }</p>
                    }
                } else {
                    <p class="decide-waiting">{ "Not confirmed: the slides and sheet show no decision figures." }</p>
                }
            </div>
            { action }
            if props.confirmed.is_some() {
                <button type="button" class="button button--secondary" onclick={withdraw}>
                    { "Withdraw the confirmation" }
                </button>
            }
        </section>
    }
}
