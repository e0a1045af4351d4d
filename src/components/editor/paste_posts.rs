//! "Paste posts" (full build): rows copied from a spreadsheet, previewed row by row with
//! each cell's error, and added as one undoable step only when the planner confirms.

use std::rc::Rc;

use planner_view::paste::{paste_posts, Pasted, PastedRow};
use yew::prelude::*;

use super::focus;
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct PasteAreaProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
    pub onadd: Callback<MouseEvent>,
}

/// "Add a post", "Paste posts" and, once that is pressed, the preview below them.
#[component]
pub fn PasteArea(props: &PasteAreaProps) -> Html {
    let button = use_node_ref();
    let pasting = use_state(|| crate::shell::opening_on_start(crate::state::Opening::PastePosts));
    let onclick = {
        let pasting = pasting.clone();
        Callback::from(move |_: MouseEvent| pasting.set(true))
    };
    let onclose = {
        let (pasting, button) = (pasting.clone(), button.clone());
        Callback::from(move |_: ()| {
            pasting.set(false);
            focus(&button);
        })
    };
    html! {
        <>
            <div class="button-row">
                <button type="button" class="button button--secondary" onclick={props.onadd.clone()}>{ "Add a post" }</button>
                <button type="button" class="button button--secondary" id="paste-posts" aria-expanded={pasting.to_string()}
                    ref={button} {onclick}>{ "Paste posts" }</button>
            </div>
            if *pasting {
                <PastePosts state={props.state.clone()} dispatch={props.dispatch.clone()} {onclose} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct PastePostsProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
    pub onclose: Callback<()>,
}

#[component]
pub fn PastePosts(p: &PastePostsProps) -> Html {
    let props = p;
    let text = use_state(String::new);
    let area = use_node_ref();
    {
        let area = area.clone();
        use_effect_with((), move |_| focus(&area));
    }
    let scenario = props.state.scenario.clone();
    let pasted = use_memo(((*text).clone(), scenario), |(text, scenario)| paste_posts(text, scenario));
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area = e.target_unchecked_into::<web_sys::HtmlTextAreaElement>();
            text.set(area.value());
        })
    };
    let onadd = {
        let (pasted, dispatch, onclose) = (pasted.clone(), props.dispatch.clone(), p.onclose.clone());
        Callback::from(move |_: MouseEvent| {
            let posts = pasted.posts();
            if posts.is_empty() {
                return;
            }
            dispatch.emit(Action::AddPosts(Rc::new(posts)));
            onclose.emit(());
        })
    };
    let oncancel = p.onclose.reform(|_: MouseEvent| ());
    let onkeydown = {
        let onclose = p.onclose.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                onclose.emit(());
            }
        })
    };
    let ready = pasted.is_ready();
    let count = pasted.rows.len();
    let add = match count {
        1 => "Add 1 post".to_string(),
        n => format!("Add {n} posts"),
    };
    html! {
        <div class="paste-posts" role="group" aria-labelledby="paste-posts-heading" {onkeydown}>
            <h4 id="paste-posts-heading" class="panel-subheading">{ "Paste posts from a spreadsheet" }</h4>
            <div class="field">
                <label class="field-label" for="paste-posts-text">{ "Rows copied from Excel" }</label>
                <div class="field-hint" id="paste-posts-hint">
                    { "Columns: title, team, group, annual cost (or salary), FTE, start, end; a header row is \
                       optional. £ and commas are fine; months like Apr 2023, 04/2023 or 2023-04. \
                       Nothing is added until you choose Add." }
                </div>
                <textarea id="paste-posts-text" class="paste-text" rows="6" ref={area} aria-describedby="paste-posts-hint"
                    value={(*text).clone()} {oninput} spellcheck="false" />
            </div>
            if !text.trim().is_empty() {
                <Preview pasted={pasted.clone()} />
            }
            <p class="paste-summary" role="status" aria-live="polite">
                { if text.trim().is_empty() { String::new() } else { pasted.summary() } }
            </p>
            <div class="button-row">
                <button type="button" class="button button--primary" disabled={!ready} onclick={onadd}>{ add }</button>
                <button type="button" class="button button--secondary" onclick={oncancel}>{ "Cancel" }</button>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PreviewProps {
    pasted: Rc<Pasted>,
}

#[component]
fn Preview(props: &PreviewProps) -> Html {
    let pasted = &props.pasted;
    html! {
        <>
            { for pasted.notes.iter().map(|note| html! { <p class="field-hint">{ note }</p> }) }
            if !pasted.rows.is_empty() {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="paste-preview-caption">
                <table class="data-table paste-preview">
                    <caption id="paste-preview-caption">{ "What each row becomes" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Line" }</th>
                        <th scope="col">{ "Result" }</th>
                        { for pasted.columns.iter().map(|c| html! { <th scope="col">{ c.name() }</th> }) }
                    </tr></thead>
                    <tbody>{ for pasted.rows.iter().map(row) }</tbody>
                </table>
                </div>
            }
        </>
    }
}

fn row(r: &PastedRow) -> Html {
    let result = match &r.result {
        Ok(post) => html! { <td class="paste-ok">{ format!("Ready ({})", post.id) }</td> },
        Err(errors) => html! {
            <td class="paste-errors">
                <ul class="field-error">{ for errors.iter().map(|e| html! { <li>{ &e.message }</li> }) }</ul>
            </td>
        },
    };
    html! {
        <tr class={classes!(r.result.is_err().then_some("paste-row--error"))}>
            <th scope="row">{ r.line }</th>
            // The result first: in a narrow column the error is seen without scrolling.
            { result }
            { for r.cells.iter().map(|c| html! { <td>{ c }</td> }) }
        </tr>
    }
}
