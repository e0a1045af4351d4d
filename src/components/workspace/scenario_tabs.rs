//! The scenarios as a row of buttons: business as usual first, marked as the baseline with
//! its lock, then the options. The open one is marked for sight and for screen readers.

use yew::prelude::*;

use super::WorkspaceProps;
use crate::state::Action;

#[component]
pub fn ScenarioTabs(props: &WorkspaceProps) -> Html {
    let state = &props.state;
    let viewing = state.viewing();
    let tag = |index: usize| -> String {
        match (index, viewing, state.workspace.baseline_locked) {
            (0, true, _) => "Baseline of the link".into(),
            (0, false, true) => "Baseline · locked".into(),
            (0, false, false) => "Baseline · unlocked".into(),
            (i, _, _) => format!("Option {i}"),
        }
    };
    html! {
        <ul class="scenario-tabs" aria-label="Scenarios">
            { for state.workspace.entries.iter().enumerate().map(|(i, entry)| {
                let open = i == state.selected;
                html! {
                    <li key={entry.id} class="scenario-tabs-item">
                        <button type="button"
                            class={classes!("scenario-tab", (i == 0).then_some("scenario-tab--baseline"),
                                open.then_some("scenario-tab--open"))}
                            aria-current={open.then_some("true")}
                            onclick={props.dispatch.reform(move |_| Action::Select(i))}>
                            <bdi class="scenario-tab-name">{ &entry.scenario.name }</bdi>
                            <span class="scenario-tab-tag">
                                { tag(i) }
                                if open { <span class="visually-hidden">{ ", open" }</span> }
                            </span>
                        </button>
                    </li>
                }
            }) }
        </ul>
    }
}
