//! What can be done to the open scenario: rename it (the name field in the editor), make a
//! copy, move it among the options, delete it (undoable). Business as usual stays first and
//! cannot be deleted. Buttons that cannot act now say so with `aria-disabled` and keep focus.

use yew::prelude::*;

use super::browser::focus_id;
use super::WorkspaceProps;
use crate::components::text_field::field_id;
use crate::state::Action;
use planner_engine::edit::Field;

#[component]
pub fn ScenarioActions(props: &WorkspaceProps) -> Html {
    let state = &props.state;
    if state.viewing() {
        return html! {};
    }
    let index = state.selected;
    let last = state.workspace.len().saturating_sub(1);
    let name = state.scenario.name.clone();
    let dispatch = &props.dispatch;
    let rename = Callback::from(|_: MouseEvent| focus_id(&field_id(Field::Name), true));
    let step = |up: bool, possible: bool| match possible {
        true => dispatch.reform(move |_: MouseEvent| Action::Move(index, up)),
        false => Callback::noop(),
    };
    let (can_left, can_right) = (index > 1, index > 0 && index < last);
    let off = |possible: bool| (!possible).then_some("true");
    html! {
        <div class="scenario-actions" role="group" aria-label={format!("Open scenario: {name}")}>
            <p class="scenario-actions-open">
                <span class="scenario-actions-label">{ "Open: " }</span><strong dir="auto">{ &name }</strong>
            </p>
            <div class="button-row">
                if state.editable() {
                    <button type="button" class="button button--secondary" onclick={rename}>{ "Rename" }</button>
                }
                <button type="button" class="button button--secondary"
                    onclick={dispatch.reform(move |_| Action::Duplicate(index))}>{ "Duplicate" }</button>
                if index > 0 {
                    <button type="button" class="button button--secondary" aria-disabled={off(can_left)}
                        onclick={step(true, can_left)}>{ "Move left" }</button>
                    <button type="button" class="button button--secondary" aria-disabled={off(can_right)}
                        onclick={step(false, can_right)}>{ "Move right" }</button>
                    <button type="button" class="button button--warning"
                        onclick={dispatch.reform(move |_| Action::Delete(index))}>{ "Delete" }</button>
                }
            </div>
        </div>
    }
}
