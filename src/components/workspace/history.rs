//! Undo and Redo for the planner's own work (also Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y: see
//! `hooks::keys`). When there is nothing to undo the button says so with `aria-disabled`
//! and keeps focus, rather than vanishing from the keyboard.

use yew::prelude::*;

use super::WorkspaceProps;
use crate::state::Action;

#[component]
pub fn History(props: &WorkspaceProps) -> Html {
    let state = &props.state;
    let button = |label: &'static str, possible: bool, keys: &'static str, action: fn() -> Action| {
        let onclick = match possible {
            true => props.dispatch.reform(move |_: MouseEvent| action()),
            false => Callback::noop(),
        };
        html! {
            <button type="button" class="button button--secondary" aria-disabled={(!possible).then_some("true")}
                aria-keyshortcuts={keys} {onclick}>{ label }</button>
        }
    };
    html! {
        <div class="history button-row" role="group" aria-label="Undo and redo">
            { button("Undo", state.can_undo(), "Control+Z Meta+Z", || Action::Undo) }
            { button("Redo", state.can_redo(), "Control+Shift+Z Meta+Shift+Z Control+Y", || Action::Redo) }
        </div>
    }
}
