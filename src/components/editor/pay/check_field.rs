//! A checkbox for a yes-or-no field (an allowance's pensionable and uprated switches): it
//! sends `true` or `false` as the field's text, like any other edit.

use planner_engine::edit::Field;
use yew::prelude::*;

use crate::components::text_field::field_id;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct CheckFieldProps {
    pub field: Field,
    pub label: AttrValue,
    /// `state.text(field)`: `true` or `false`.
    pub value: AttrValue,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn CheckField(props: &CheckFieldProps) -> Html {
    let id = field_id(props.field);
    let field = props.field;
    let onchange = props.dispatch.reform(move |e: Event| {
        let checked = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
        Action::Edit(field, checked.to_string())
    });
    html! {
        <div class="field field--check">
            <input id={id.clone()} class="checkbox" type="checkbox" checked={props.value == "true"} {onchange} />
            <label class="field-label" for={id}>{ &props.label }</label>
        </div>
    }
}
