//! What every paste preview of the editor shares (pay awards, allocations, actuals): the
//! "Paste …" button that opens it, the text box that takes focus, and closing it (Cancel,
//! Escape or confirming) with the typed text dropped and focus back on the button; and the
//! panel of the two-column pastes (pay awards, allocations), which read alike.

use planner_view::pasted::{Pasted, Said};
use yew::prelude::*;

use super::focus;

/// A paste preview's state and the callbacks its markup wires up.
pub struct PasteBox {
    /// The "Paste …" button: focus returns to it when the preview closes.
    pub button: NodeRef,
    /// The text box, focused when the preview opens.
    pub area: NodeRef,
    pub pasting: UseStateHandle<bool>,
    pub text: UseStateHandle<String>,
    pub close: Callback<()>,
    pub onpaste: Callback<MouseEvent>,
    pub oninput: Callback<InputEvent>,
    pub oncancel: Callback<MouseEvent>,
    pub onkeydown: Callback<KeyboardEvent>,
}

/// A paste preview, open at first if `open` (a handover asked for it).
#[hook]
pub fn use_paste_box(open: bool) -> PasteBox {
    let button = use_node_ref();
    let area = use_node_ref();
    let pasting = use_state(|| open);
    let text = use_state(String::new);
    {
        let (area, open) = (area.clone(), *pasting);
        use_effect_with(open, move |open| {
            if *open {
                focus(&area);
            }
        });
    }
    let close = {
        let (pasting, text, button) = (pasting.clone(), text.clone(), button.clone());
        Callback::from(move |_: ()| {
            pasting.set(false);
            text.set(String::new());
            focus(&button);
        })
    };
    let onpaste = {
        let pasting = pasting.clone();
        Callback::from(move |_: MouseEvent| pasting.set(true))
    };
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()))
    };
    let oncancel = close.reform(|_: MouseEvent| ());
    let onkeydown = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close.emit(());
            }
        })
    };
    PasteBox { button, area, pasting, text, close, onpaste, oninput, oncancel, onkeydown }
}

/// What one two-column paste calls its parts: `id` names its elements (`paste-awards`).
pub struct PanelWords {
    pub id: &'static str,
    pub heading: &'static str,
    pub hint: &'static str,
    /// The preview table's caption: `What each row becomes`.
    pub caption: &'static str,
    pub columns: [&'static str; 2],
}

/// A two-column paste's panel, once "Paste …" is pressed: the text box, the preview of
/// each row, the summary, and the confirming and Cancel buttons.
pub fn paste_panel<T: Said + Clone>(
    paste_box: &PasteBox,
    pasted: &Pasted<T>,
    words: &PanelWords,
    onconfirm: Callback<MouseEvent>,
) -> Html {
    let PanelWords { id, heading, hint, .. } = *words;
    let typed = !paste_box.text.trim().is_empty();
    html! {
        <div class="paste-posts" role="group" aria-labelledby={format!("{id}-heading")}
            onkeydown={paste_box.onkeydown.clone()}>
            <h4 id={format!("{id}-heading")} class="panel-subheading">{ heading }</h4>
            <div class="field">
                <label class="field-label" for={format!("{id}-text")}>{ "Rows copied from Excel" }</label>
                <div class="field-hint" id={format!("{id}-hint")}>{ hint }</div>
                <textarea id={format!("{id}-text")} class="paste-text" rows="4" ref={paste_box.area.clone()}
                    aria-describedby={format!("{id}-hint")} value={(*paste_box.text).clone()}
                    oninput={paste_box.oninput.clone()} spellcheck="false" />
            </div>
            if typed && !pasted.rows.is_empty() {
                { preview(pasted, words) }
            }
            <p class="paste-summary" role="status" aria-live="polite">
                { if typed { pasted.summary() } else { String::new() } }
            </p>
            <div class="button-row">
                <button type="button" class="button button--primary" disabled={!pasted.is_ready()}
                    onclick={onconfirm}>{ pasted.confirm_label() }</button>
                <button type="button" class="button button--secondary" onclick={paste_box.oncancel.clone()}>
                    { "Cancel" }</button>
            </div>
        </div>
    }
}

fn preview<T: Said + Clone>(pasted: &Pasted<T>, words: &PanelWords) -> Html {
    let caption = format!("{}-caption", words.id);
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby={caption.clone()}>
            <table class="data-table paste-preview">
                <caption id={caption}>{ words.caption }</caption>
                <thead><tr>
                    <th scope="col">{ "Line" }</th>
                    <th scope="col">{ "Result" }</th>
                    { for words.columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }
                </tr></thead>
                <tbody>
                    { for pasted.rows.iter().map(|r| html! {
                        <tr class={classes!(r.result.is_err().then_some("paste-row--error"))}>
                            <th scope="row">{ r.line }</th>
                            { match &r.result {
                                Ok(item) => html! { <td class="paste-ok">{ format!("Ready: {}", item.said()) }</td> },
                                Err(errors) => html! { <td class="paste-errors"><ul class="field-error">
                                    { for errors.iter().map(|e| html! { <li>{ e }</li> }) }
                                </ul></td> },
                            } }
                            { for r.cells.iter().map(|c| html! { <td><bdi>{ c }</bdi></td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
