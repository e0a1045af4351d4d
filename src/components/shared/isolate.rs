//! A plan's name at the start of a sentence the view crate words (`“name”, Apr 2023 to
//! Mar 2026.`), isolated in a `<bdi>` so a name in a right-to-left script cannot reorder the
//! dates and figures after it. Text that does not start with the name is shown as it is.

use yew::prelude::*;

pub fn leading_name(name: &str, text: &str) -> Html {
    let (quote, rest) = match text.strip_prefix('“') {
        Some(rest) => ("“", rest),
        None => ("", text),
    };
    match rest.strip_prefix(name) {
        Some(rest) if !name.is_empty() => html! { <>{ quote }<bdi>{ name }</bdi>{ rest }</> },
        _ => html! { { text } },
    }
}
