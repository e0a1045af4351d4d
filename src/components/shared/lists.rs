//! What an option changes, and a plan's warnings, as plain lists.

use planner_view::flags::FlagView;
use yew::prelude::*;

/// The sentences of [`planner_view::compare::changes::changes`] (or "Same as business as usual").
pub fn changes_list(lines: &[String]) -> Html {
    html! {
        <ul class="cmp-changes">
            { for lines.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
        </ul>
    }
}

/// Warnings and duties, marked as in the results (a word as well as an icon).
pub fn flag_list(flags: &[FlagView]) -> Html {
    if flags.is_empty() {
        return html! { <p class="cmp-no-flags">{ "No warnings." }</p> };
    }
    super::flag_list::flag_list(flags)
}
