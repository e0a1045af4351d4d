//! While a link is viewed, a banner says so and offers the two ways on: keep its scenarios
//! (added to the planner's work as options) or go back to the planner's own work.

use std::rc::Rc;

use yew::prelude::*;

use super::WorkspaceProps;
use crate::state::{Action, Open};

#[component]
pub fn ViewingBanner(props: &WorkspaceProps) -> Html {
    let state = &props.state;
    if !state.viewing() {
        return html! {};
    }
    let count = state.workspace.len();
    let add = {
        let set = Rc::new(state.workspace.to_set(None));
        props.dispatch.reform(move |_: MouseEvent| Action::OpenSet(set.clone(), Open::Add))
    };
    html! {
        <section class="viewing-banner" aria-labelledby="viewing-heading">
            <h2 id="viewing-heading">{ "You are viewing a link" }</h2>
            <p>
                { if count == 1 { "This scenario comes".to_string() } else { format!("These {count} scenarios come") } }
                { " from the link: look, compare, or add them to your work to change them. \
                    Your own work is set aside, untouched." }
            </p>
            <div class="button-row">
                <button type="button" class="button button--primary" onclick={add}>{ "Add to my work" }</button>
                <button type="button" class="button button--secondary"
                    onclick={props.dispatch.reform(|_| Action::LeaveLink)}>{ "Back to my work" }</button>
            </div>
        </section>
    }
}
