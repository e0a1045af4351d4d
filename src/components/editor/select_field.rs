//! A labelled `<select>` for a field with a fixed set of values (team, stop month, response).

use std::rc::Rc;

use planner_engine::edit::Field;
use yew::prelude::*;

use crate::components::field_shell::{described_by, FieldShell};
use crate::components::text_field::field_id;
use crate::state::Action;

/// `(value, label)` pairs: the value is the field's text, the label what a planner reads.
pub type Choices = Rc<Vec<(AttrValue, AttrValue)>>;

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub field: Field,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub choices: Choices,
    /// `state.text(field)`.
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Extra classes for the group, such as `field--key` for the fields to spot first.
    #[prop_or_default]
    pub class: Classes,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let id = field_id(props.field);
    let field = props.field;
    let onchange = props
        .dispatch
        .reform(move |e: Event| Action::Edit(field, e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()));
    let onblur = props.dispatch.reform(move |_: FocusEvent| Action::Blur(field));
    let invalid = props.error.is_some();
    // The `selected` attribute stops counting once a person has chosen, so a later change
    // of value (a reset, a new horizon) is set on the element after each draw as well.
    let select = use_node_ref();
    {
        let select = select.clone();
        use_effect_with((props.value.clone(), props.choices.clone()), move |(value, _)| {
            if let Some(element) = select.cast::<web_sys::HtmlSelectElement>() {
                if element.value() != value.as_str() {
                    element.set_value(value);
                }
            }
        });
    }
    html! {
        <FieldShell id={id.clone()} label={props.label.clone()} hint={props.hint.clone()}
            error={props.error.clone()} class={props.class.clone()}>
            <select
                id={id.clone()}
                ref={select}
                class={classes!("select", invalid.then_some("input--error"))}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={described_by(&id, props.hint.is_some(), invalid, false)}
                {onchange}
                {onblur}
            >
                { for props.choices.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{ label }</option>
                }) }
            </select>
        </FieldShell>
    }
}
