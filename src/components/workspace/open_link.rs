//! "Open a link": paste a share link (or just its `#s=…` part) received by e-mail or chat,
//! on one line or wrapped over several.
//! A damaged or cut link is refused with the engine's reason and nothing changes; a good
//! one shows what it holds and asks, as a link opened from the address bar does.

use std::rc::Rc;

use planner_engine::{decode_link, ScenarioSet};
use yew::prelude::*;

use super::set_offer::SetOffer;
use super::PanelProps;
use crate::state::{Action, Open};

#[derive(Clone, PartialEq)]
enum Pasted {
    Set(Rc<ScenarioSet>),
    Refused(String),
}

#[component]
pub fn OpenLink(props: &PanelProps) -> Html {
    let pasted = use_state(|| None::<Pasted>);
    let input = use_node_ref();
    let onsubmit = {
        let (pasted, input) = (pasted.clone(), input.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = input.cast::<web_sys::HtmlTextAreaElement>().map(|i| i.value()).unwrap_or_default();
            pasted.set(Some(match decode_link(&text) {
                Ok(set) => Pasted::Set(Rc::new(set)),
                Err(e) => Pasted::Refused(format!("This link cannot be opened: {e}. Your work is unchanged.")),
            }));
        })
    };
    // Enter opens, as it did in a one-line box; Shift+Enter starts a new line.
    let submit = use_node_ref();
    let onkeydown = {
        let submit = submit.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && !e.shift_key() {
                e.prevent_default();
                if let Some(button) = submit.cast::<web_sys::HtmlElement>() {
                    button.click();
                }
            }
        })
    };
    let answer = match &*pasted {
        Some(Pasted::Set(set)) => {
            let onchoose = {
                let (set, pasted, dispatch, onclose) =
                    (set.clone(), pasted.clone(), props.dispatch.clone(), props.onclose.clone());
                Callback::from(move |open: Open| {
                    pasted.set(None);
                    dispatch.emit(Action::OpenSet(set.clone(), open));
                    onclose.emit(());
                })
            };
            let oncancel = {
                let pasted = pasted.clone();
                Callback::from(move |_: ()| pasted.set(None))
            };
            html! {
                <SetOffer set={set.clone()} source="link" own={props.state.workspace.len()} {onchoose} {oncancel} />
            }
        }
        Some(Pasted::Refused(why)) => html! {
            <p id="open-link-error" class="field-error">
                <span class="visually-hidden">{ "Error: " }</span>{ why }
            </p>
        },
        None => html! {},
    };
    let refused = matches!(&*pasted, Some(Pasted::Refused(_)));
    html! {
        <div class="open-link">
            <h3 class="panel-heading">{ "Open a link" }</h3>
            <form class="open-link-form" {onsubmit}>
                <div class={classes!("field", "field--text", refused.then_some("field--error"))}>
                    <label class="field-label" for="open-link-text">{ "Paste the link" }</label>
                    <div class="field-hint" id="open-link-hint">{ "The whole link from an e-mail or chat, \
                        or only the part from #s= on. Nothing changes until you choose what to do with it." }</div>
                    // Several lines: a link an e-mail wrapped over lines keeps its breaks, which
                    // the decoder skips (a one-line input would turn them into spaces).
                    <textarea id="open-link-text"
                        class={classes!("input", "input--text", "open-link-text", refused.then_some("input--error"))}
                        rows="3" autocomplete="off" spellcheck="false" ref={input} {onkeydown}
                        aria-invalid={refused.then_some("true")}
                        aria-describedby={if refused { "open-link-hint open-link-error" } else { "open-link-hint" }} />
                </div>
                <button type="submit" class="button button--primary" ref={submit}>{ "Open the link" }</button>
            </form>
            <div aria-live="polite">{ answer }</div>
        </div>
    }
}
