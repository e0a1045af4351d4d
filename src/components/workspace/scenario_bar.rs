//! The bar above the editor: the scenarios and what can be done to the open one, Undo and
//! Redo, "Compare options", and the tools (add an option, share a link, open a link, files)
//! whose panels open below it, one at a time. Escape closes a panel and returns focus to
//! its button.

use yew::prelude::*;

#[cfg(feature = "full")]
use super::add_menu::AddMenu;
use super::browser::focus_id;
#[cfg(feature = "full")]
use super::files::Files;
use super::history::History;
#[cfg(feature = "full")]
use super::open_link::OpenLink;
use super::scenario_actions::ScenarioActions;
use super::scenario_tabs::ScenarioTabs;
#[cfg(feature = "full")]
use super::share::Share;
use super::{Panel, WorkspaceProps};
use crate::state::{Action, View};

#[component]
pub fn ScenarioBar(props: &WorkspaceProps) -> Html {
    let state = &props.state;
    let panel = use_state(crate::shell::panel_on_start);
    let close = {
        let panel = panel.clone();
        Callback::from(move |_: ()| {
            if let Some(open) = *panel {
                focus_id(open.toggle_id(), false);
            }
            panel.set(None);
        })
    };
    let onkeydown = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close.emit(());
            }
        })
    };
    // A link being viewed cannot gain options; everything else works on it as on own work.
    let tools: Vec<Panel> = Panel::ALL.into_iter().filter(|p| !(state.viewing() && *p == Panel::Add)).collect();
    let toggle = |tool: Panel| {
        let panel = panel.clone();
        let open = *panel == Some(tool);
        html! {
            <button type="button" id={tool.toggle_id()} aria-expanded={open.to_string()} aria-controls="workspace-panel"
                class={classes!("button", "button--secondary", "tool", open.then_some("tool--open"))}
                onclick={Callback::from(move |_| {
                    // Every panel is the full build's: the first load hands over to it.
                    if !crate::shell::FULL {
                        crate::shell::request_panel(tool);
                    } else {
                        panel.set(if open { None } else { Some(tool) });
                    }
                })}>
                { tool.label() }
            </button>
        }
    };
    // Views beside editing: the comparison and the decision analysis (see crate::shell).
    let view_button = |label: &'static str, view: View, class: &'static str| {
        html! {
            <button type="button" class={classes!("button", "button--secondary", class)}
                onclick={props.dispatch.reform(move |_| Action::ShowView(view))}>{ label }</button>
        }
    };
    let views = match state.view {
        View::Edit => html! {
            <>
                { view_button("Compare options", View::Compare, "compare-toggle") }
                { view_button("Decide", View::Decide, "decide-toggle") }
            </>
        },
        _ => view_button("Back to editing", View::Edit, "compare-toggle"),
    };
    // The first load never opens a panel: it hands over to the full build first.
    #[cfg(feature = "full")]
    let body = |p: Panel| {
        let (state, dispatch, onclose) = (state.clone(), props.dispatch.clone(), close.clone());
        match p {
            Panel::Add => html! { <AddMenu {state} {dispatch} {onclose} /> },
            Panel::Share => html! { <Share {state} {dispatch} {onclose} /> },
            Panel::OpenLink => html! { <OpenLink {state} {dispatch} {onclose} /> },
            Panel::Files => html! { <Files {state} {dispatch} {onclose} /> },
        }
    };
    #[cfg(not(feature = "full"))]
    let body = |_: Panel| html! { <p>{ "Loading…" }</p> };
    html! {
        <section class="scenario-bar" aria-labelledby="scenario-bar-heading">
            <div class="scenario-bar-top">
                <h2 id="scenario-bar-heading" class="scenario-bar-heading">{ "Scenarios" }</h2>
                <History state={state.clone()} dispatch={props.dispatch.clone()} />
                { views }
            </div>
            <ScenarioTabs state={state.clone()} dispatch={props.dispatch.clone()} />
            <ScenarioActions state={state.clone()} dispatch={props.dispatch.clone()} />
            <div class="tools button-row" role="group" aria-label="Tools">
                { for tools.into_iter().map(toggle) }
            </div>
            <div id="workspace-panel" class="workspace-panel" hidden={panel.is_none()} {onkeydown}>
                if let Some(p) = *panel { { body(p) } }
            </div>
        </section>
    }
}
