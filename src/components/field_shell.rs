//! The GOV.UK form-field shell shared by every labelled control: label, hint, error
//! message and the unit either side of an input. The control itself is the caller's.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldShellProps {
    /// The control's element id; the hint and error take `{id}-hint` and `{id}-error`.
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Extra classes for the group, placed between `field` and `field--error`.
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// The ids of a field's hint, error and unit, in that order, for `aria-describedby`.
pub fn described_by(id: &str, hint: bool, error: bool, suffix: bool) -> Option<AttrValue> {
    let ids: Vec<String> = [(hint, "hint"), (error, "error"), (suffix, "suffix")]
        .into_iter()
        .filter(|(shown, _)| *shown)
        .map(|(_, part)| format!("{id}-{part}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" ").into())
}

#[component]
pub fn FieldShell(props: &FieldShellProps) -> Html {
    let id = &props.id;
    html! {
        <div class={classes!("field", props.class.clone(), props.error.is_some().then_some("field--error"))}>
            <label class="field-label" for={id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint {
                <div id={format!("{id}-hint")} class="field-hint">{ hint }</div>
            }
            if let Some(error) = &props.error {
                <p id={format!("{id}-error")} class="field-error">
                    <span class="visually-hidden">{ "Error: " }</span>{ error }
                </p>
            }
            { props.children.clone() }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct InputWrapProps {
    /// The input's element id; the suffix takes `{id}-suffix`.
    pub id: AttrValue,
    /// Shown before the input, such as "£"; hidden from screen readers, which hear the label.
    #[prop_or_default]
    pub prefix: Option<AttrValue>,
    /// Shown after the input, such as "%"; the input names it in `aria-describedby`.
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    pub children: Html,
}

/// An input with its units either side (a `<select>` goes in the shell bare).
#[component]
pub fn InputWrap(props: &InputWrapProps) -> Html {
    let id = &props.id;
    html! {
        <div class="input-wrap">
            if let Some(prefix) = &props.prefix {
                <span class="input-prefix" aria-hidden="true">{ prefix }</span>
            }
            { props.children.clone() }
            if let Some(suffix) = &props.suffix {
                <span id={format!("{id}-suffix")} class="input-suffix">{ suffix }</span>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn described_by_lists_the_hint_the_error_then_the_unit() {
        assert_eq!(described_by("f", true, true, false).as_deref(), Some("f-hint f-error"));
        assert_eq!(described_by("f", false, true, true).as_deref(), Some("f-error f-suffix"));
        assert_eq!(described_by("f", false, false, false), None);
    }
}
