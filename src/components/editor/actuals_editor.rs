//! The actuals editor (full build): "actuals to", a field for each month's actual post
//! cost (or a column pasted from Excel), and each invoice the funder paid.

use planner_engine::edit::{Change, Field};
use planner_engine::Month;
use yew::prelude::*;

use super::list_row::ListRow;
use super::StateProps;
use crate::components::text_field::{scenario_field, FieldKind, TextField};
use crate::state::Action;

#[component]
pub fn ActualsEditor(props: &StateProps) -> Html {
    let state = &props.state;
    let has_actuals = state.scenario.actuals.is_some();
    let open = use_state(|| crate::shell::opening_on_start(crate::state::Opening::Actuals));
    let button = use_node_ref();
    let onopen = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let shown = *open || has_actuals;
    html! {
        <section class="editor-group" aria-labelledby="editor-actuals">
            { super::actuals::heading() }
            if !has_actuals {
                <button type="button" class="button button--secondary" id="open-actuals" ref={button}
                    aria-expanded={shown.to_string()} aria-controls="actuals-fields" onclick={onopen}>
                    { if shown { "Hide actuals" } else { "Enter actuals" } }
                </button>
            }
            if shown {
                <fieldset id="actuals-fields" class="actuals-fields" disabled={state.viewing()}>
                    <legend class="visually-hidden">{ "Actuals" }</legend>
                    <TextField field={Field::ActualsThrough} label="Actuals to" kind={FieldKind::Month}
                        hint="The last month the ledger is closed for. Clear it to remove every actual."
                        value={state.text(Field::ActualsThrough)}
                        error={state.error(Field::ActualsThrough).map(AttrValue::from)}
                        dispatch={props.dispatch.clone()} />
                    { months(props) }
                    <super::actuals_paste::PasteActuals state={state.clone()} dispatch={props.dispatch.clone()} />
                    { invoices(props) }
                </fieldset>
            }
        </section>
    }
}

/// A field for each month from the plan's start to "actuals to".
fn months(props: &StateProps) -> Html {
    let s = &props.state.scenario;
    let Some(through) = s.actuals.as_ref().map(|a| a.through.min(s.horizon.end)) else {
        return html! { <p class="editor-empty">{ "Give the month the actuals run to, then each month's cost." }</p> };
    };
    let count = s.horizon.start.months_until(through) + 1;
    let months: Vec<Month> = (0..count.max(0)).map(|i| s.horizon.start.plus(i)).collect();
    html! {
        <fieldset class="actual-months-group">
            <legend class="field-label">{ "Actual post cost each month" }</legend>
            <p class="field-hint">{ "From the ledger. Leave a month blank for no actual: it keeps the plan's cost." }</p>
            <div class="actual-months">
                { for months.iter().map(|m| html! {
                    <TextField key={m.to_string()} field={Field::ActualCost(*m)} label={m.label()} kind={FieldKind::Money}
                        value={props.state.text(Field::ActualCost(*m))}
                        error={props.state.error(Field::ActualCost(*m)).map(AttrValue::from)}
                        dispatch={props.dispatch.clone()} />
                }) }
            </div>
        </fieldset>
    }
}

/// Each invoice the funder paid: its quarter, what was paid and when.
fn invoices(props: &StateProps) -> Html {
    let state = &props.state;
    let Some(actuals) = &state.scenario.actuals else { return Html::default() };
    let count = actuals.invoices.len();
    let add_button = NodeRef::default();
    let remove = |k: usize| super::remove_row(&props.dispatch, &add_button, Change::RemoveInvoice(k));
    let field = |f: Field, label: &'static str, kind: FieldKind| scenario_field(state, &props.dispatch, f, label, kind);
    let onadd = props.dispatch.reform(|_: MouseEvent| Action::Change(Change::AddInvoice));
    html! {
        <div class="actual-invoices" role="group" aria-labelledby="actual-invoices-heading">
            <h4 id="actual-invoices-heading" class="panel-subheading">{ "Invoices paid" }</h4>
            <p class="field-hint">{ "What the funder paid for each quarter's invoice, and the month it arrived." }</p>
            if count == 0 {
                <p class="editor-empty">{ "No payment recorded: each invoice is taken as paid in full, on time." }</p>
            }
            <div class="item-list">
                { for (0..count).map(|k| html! {
                    <ListRow key={k} id={format!("actual-invoice-{k}")} name={format!("Invoice {}", k + 1)}
                        remove_detail={format!("invoice {}", k + 1)} onremove={remove(k)}>
                        { field(Field::InvoiceQuarter(k), "Quarter", FieldKind::Text) }
                        { field(Field::InvoiceAmount(k), "Amount paid", FieldKind::Money) }
                        { field(Field::InvoicePaid(k), "Paid in", FieldKind::Month) }
                    </ListRow>
                }) }
            </div>
            <button type="button" class="button button--secondary" ref={add_button} onclick={onadd}>
                { "Add an invoice paid" }
            </button>
        </div>
    }
}
