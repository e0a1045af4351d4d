//! "Paste pay awards" (full build): rows of month and percent copied from a spreadsheet,
//! previewed with each cell's error, added as one undoable step when the planner confirms.

use std::rc::Rc;

use planner_view::paste_awards::{paste_awards, PastedAwards, COLUMNS};
use yew::prelude::*;

use super::paste_box::{use_paste_box, PasteBox};
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct PasteAwardsProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
    pub onadd: Callback<MouseEvent>,
    /// "Add a pay award", which takes focus when a row above it is removed.
    pub add_button: NodeRef,
}

/// "Add a pay award", "Paste pay awards" and, once that is pressed, the preview.
#[component]
pub fn PasteAwardsArea(props: &PasteAwardsProps) -> Html {
    let PasteBox { button, area, pasting, text, close, onpaste, oninput, oncancel, onkeydown } =
        use_paste_box(crate::shell::opening_on_start(crate::state::Opening::PasteAwards));
    let pasted = use_memo(((*text).clone(), props.state.scenario.clone()), |(t, s)| paste_awards(t, s));
    let onconfirm = {
        let (pasted, dispatch, close) = (pasted.clone(), props.dispatch.clone(), close.clone());
        Callback::from(move |_: MouseEvent| {
            let awards = pasted.awards();
            if !awards.is_empty() {
                dispatch.emit(Action::AddAwards(Rc::new(awards)));
                close.emit(());
            }
        })
    };
    let typed = !text.trim().is_empty();
    let add = match pasted.rows.len() {
        1 => "Add 1 pay award".to_string(),
        n => format!("Add {n} pay awards"),
    };
    html! {
        <>
            <div class="button-row">
                <button type="button" class="button button--secondary" ref={props.add_button.clone()}
                    onclick={props.onadd.clone()}>{ "Add a pay award" }</button>
                <button type="button" class="button button--secondary" id="paste-awards" aria-expanded={pasting.to_string()}
                    ref={button} onclick={onpaste}>{ "Paste pay awards" }</button>
            </div>
            if *pasting {
                <div class="paste-posts" role="group" aria-labelledby="paste-awards-heading" {onkeydown}>
                    <h4 id="paste-awards-heading" class="panel-subheading">{ "Paste pay awards from a spreadsheet" }</h4>
                    <div class="field">
                        <label class="field-label" for="paste-awards-text">{ "Rows copied from Excel" }</label>
                        <div class="field-hint" id="paste-awards-hint">
                            { "Two columns: the month the award takes effect (Sep 2023, 09/2023 or 2023-09) and the \
                               award in per cent (7 or 7%); a header row is optional. Nothing is added until you choose Add." }
                        </div>
                        <textarea id="paste-awards-text" class="paste-text" rows="4" ref={area}
                            aria-describedby="paste-awards-hint" value={(*text).clone()} {oninput} spellcheck="false" />
                    </div>
                    if typed && !pasted.rows.is_empty() {
                        { preview(&pasted) }
                    }
                    <p class="paste-summary" role="status" aria-live="polite">
                        { if typed { pasted.summary() } else { String::new() } }
                    </p>
                    <div class="button-row">
                        <button type="button" class="button button--primary" disabled={!pasted.is_ready()}
                            onclick={onconfirm}>{ add }</button>
                        <button type="button" class="button button--secondary" onclick={oncancel}>{ "Cancel" }</button>
                    </div>
                </div>
            }
        </>
    }
}

fn preview(pasted: &PastedAwards) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="paste-awards-caption">
            <table class="data-table paste-preview">
                <caption id="paste-awards-caption">{ "What each row becomes" }</caption>
                <thead><tr>
                    <th scope="col">{ "Line" }</th>
                    <th scope="col">{ "Result" }</th>
                    { for COLUMNS.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }
                </tr></thead>
                <tbody>
                    { for pasted.rows.iter().map(|r| html! {
                        <tr class={classes!(r.result.is_err().then_some("paste-row--error"))}>
                            <th scope="row">{ r.line }</th>
                            { match &r.result {
                                Ok(a) => html! { <td class="paste-ok">{ format!("Ready: {}% from {}", a.percent, a.effective.label()) }</td> },
                                Err(errors) => html! { <td class="paste-errors"><ul class="field-error">
                                    { for errors.iter().map(|e| html! { <li>{ e }</li> }) }
                                </ul></td> },
                            } }
                            { for r.cells.iter().map(|c| html! { <td>{ c }</td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
