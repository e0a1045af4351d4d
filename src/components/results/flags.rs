//! Warnings and duties, as plain sentences with an icon and a word for their kind.

use std::rc::Rc;

use planner_view::flags::{FlagView, Severity};
use planner_view::results::ResultsView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FlagsProps {
    pub view: Rc<ResultsView>,
}

#[component]
pub fn Flags(props: &FlagsProps) -> Html {
    let flags = &props.view.flags;
    if flags.is_empty() {
        return Html::default();
    }
    html! {
        <section class="flags" aria-labelledby="flags-heading">
            <h3 id="flags-heading">{ "Warnings and duties" }</h3>
            { flag_list(flags) }
        </section>
    }
}

/// The flags as a list, each marked with an icon and a word for its kind.
pub(crate) fn flag_list(flags: &[FlagView]) -> Html {
    html! {
        <ul class="flag-list">
            { for flags.iter().map(|f| {
                // The word is read out and printed, so the icon's shape and colour are extras.
                let (kind, icon, word) = match f.severity {
                    Severity::Warning => ("flag-warning", "!", "Warning: "),
                    Severity::Info => ("flag-info", "i", "Note: "),
                };
                html! {
                    <li class={classes!("flag", kind)} data-flag={f.code}>
                        <span class="flag-icon" aria-hidden="true">{ icon }</span>
                        <span class="flag-text"><strong>{ word }</strong>{ f.message.clone() }</span>
                    </li>
                }
            }) }
        </ul>
    }
}
