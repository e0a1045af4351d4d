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

/// A sentence the view crate words around one quoted name (`Why “name”`, `What “name”
/// changes`), the name isolated in a `<bdi>`: from the first `“` to the last `”`, so a
/// name holding quotes stays whole. Text without quotes is shown as it is.
pub fn quoted(text: &str) -> Html {
    match (text.find('“'), text.rfind('”')) {
        (Some(open), Some(close)) if open < close => {
            let (before, rest) = text.split_at(open + '“'.len_utf8());
            let (name, after) = rest.split_at(close - before.len());
            html! { <>{ before }<bdi>{ name }</bdi>{ after }</> }
        }
        _ => html! { { text } },
    }
}

/// A sentence that names plans anywhere in it (a chart's summary, the sheet's list of
/// plans), each name in a `<bdi>`. At each place the longest name that starts there is
/// taken, so a name that holds another stays whole.
#[cfg(feature = "full")]
pub fn names<S: AsRef<str>>(text: &str, names: &[S]) -> Html {
    let mut parts = Vec::new();
    let mut rest = text;
    loop {
        let found = names
            .iter()
            .map(AsRef::as_ref)
            .filter(|name| !name.is_empty())
            .filter_map(|name| rest.find(name).map(|at| (at, name)))
            .min_by_key(|&(at, name)| (at, std::cmp::Reverse(name.len())));
        let Some((at, name)) = found else { break };
        let (before, after) = rest.split_at(at);
        parts.push(html! { <>{ before }<bdi>{ name }</bdi></> });
        rest = &after[name.len()..];
    }
    html! { <>{ for parts }{ rest }</> }
}
