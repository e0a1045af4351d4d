//! A labelled input for one scenario field. It keeps what was typed and shows the engine's
//! reason beside it when that is not a valid value (the GOV.UK error message pattern).

use planner_engine::edit::Field;
use yew::prelude::*;

use crate::components::field_shell::{described_by, FieldShell, InputWrap};
use crate::state::{Action, State};

/// What a field holds: decides the input's type, keyboard, width and any "£" or "%".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FieldKind {
    #[default]
    Text,
    /// Pounds, typed as the planner likes (`90000`, `£90,000.00`).
    Money,
    /// `YYYY-MM`: Chromium's month picker gives exactly the engine's form.
    Month,
    /// A whole number, such as months of lag.
    Whole,
    /// A decimal such as an FTE of `0.6`.
    Decimal,
    Percent,
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub field: Field,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// `state.text(field)`: the typed text, else the scenario's value.
    pub value: AttrValue,
    /// `state.error(field)`.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub kind: FieldKind,
    /// A unit shown after the input, such as "months"; screen readers hear it after the value.
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    pub dispatch: Callback<Action>,
}

/// A field of the open scenario, as most of the editor shows one: its text and error from
/// the state, its edits sent to `dispatch`.
pub fn scenario_field(
    state: &State,
    dispatch: &Callback<Action>,
    field: Field,
    label: &'static str,
    kind: FieldKind,
) -> Html {
    html! {
        <TextField
            field={field}
            label={label}
            kind={kind}
            value={state.text(field)}
            error={state.error(field).map(AttrValue::from)}
            dispatch={dispatch.clone()}
        />
    }
}

/// The element id of a field: its path with everything but letters, digits and `_` turned
/// into single dashes (`posts[0].annual_cost` is `field-posts-0-annual_cost`).
pub fn field_id(field: Field) -> String {
    let mut id = String::from("field-");
    for c in field.path().to_string().chars() {
        let c = if c.is_ascii_alphanumeric() || c == '_' { c } else { '-' };
        if !(c == '-' && id.ends_with('-')) {
            id.push(c);
        }
    }
    id.trim_end_matches('-').to_string()
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let id = field_id(props.field);
    let field = props.field;
    let oninput = props.dispatch.reform(move |e: InputEvent| {
        Action::Edit(field, e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
    });
    let onblur = props.dispatch.reform(move |_: FocusEvent| Action::Blur(field));
    let (input_type, inputmode, width) = match props.kind {
        FieldKind::Text => ("text", None, "input--text"),
        FieldKind::Money => ("text", Some("decimal"), "input--money"),
        FieldKind::Month => ("month", None, "input--month"),
        FieldKind::Whole => ("text", Some("numeric"), "input--short"),
        FieldKind::Decimal | FieldKind::Percent => ("text", Some("decimal"), "input--short"),
        // `type="number"` is avoided: it drops what it cannot parse, so no error could show.
    };
    let suffix = match props.kind {
        FieldKind::Percent => Some(AttrValue::from("%")),
        _ => props.suffix.clone(),
    };
    let invalid = props.error.is_some();
    let prefix = (props.kind == FieldKind::Money).then_some(AttrValue::Static("£"));
    html! {
        <FieldShell id={id.clone()} label={props.label.clone()} hint={props.hint.clone()}
            error={props.error.clone()} class={classes!((props.kind == FieldKind::Text).then_some("field--text"))}>
            <InputWrap id={id.clone()} {prefix} suffix={suffix.clone()}>
                <input
                    id={id.clone()}
                    class={classes!("input", width, invalid.then_some("input--error"))}
                    type={input_type}
                    inputmode={inputmode}
                    autocomplete="off"
                    spellcheck={if props.kind == FieldKind::Text { "true" } else { "false" }}
                    value={props.value.clone()}
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={described_by(&id, props.hint.is_some(), invalid, suffix.is_some())}
                    {oninput}
                    {onblur}
                />
            </InputWrap>
        </FieldShell>
    }
}

#[cfg(test)]
mod tests {
    use planner_engine::FinancialYear;

    use super::*;

    #[test]
    fn field_ids_are_the_path_in_dashes() {
        assert_eq!(field_id(Field::Name), "field-name");
        assert_eq!(field_id(Field::PostCost(0)), "field-posts-0-annual_cost");
        assert_eq!(field_id(Field::VacancyTo(2, 1)), "field-posts-2-vacancies-1-to");
        assert_eq!(field_id(Field::Allocation(FinancialYear(2024))), "field-grant-allocations-2024-25");
    }
}
