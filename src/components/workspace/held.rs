//! Saved work that could not be read, and could not be set aside either (no room in the
//! browser, or every backup key in use): it is left as it was and nothing is saved over it
//! until the planner chooses to download it, set it aside after freeing space, or let the
//! planner save over it.

use std::rc::Rc;

use yew::prelude::*;

use super::browser::{download, today};
use crate::hooks::storage::{discard_saved, set_aside, Held};

#[derive(Properties, PartialEq)]
pub struct HeldProps {
    pub held: Rc<Held>,
    /// The planner chose: saving may start (with what to tell them).
    pub onrelease: Callback<String>,
}

#[component]
pub fn HeldWork(props: &HeldProps) -> Html {
    let said = use_state(|| None::<String>);
    let held = &props.held;
    let ondownload = {
        let (text, said) = (held.text.clone(), said.clone());
        Callback::from(move |_: MouseEvent| {
            let name = format!("marsoc-saved-work-unreadable-{}.json", today());
            said.set(Some(match download(&name, "application/json", &text) {
                Ok(()) => format!("Downloaded {name}."),
                Err(why) => why,
            }));
        })
    };
    let onretry = {
        let (text, said, release) = (held.text.clone(), said.clone(), props.onrelease.clone());
        Callback::from(move |_: MouseEvent| match set_aside(&text) {
            Some(key) => release.emit(format!("Your unreadable saved work is now kept under \"{key}\".")),
            None => said.set(Some("There is still no room to set it aside.".into())),
        })
    };
    let ondiscard = props.onrelease.reform(|_: MouseEvent| {
        discard_saved();
        "Your work in this tab is now saved in its place.".into()
    });
    html! {
        <section class="link-offer held-work" aria-labelledby="held-heading">
            <h2 id="held-heading">{ "Your saved work could not be read" }</h2>
            <p>{ format!("The reason: {}. This browser has no room to set it aside, so it is left as it was, and \
                nothing you change here is saved over it until you choose.", held.reason) }</p>
            <p>{ "Download it to keep a copy (the file can be sent to whoever supports the planner), or free space \
                in this browser (close other planner tabs, clear other sites' data) and set it aside." }</p>
            <div class="button-row">
                <button type="button" class="button button--primary" onclick={ondownload}>{ "Download it" }</button>
                <button type="button" class="button button--secondary" onclick={onretry}>{ "Set it aside now" }</button>
                <button type="button" class="button button--warning" onclick={ondiscard}>
                    { "Save over it" }
                </button>
            </div>
            <p role="status">{ said.as_deref().unwrap_or_default() }</p>
        </section>
    }
}
