//! "Actuals": the month the ledger is closed to, each month's actual post cost and the
//! invoices the funder paid. Closed in the first load: opening it hands over to the full
//! build, which holds the editor and the monitoring figures (`actuals_editor`).

use yew::prelude::*;

use super::StateProps;

/// The section's heading and why a planner opens it; both builds show the same.
pub(crate) fn heading() -> Html {
    html! {
        <>
            <h3 id="editor-actuals">{ "Actuals" }</h3>
            <p class="field-hint">
                { "Once the grant runs: the ledger's post cost month by month and what the funder paid. \
                   Actuals are facts, not options, so every plan takes them." }
            </p>
        </>
    }
}

#[cfg(feature = "full")]
pub(crate) fn section(props: &StateProps) -> Html {
    html! { <super::actuals_editor::ActualsEditor state={props.state.clone()} dispatch={props.dispatch.clone()} /> }
}

/// A plain function, not a component: the first load carries as little as it can.
#[cfg(not(feature = "full"))]
pub(crate) fn section(_: &StateProps) -> Html {
    let onopen = Callback::from(|_: MouseEvent| crate::shell::request_opening(crate::state::Opening::Actuals));
    html! {
        <section class="editor-group" aria-labelledby="editor-actuals">
            { heading() }
            <button type="button" class="button button--secondary" id="open-actuals" aria-expanded="false"
                onclick={onopen}>{ "Enter actuals" }</button>
        </section>
    }
}
