//! The months the plan covers (the horizon), both inclusive.

use planner_engine::edit::Field;
use yew::prelude::*;

use super::StateProps;
use crate::components::text_field::{scenario_field, FieldKind};

#[component]
pub fn Period(props: &StateProps) -> Html {
    let state = &props.state;
    let field =
        |field: Field, label: &'static str| scenario_field(state, &props.dispatch, field, label, FieldKind::Month);
    html! {
        <fieldset class="editor-fieldset" aria-describedby="editor-period-hint">
            <legend class="editor-legend">{ "Period planned" }</legend>
            <p id="editor-period-hint" class="field-hint">
                { "Both months are included. The menus of months and the caps follow it." }
            </p>
            <div class="field-row">
                { field(Field::HorizonStart, "First month") }
                { field(Field::HorizonEnd, "Last month") }
            </div>
        </fieldset>
    }
}
