//! Non-staff costs: provided by the MPS, shown apart (not eligible, not a pressure).

use planner_engine::edit::{Change, Field};
use yew::prelude::*;

use super::list_row::ListRow;
use super::StateProps;
use crate::components::text_field::{scenario_field, FieldKind};
use crate::state::Action;

#[component]
pub fn NonStaff(props: &StateProps) -> Html {
    let add_button = use_node_ref();
    let state = &props.state;
    let costs = &state.scenario.non_staff;
    let field =
        |field: Field, label: &'static str, kind: FieldKind| scenario_field(state, &props.dispatch, field, label, kind);
    let remove = |k: usize| super::remove_row(&props.dispatch, &add_button, Change::RemoveNonStaff(k));
    let onadd = props.dispatch.reform(|_: MouseEvent| Action::Change(Change::AddNonStaff));
    html! {
        <section class="editor-group" aria-labelledby="editor-non-staff">
            <h3 id="editor-non-staff">{ "Non-staff costs" }</h3>
            <p class="field-hint">
                { "Provided by the MPS: reported apart, not eligible for the grant and not part of the pressure." }
            </p>
            if costs.is_empty() {
                <p class="editor-empty">{ "No non-staff costs." }</p>
            }
            <div class="item-list">
                { for costs.iter().enumerate().map(|(k, cost)| html! {
                    <ListRow
                        key={k}
                        id={format!("editor-non-staff-{k}")}
                        name={format!("Cost {}", k + 1)}
                        remove_detail={format!("cost {}: {}", k + 1, cost.name)}
                        onremove={remove(k)}
                    >
                        { field(Field::NonStaffName(k), "Name", FieldKind::Text) }
                        { field(Field::NonStaffCost(k), "Annual cost", FieldKind::Money) }
                    </ListRow>
                }) }
            </div>
            <button type="button" class="button button--secondary" ref={add_button} onclick={onadd}>
                { "Add a non-staff cost" }
            </button>
        </section>
    }
}
