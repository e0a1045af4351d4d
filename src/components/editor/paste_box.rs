//! What every paste preview of the editor shares (pay awards, allocations, actuals): the
//! "Paste …" button that opens it, the text box that takes focus, and closing it (Cancel,
//! Escape or confirming) with the typed text dropped and focus back on the button.

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
