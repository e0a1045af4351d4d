//! The planner's messages (a link copied, a file opened, an option deleted) in a status
//! region. Right after a delete it offers Undo and takes focus there, so a second press of
//! the key that deleted cannot delete the next option too.

use yew::prelude::*;

use super::WorkspaceProps;
use crate::state::Action;

#[component]
pub fn Notice(props: &WorkspaceProps) -> Html {
    let state = &props.state;
    let undo = use_node_ref();
    {
        let undo = undo.clone();
        use_effect_with((state.undo_offered, state.notice.clone()), move |(offered, _)| {
            if *offered {
                crate::components::editor::focus(&undo);
            }
        });
    }
    // The region stays in the page, so screen readers announce what is put into it.
    html! {
        <div class="notice-region" role="status">
            if let Some(notice) = &state.notice {
                <div class="notice notice--workspace">
                    <p>{ notice.to_string() }</p>
                    <div class="button-row">
                        if state.undo_offered {
                            <button type="button" class="button button--primary" ref={undo}
                                onclick={props.dispatch.reform(|_| Action::Undo)}>{ "Undo" }</button>
                        }
                        <button type="button" class="button button--secondary"
                            onclick={props.dispatch.reform(|_| Action::Notify(None))}>{ "Dismiss" }</button>
                    </div>
                </div>
            }
        </div>
    }
}
