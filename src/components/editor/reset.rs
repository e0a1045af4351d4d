//! Going back to the report's position, in two steps so one slip cannot lose the work.

use yew::prelude::*;

use super::focus;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ResetProps {
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Reset(props: &ResetProps) -> Html {
    let confirming = use_state(|| false);
    let (start, confirm) = (use_node_ref(), use_node_ref());
    // The pressed button is replaced, so focus follows to its replacement; not on first draw.
    let drawn = use_mut_ref(|| false);
    {
        let (start, confirm) = (start.clone(), confirm.clone());
        use_effect_with(*confirming, move |confirming| {
            if *drawn.borrow() {
                focus(if *confirming { &confirm } else { &start });
            }
            *drawn.borrow_mut() = true;
        });
    }
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let onkeydown = {
        let confirming = confirming.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                confirming.set(false);
            }
        })
    };
    let reset = {
        let (confirming, dispatch) = (confirming.clone(), props.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Reset);
            confirming.set(false);
        })
    };
    html! {
        <div class="editor-reset">
            if *confirming {
                <div class="reset-confirm" role="group" aria-labelledby="editor-reset-question" {onkeydown}>
                    <p id="editor-reset-question" class="reset-question">
                        { "Reset every field to the report's position? Your changes to this scenario will be lost." }
                    </p>
                    <button type="button" class="button button--warning" ref={confirm} onclick={reset}>
                        { "Confirm reset" }
                    </button>
                    <button type="button" class="button button--secondary" onclick={cancel}>{ "Cancel" }</button>
                </div>
            } else {
                <button type="button" class="button button--secondary" ref={start} onclick={ask}>
                    { "Reset to the report's position" }
                </button>
            }
        </div>
    }
}
