//! The flags as a list: the results, the comparison, slides and the sheet show them alike.

use planner_view::flags::{FlagView, Severity};
use yew::prelude::*;

/// The flags as a list, each marked with an icon and a word for its kind.
pub fn flag_list(flags: &[FlagView]) -> Html {
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
