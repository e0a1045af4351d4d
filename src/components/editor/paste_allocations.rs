//! "Paste allocations" (full build): rows of financial year and cap copied from a
//! spreadsheet, previewed with each cell's error and what each year's cap becomes, set as
//! one undoable step when the planner confirms.

use std::rc::Rc;

use planner_view::paste_allocations::{paste_allocations, PastedAllocations, COLUMNS};
use yew::prelude::*;

use super::paste_box::{use_paste_box, PasteBox};
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct PasteAllocationsProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
}

/// "Paste allocations" and, once that is pressed, the preview.
#[component]
pub fn PasteAllocationsArea(props: &PasteAllocationsProps) -> Html {
    let PasteBox { button, area, pasting, text, close, onpaste, oninput, oncancel, onkeydown } =
        use_paste_box(crate::shell::opening_on_start(crate::state::Opening::PasteAllocations));
    let pasted = use_memo(((*text).clone(), props.state.scenario.clone()), |(t, s)| paste_allocations(t, s));
    let onconfirm = {
        let (pasted, dispatch, close) = (pasted.clone(), props.dispatch.clone(), close.clone());
        Callback::from(move |_: MouseEvent| {
            let allocations = pasted.allocations();
            if !allocations.is_empty() {
                dispatch.emit(Action::SetAllocations(Rc::new(allocations)));
                close.emit(());
            }
        })
    };
    let typed = !text.trim().is_empty();
    let set = match pasted.rows.len() {
        1 => "Set 1 allocation".to_string(),
        n => format!("Set {n} allocations"),
    };
    html! {
        <>
            <div class="button-row">
                <button type="button" class="button button--secondary" id="paste-allocations"
                    aria-expanded={pasting.to_string()} ref={button} onclick={onpaste}>{ "Paste allocations" }</button>
            </div>
            if *pasting {
                <div class="paste-posts" role="group" aria-labelledby="paste-allocations-heading" {onkeydown}>
                    <h4 id="paste-allocations-heading" class="panel-subheading">{ "Paste allocations from a spreadsheet" }</h4>
                    <div class="field">
                        <label class="field-label" for="paste-allocations-text">{ "Rows copied from Excel" }</label>
                        <div class="field-hint" id="paste-allocations-hint">
                            { "Two columns: the financial year (2023/24) and its cap (£382,590); a header row is \
                               optional. Each year replaces the cap it has now. Nothing changes until you choose Set." }
                        </div>
                        <textarea id="paste-allocations-text" class="paste-text" rows="4" ref={area}
                            aria-describedby="paste-allocations-hint" value={(*text).clone()} {oninput} spellcheck="false" />
                    </div>
                    if typed && !pasted.rows.is_empty() {
                        { preview(&pasted) }
                    }
                    <p class="paste-summary" role="status" aria-live="polite">
                        { if typed { pasted.summary() } else { String::new() } }
                    </p>
                    <div class="button-row">
                        <button type="button" class="button button--primary" disabled={!pasted.is_ready()}
                            onclick={onconfirm}>{ set }</button>
                        <button type="button" class="button button--secondary" onclick={oncancel}>{ "Cancel" }</button>
                    </div>
                </div>
            }
        </>
    }
}

fn preview(pasted: &PastedAllocations) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="paste-allocations-caption">
            <table class="data-table paste-preview">
                <caption id="paste-allocations-caption">{ "What each row sets" }</caption>
                <thead><tr>
                    <th scope="col">{ "Line" }</th>
                    <th scope="col">{ "Result" }</th>
                    { for COLUMNS.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }
                </tr></thead>
                <tbody>
                    { for pasted.rows.iter().map(|r| html! {
                        <tr class={classes!(r.result.is_err().then_some("paste-row--error"))}>
                            <th scope="row">{ r.line }</th>
                            { match (&r.result, r.said()) {
                                (Ok(_), Some(said)) => html! { <td class="paste-ok">{ format!("Ready: {said}") }</td> },
                                (Err(errors), _) => html! { <td class="paste-errors"><ul class="field-error">
                                    { for errors.iter().map(|e| html! { <li>{ e }</li> }) }
                                </ul></td> },
                                (Ok(_), None) => html! { <td /> },
                            } }
                            { for r.cells.iter().map(|c| html! { <td><bdi>{ c }</bdi></td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
