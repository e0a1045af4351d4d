//! "Add an option": a copy of business as usual, a copy of the open scenario, or one of the
//! IAM paper's ready-made options, and the posts built from the published pay and on-costs,
//! each with a sentence saying what it changes. The new option opens at once; the panel
//! closes. The panel is the full build's (the first load hands over to open it).

use planner_engine::ReadyMade;
use yew::prelude::*;

use super::PanelProps;
use crate::state::Action;

#[component]
pub fn AddMenu(props: &PanelProps) -> Html {
    let state = &props.state;
    let add = |action: fn(usize) -> Action, index: usize| {
        let (dispatch, onclose) = (props.dispatch.clone(), props.onclose.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(action(index));
            onclose.emit(());
        })
    };
    let ready = |option: ReadyMade| {
        let (dispatch, onclose) = (props.dispatch.clone(), props.onclose.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::AddReadyMade(option));
            onclose.emit(());
        })
    };
    let choice = |option: ReadyMade| {
        html! {
            <li>
                <button type="button" class="choice" onclick={ready(option)}>
                    <span class="choice-name">{ option.name() }</span>
                    <span class="choice-note">{ option.describe() }</span>
                </button>
            </li>
        }
    };
    let baseline = state.workspace.scenario(0).map(|s| s.name.clone()).unwrap_or_default();
    html! {
        <div class="add-menu">
            <h3 class="panel-heading">{ "Add an option" }</h3>
            <ul class="choice-list">
                <li>
                    <button type="button" class="choice" onclick={add(Action::Duplicate, 0)}>
                        <span class="choice-name">{ format!("A copy of {baseline}") }</span>
                        <span class="choice-note">
                            { "Start from the report's position and change what you need." }
                        </span>
                    </button>
                </li>
                if state.selected > 0 {
                    <li>
                        <button type="button" class="choice" onclick={add(Action::Duplicate, state.selected)}>
                            <span class="choice-name">{ format!("A copy of “{}”", state.scenario.name) }</span>
                            <span class="choice-note">{ "The open option, with every change you made to it." }</span>
                        </button>
                    </li>
                }
            </ul>
            <h4 class="panel-subheading">{ "Ready-made options from the IAM paper" }</h4>
            <ul class="choice-list">{ for ReadyMade::ALL.into_iter().map(choice) }</ul>
            <h4 class="panel-subheading">{ "Built from pay and on-costs" }</h4>
            <ul class="choice-list">{ for ReadyMade::BUILT_FROM_PAY.into_iter().map(choice) }</ul>
        </div>
    }
}
