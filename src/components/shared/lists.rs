//! What an option changes, a plan's warnings and its note, as plain lists.

use planner_engine::note::Note;
use planner_view::flags::FlagView;
use planner_view::note;
use yew::prelude::*;

/// The sentences of [`planner_view::compare::changes::changes`] (or "Same as business as usual"),
/// the baseline's quoted name in each isolated.
pub fn changes_list(lines: &[String]) -> Html {
    html! {
        <ul class="cmp-changes">
            { for lines.iter().map(|line| html! { <li>{ super::isolate::quoted(line) }</li> }) }
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

/// A plan's note, each part given under its label (`Why`, `Source`, `Author`); the planner's
/// words in their own direction.
pub fn note_list(n: &Note, class: &'static str) -> Html {
    html! {
        <dl class={classes!("option-note-list", class)}>
            { for note::lines(n).into_iter().map(|(label, text)| html! {
                <div><dt>{ label }</dt><dd dir="auto">{ text }</dd></div>
            }) }
        </dl>
    }
}
