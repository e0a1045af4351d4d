//! "Paste a column from Excel" (full build): monthly actual post costs, one cell a month
//! from a first month on, previewed cell by cell; nothing changes until the planner
//! confirms, and then every plan takes them as one undo step.

use std::rc::Rc;

use planner_engine::Month;
use planner_view::paste_actuals::{paste_actuals, PastedActuals};
use yew::prelude::*;

use super::paste_box::{use_paste_box, PasteBox};
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct PasteActualsProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
}

/// The first month a pasted column is for: the plan's start, as the ledger's year begins.
fn first_month(state: &State, typed: &str) -> Result<Month, String> {
    match typed.trim() {
        "" => Ok(state.scenario.horizon.start),
        t => Month::parse(t).map_err(|e| e.to_string()),
    }
}

#[component]
pub fn PasteActuals(props: &PasteActualsProps) -> Html {
    let PasteBox { button, area, pasting, text, close, onpaste, oninput, oncancel, onkeydown } = use_paste_box(false);
    let first = use_state(String::new);
    let start = first_month(&props.state, &first);
    let pasted = use_memo(((*text).clone(), start.clone(), props.state.scenario.clone()), |(t, m, s)| {
        m.clone().ok().map(|m| paste_actuals(t, m, s))
    });
    let onfirst = {
        let first = first.clone();
        Callback::from(move |e: InputEvent| first.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    let checked = pasted.as_ref().as_ref().map(|p| p.actuals(&props.state.scenario));
    let onconfirm = {
        let (checked, dispatch, close) = (checked.clone(), props.dispatch.clone(), close.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(Ok(actuals)) = &checked {
                dispatch.emit(Action::SetActuals(Rc::new(actuals.clone())));
                close.emit(());
            }
        })
    };
    let typed = !text.trim().is_empty();
    // The preview's words, or why the whole column cannot be used (a claim it would break).
    let summary = match (&*pasted, &checked) {
        (_, _) if !typed => String::new(),
        (None, _) => start.clone().err().map(|e| format!("First month: {e}")).unwrap_or_default(),
        (Some(p), Some(Err(why))) if p.is_ready() => format!("These actuals cannot be used: {why}"),
        (Some(p), _) => p.summary(),
    };
    let ready = matches!(checked, Some(Ok(_))) && typed;
    html! {
        <>
            <button type="button" class="button button--secondary" id="paste-actuals" ref={button}
                aria-expanded={pasting.to_string()} onclick={onpaste}>{ "Paste a column from Excel" }</button>
            if *pasting {
                <div class="paste-posts" role="group" aria-labelledby="paste-actuals-heading" {onkeydown}>
                    <h4 id="paste-actuals-heading" class="panel-subheading">{ "Paste monthly actuals from a spreadsheet" }</h4>
                    <div class="field">
                        <label class="field-label" for="paste-actuals-first">{ "First month of the column" }</label>
                        <div class="field-hint" id="paste-actuals-first-hint">
                            { format!("Empty for the plan's first month, {}.", props.state.scenario.horizon.start.label()) }
                        </div>
                        <input id="paste-actuals-first" class="input input--month" type="month" value={(*first).clone()}
                            aria-describedby="paste-actuals-first-hint" oninput={onfirst} />
                    </div>
                    <div class="field">
                        <label class="field-label" for="paste-actuals-text">{ "A column copied from Excel" }</label>
                        <div class="field-hint" id="paste-actuals-hint">
                            { "One cell a month, such as £31,882.50; a blank cell means no actual that month. \
                               Nothing changes until you choose Use these actuals." }
                        </div>
                        <textarea id="paste-actuals-text" class="paste-text" rows="6" ref={area}
                            aria-describedby="paste-actuals-hint" value={(*text).clone()} {oninput} spellcheck="false" />
                    </div>
                    if let (true, Some(p)) = (typed, &*pasted) {
                        { preview(p) }
                    }
                    <p class="paste-summary" role="status" aria-live="polite">{ summary }</p>
                    <div class="button-row">
                        <button type="button" class="button button--primary" disabled={!ready}
                            onclick={onconfirm}>{ "Use these actuals" }</button>
                        <button type="button" class="button button--secondary" onclick={oncancel}>{ "Cancel" }</button>
                    </div>
                </div>
            }
        </>
    }
}

fn preview(pasted: &PastedActuals) -> Html {
    if pasted.cells.is_empty() {
        return Html::default();
    }
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="paste-actuals-caption">
            <table class="data-table paste-preview">
                <caption id="paste-actuals-caption">{ "What each cell becomes" }</caption>
                <thead><tr>
                    <th scope="col">{ "Line" }</th>
                    <th scope="col">{ "Month" }</th>
                    <th scope="col">{ "Cell" }</th>
                    <th scope="col">{ "Result" }</th>
                </tr></thead>
                <tbody>
                    { for pasted.cells.iter().map(|c| html! {
                        <tr class={classes!(c.result.is_err().then_some("paste-row--error"))}>
                            <th scope="row">{ c.line }</th>
                            <td>{ c.month.label() }</td>
                            <td>{ c.text.clone() }</td>
                            { match &c.result {
                                Ok(Some(m)) => html! { <td class="paste-ok">{ format!("Ready: {}", planner_view::format::pounds_pence(*m)) }</td> },
                                Ok(None) => html! { <td class="paste-ok">{ "Blank: no actual" }</td> },
                                Err(e) => html! { <td class="paste-errors"><p class="field-error">{ e.clone() }</p></td> },
                            } }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
