//! Business as usual is locked until the planner deliberately unlocks it; a link being
//! viewed cannot be edited at all. This panel says which, and offers the way on.

use yew::prelude::*;

use super::StateProps;
use crate::state::{Action, LinkState};

#[component]
pub fn Lock(props: &StateProps) -> Html {
    let state = &props.state;
    let dispatch = &props.dispatch;
    if matches!(state.link, LinkState::Viewing { .. }) {
        return html! {
            <div class="lock-panel">
                <p>{ "You are viewing a link. Add it to your work to change it; your own work is untouched." }</p>
            </div>
        };
    }
    if state.selected != 0 {
        return html! {};
    }
    if state.workspace.baseline_locked {
        html! {
            <div class="lock-panel">
                <p><strong>{ "Business as usual is locked" }</strong>{ " so it stays the report's position. \
                    To explore a change, make an option from it." }</p>
                <div class="button-row">
                    <button type="button" class="button" onclick={dispatch.reform(|_| Action::Duplicate(0))}>
                        { "Make an option from it" }
                    </button>
                    <button type="button" class="button button--secondary"
                        onclick={dispatch.reform(|_| Action::SetBaselineLocked(false))}>
                        { "Unlock to edit" }
                    </button>
                </div>
            </div>
        }
    } else {
        html! {
            <div class="lock-panel lock-panel--open">
                <p>{ "Business as usual is unlocked: your changes alter the baseline every option is compared with." }</p>
                <button type="button" class="button button--secondary"
                    onclick={dispatch.reform(|_| Action::SetBaselineLocked(true))}>
                    { "Lock business as usual" }
                </button>
            </div>
        }
    }
}
