//! The grant: when it stops (the question planners ask first), how it pays, and its caps.

use std::rc::Rc;

use planner_engine::edit::Field;
use planner_engine::{Month, Scenario};
use yew::prelude::*;

use super::allocations::Allocations;
use super::select_field::{Choices, SelectField};
use super::StateProps;
use crate::components::text_field::{FieldKind, TextField};

/// "Never", then every month of the horizon; a stop month outside the horizon (from a file
/// or link) is listed too, so the menu always shows what the scenario holds.
fn stop_choices(scenario: &Scenario, current: &str) -> Choices {
    let mut choices: Vec<(AttrValue, AttrValue)> = vec![("".into(), "Never (funded to the end)".into())];
    if let Some(month) = Month::parse(current).ok().filter(|m| !scenario.horizon.contains(*m)) {
        choices.push((month.to_string().into(), format!("{} (outside the period)", month.label()).into()));
    }
    choices.extend(scenario.horizon.months().map(|m| (m.to_string().into(), m.label().into())));
    Rc::new(choices)
}

#[component]
pub fn Funding(props: &StateProps) -> Html {
    let state = &props.state;
    let dispatch = &props.dispatch;
    let text = |f: Field| AttrValue::from(state.text(f));
    let error = |f: Field| state.error(f).map(AttrValue::from);
    let stop = state.text(Field::StopsAfter);
    html! {
        <section class="editor-group" aria-labelledby="editor-funding">
            <h3 id="editor-funding">{ "Funding" }</h3>
            <SelectField
                field={Field::StopsAfter}
                label="Funding stops after"
                hint="The last month the grant pays for. Choose what happens to each post under Posts."
                choices={stop_choices(&state.scenario, &stop)}
                value={stop}
                error={error(Field::StopsAfter)}
                class="field--key"
                dispatch={dispatch.clone()}
            />
            <div class="field-row">
                <TextField
                    field={Field::GrantName}
                    label="Grant name"
                    value={text(Field::GrantName)}
                    error={error(Field::GrantName)}
                    dispatch={dispatch.clone()}
                />
                <TextField
                    field={Field::PaymentLag}
                    label="Payment lag"
                    hint="Months from each quarterly invoice to payment"
                    kind={FieldKind::Whole}
                    suffix="months"
                    value={text(Field::PaymentLag)}
                    error={error(Field::PaymentLag)}
                    dispatch={dispatch.clone()}
                />
            </div>
            <Allocations state={state.clone()} dispatch={dispatch.clone()} />
        </section>
    }
}
