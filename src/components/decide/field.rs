//! A labelled input of the Decide view. Like the editor's fields it keeps what was typed and
//! shows the engine's reason beside it when that is not a valid value; the view holds the
//! text, since these inputs are the view's own, not the scenario's.

use yew::prelude::*;

use crate::components::field_shell::{described_by, FieldShell, InputWrap};

#[derive(Properties, PartialEq)]
pub struct InputProps {
    /// The input's element id (`planner_view::decide::InputField::id`).
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Shown before the input, such as "£".
    #[prop_or_default]
    pub prefix: Option<AttrValue>,
    /// Shown after the input, such as "%"; screen readers hear it after the value.
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    /// `input--money` or `input--short`.
    #[prop_or(AttrValue::Static("input--short"))]
    pub width: AttrValue,
    pub oninput: Callback<String>,
}

#[component]
pub fn Input(props: &InputProps) -> Html {
    let id = props.id.to_string();
    let oninput = props.oninput.reform(|e: InputEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
    let invalid = props.error.is_some();
    html! {
        <FieldShell id={props.id.clone()} label={props.label.clone()} hint={props.hint.clone()} error={props.error.clone()}>
            <InputWrap id={props.id.clone()} prefix={props.prefix.clone()} suffix={props.suffix.clone()}>
                <input
                    id={id.clone()}
                    class={classes!("input", props.width.to_string(), invalid.then_some("input--error"))}
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    value={props.value.clone()}
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={described_by(&id, props.hint.is_some(), invalid, props.suffix.is_some())}
                    {oninput}
                />
            </InputWrap>
        </FieldShell>
    }
}
