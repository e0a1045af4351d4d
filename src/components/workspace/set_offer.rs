//! What a link or a file holds (each scenario's name, when it was made) and the planner's
//! choices for it. Nothing of the planner's own work changes until one is chosen.

use std::rc::Rc;

use planner_engine::ScenarioSet;
use yew::prelude::*;

use super::browser::made_label;
use crate::state::Open;

#[derive(Properties, PartialEq)]
pub struct SetOfferProps {
    pub set: Rc<ScenarioSet>,
    /// Where the set came from, for the sentences: "link" or "file".
    pub source: AttrValue,
    /// How many scenarios the planner's own work holds.
    pub own: usize,
    /// A file is replaced or added; a link may also be only viewed.
    #[prop_or(true)]
    pub view_only: bool,
    pub onchoose: Callback<Open>,
    /// "Cancel", where the planner may decide not to open it after all.
    #[prop_or_default]
    pub oncancel: Option<Callback<()>>,
}

fn plural(count: usize, one: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {one}s")
    }
}

#[component]
pub fn SetOffer(props: &SetOfferProps) -> Html {
    let set = &props.set;
    let source = &props.source;
    let made = set.made.as_deref().map(made_label);
    let held = match &made {
        Some(when) => format!("This {source} holds {}, made {when}:", plural(set.scenarios.len(), "scenario")),
        None => format!("This {source} holds {}:", plural(set.scenarios.len(), "scenario")),
    };
    let choose = |open: Open| props.onchoose.reform(move |_: MouseEvent| open);
    html! {
        <div class="set-offer">
            <p class="set-offer-held">{ held }</p>
            <ol class="set-offer-list">
                { for set.scenarios.iter().enumerate().map(|(i, s)| html! {
                    <li>
                        <bdi>{ &s.name }</bdi>
                        if i == 0 && set.scenarios.len() > 1 {
                            <span class="set-offer-role">{ " (its baseline)" }</span>
                        }
                    </li>
                }) }
            </ol>
            <p>{ format!("Your own work ({}) stays as it is unless you choose “Replace my work”.",
                plural(props.own, "scenario")) }</p>
            <div class="button-row">
                if props.view_only {
                    <button type="button" class="button button--primary" onclick={choose(Open::ViewOnly)}>
                        { "View only" }
                    </button>
                }
                <button type="button"
                    class={classes!("button", if props.view_only { "button--secondary" } else { "button--primary" })}
                    onclick={choose(Open::Add)}>{ "Add to my work" }</button>
                <button type="button" class="button button--warning" onclick={choose(Open::Replace)}>
                    { "Replace my work" }
                </button>
                if let Some(cancel) = &props.oncancel {
                    <button type="button" class="button button--secondary" onclick={cancel.reform(|_| ())}>
                        { "Cancel" }
                    </button>
                }
            </div>
            <ul class="set-offer-help">
                if props.view_only {
                    <li><strong>{ "View only" }</strong>{ format!(": look at the {source}'s scenarios; \
                        nothing is saved and you can go back to your work.") }</li>
                }
                <li><strong>{ "Add to my work" }</strong>{ ": its scenarios join yours as options." }</li>
                <li>
                    <strong>{ "Replace my work" }</strong>
                    { ": your scenarios are replaced; Undo brings them back." }
                </li>
            </ul>
        </div>
    }
}
