//! The grant's allocation (cap) for each financial year of the period.

use std::collections::BTreeSet;

use planner_engine::edit::Field;
use planner_engine::FinancialYear;
use yew::prelude::*;

use super::StateProps;
use crate::components::text_field::{FieldKind, TextField};

/// "Paste allocations": the preview is in the full build, so the first load's button
/// hands over to it.
#[cfg(feature = "full")]
fn paste(props: &StateProps) -> Html {
    html! { <super::paste_allocations::PasteAllocationsArea state={props.state.clone()} dispatch={props.dispatch.clone()} /> }
}

#[cfg(not(feature = "full"))]
fn paste(_: &StateProps) -> Html {
    let onclick =
        Callback::from(|_: MouseEvent| crate::shell::request_opening(crate::state::Opening::PasteAllocations));
    html! {
        <div class="button-row">
            <button type="button" class="button button--secondary" id="paste-allocations" {onclick}>
                { "Paste allocations" }
            </button>
        </div>
    }
}

#[component]
pub fn Allocations(props: &StateProps) -> Html {
    let state = &props.state;
    let scenario = &state.scenario;
    let (first, last) = (scenario.horizon.start.financial_year(), scenario.horizon.end.financial_year());
    // Every year of the period, and any year the scenario funds outside it, so nothing
    // the figures use is hidden.
    let years: BTreeSet<FinancialYear> =
        (first.0..=last.0).map(FinancialYear).chain(scenario.grant.allocations.iter().map(|a| a.fy)).collect();
    html! {
        <fieldset class="editor-fieldset" aria-describedby="editor-allocations-hint">
            <legend class="editor-legend">{ "Allocation (cap) per financial year" }</legend>
            <p id="editor-allocations-hint" class="field-hint">
                { "Leave a year empty if there is no allocation: all of its cost is then unfunded." }
            </p>
            <div class="field-row">
                { for years.into_iter().map(|fy| {
                    let field = Field::Allocation(fy);
                    html! {
                        <TextField
                            key={fy.0}
                            field={field}
                            label={format!("Cap for {}", fy.label())}
                            kind={FieldKind::Money}
                            value={state.text(field)}
                            error={state.error(field).map(AttrValue::from)}
                            dispatch={props.dispatch.clone()}
                        />
                    }
                }) }
            </div>
            { paste(props) }
        </fieldset>
    }
}
