//! "Share a link": every scenario or one of them in a link, put on the clipboard and shown
//! in a field to select by hand when the browser will not copy. Its length is shown; past
//! what Outlook keeps whole, the panel says so and offers the file instead.

use std::rc::Rc;

use planner_engine::link::OUTLOOK_SAFE_LENGTH;
use planner_engine::{encode_link, ScenarioSet};
use yew::prelude::*;

use super::browser::{copy_text, focus_id, made_now, share_url};
use super::files::export_set;
use super::{scenarios, PanelProps};
use crate::state::Action;
use crate::workspace::Workspace;

/// A link made, and the work it was made from (to say when it no longer matches).
#[derive(Clone, PartialEq)]
struct Made {
    url: Rc<str>,
    set: Rc<ScenarioSet>,
    from: Rc<Workspace>,
}

fn grouped(n: usize) -> String {
    if n >= 1000 {
        format!("{},{:03}", n / 1000, n % 1000)
    } else {
        n.to_string()
    }
}

#[component]
pub fn Share(props: &PanelProps) -> Html {
    let state = &props.state;
    let what = use_state(|| None::<u32>); // an entry's id, or every scenario
    let made = use_state(|| None::<Made>);
    let chosen = what.and_then(|id| state.workspace.entries.iter().find(|e| e.id == id));
    let onchange = {
        let what = what.clone();
        Callback::from(move |e: Event| {
            what.set(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value().parse().ok());
        })
    };
    let copy = {
        let (made, dispatch, workspace) = (made.clone(), props.dispatch.clone(), state.workspace.clone());
        let only = chosen.map(|e| (*e.scenario).clone());
        Callback::from(move |_: MouseEvent| {
            let mut set = workspace.to_set(Some(made_now()));
            if let Some(one) = &only {
                set.scenarios = vec![one.clone()];
            }
            let url: Rc<str> = share_url(&encode_link(&set)).into();
            made.set(Some(Made { url: url.clone(), set: Rc::new(set), from: workspace.clone() }));
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let length = grouped(url.chars().count());
                let said = match copy_text(&url).await {
                    true => format!("Link copied: {length} characters."),
                    false => format!(
                        "The browser did not let the planner copy the link ({length} characters): \
                        select it below and copy it with Ctrl+C."
                    ),
                };
                dispatch.emit(Action::Notify(Some(said.into())));
            });
        })
    };
    let all = format!("All {} (business as usual and its options)", scenarios(state.workspace.len()));
    html! {
        <div class="share">
            <h3 class="panel-heading">{ "Share a link" }</h3>
            <p class="panel-note">{ "The scenarios travel inside the link itself: nothing is uploaded. \
                Whoever opens it sees exactly these figures and can change them without changing yours." }</p>
            <div class="field">
                <label class="field-label" for="share-what">{ "What to share" }</label>
                <select id="share-what" class="select" {onchange}>
                    <option value="all" selected={chosen.is_none()}>{ all }</option>
                    { for state.workspace.entries.iter().map(|e| html! {
                        <option value={e.id.to_string()} selected={chosen.is_some_and(|c| c.id == e.id)}>
                            { format!("Only “{}”", e.scenario.name) }
                        </option>
                    }) }
                </select>
            </div>
            <button type="button" class="button button--primary" onclick={copy}>{ "Copy link" }</button>
            if let Some(made) = &*made {
                { shown(made, state.workspace.clone(), props.dispatch.clone()) }
            }
        </div>
    }
}

fn shown(made: &Made, now: Rc<Workspace>, dispatch: Callback<Action>) -> Html {
    let length = made.url.chars().count();
    let select = Callback::from(|_: MouseEvent| focus_id("share-link", true));
    let limit = grouped(OUTLOOK_SAFE_LENGTH);
    let export = {
        let set = made.set.clone();
        dispatch.reform(move |_: MouseEvent| Action::Notify(Some(export_set(&set).into())))
    };
    html! {
        <div class="share-made">
            <div class="field field--text">
                <label class="field-label" for="share-link">{ "The link" }</label>
                <div id="share-link-length" class="field-hint">{ format!("{} characters", grouped(length)) }</div>
                <textarea id="share-link" class="share-link" readonly=true rows="6" spellcheck="false"
                    value={made.url.to_string()} aria-describedby="share-link-length" />
            </div>
            <button type="button" class="button button--secondary" onclick={select}>{ "Select the link" }</button>
            if made.from != now {
                <p class="share-stale">
                    { "Your work has changed since this link was made: copy it again to include the changes." }
                </p>
            }
            if length > OUTLOOK_SAFE_LENGTH {
                <div class="share-warning">
                    <p><strong>{ format!("Outlook may cut links longer than {limit} characters") }</strong>
                        { ", and a cut link will not open. Share fewer scenarios, or send the file instead." }</p>
                    <button type="button" class="button button--secondary" onclick={export}>
                        { "Export to file instead" }
                    </button>
                </div>
            }
        </div>
    }
}
