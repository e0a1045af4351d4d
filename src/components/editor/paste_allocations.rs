//! "Paste allocations" (full build): rows of financial year and cap copied from a
//! spreadsheet, previewed with each cell's error and what each year's cap becomes, set as
//! one undoable step when the planner confirms.

use std::rc::Rc;

use planner_view::paste_allocations::{paste_allocations, COLUMNS};
use yew::prelude::*;

use super::paste_box::{paste_panel, use_paste_box, PanelWords};
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct PasteAllocationsProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
}

const WORDS: PanelWords = PanelWords {
    id: "paste-allocations",
    heading: "Paste allocations from a spreadsheet",
    hint: "Two columns: the financial year (2023/24) and its cap (£382,590); a header row is \
           optional. Each year replaces the cap it has now. Nothing changes until you choose Set.",
    caption: "What each row sets",
    columns: COLUMNS,
};

/// "Paste allocations" and, once that is pressed, the preview.
#[component]
pub fn PasteAllocationsArea(props: &PasteAllocationsProps) -> Html {
    let paste_box = use_paste_box(crate::shell::opening_on_start(crate::state::Opening::PasteAllocations));
    let pasted = use_memo(((*paste_box.text).clone(), props.state.scenario.clone()), |(t, s)| paste_allocations(t, s));
    let onconfirm = {
        let (pasted, dispatch, close) = (pasted.clone(), props.dispatch.clone(), paste_box.close.clone());
        Callback::from(move |_: MouseEvent| {
            let allocations = pasted.allocations();
            if !allocations.is_empty() {
                dispatch.emit(Action::SetAllocations(Rc::new(allocations)));
                close.emit(());
            }
        })
    };
    html! {
        <>
            <div class="button-row">
                <button type="button" class="button button--secondary" id="paste-allocations"
                    aria-expanded={paste_box.pasting.to_string()} ref={paste_box.button.clone()}
                    onclick={paste_box.onpaste.clone()}>{ "Paste allocations" }</button>
            </div>
            if *paste_box.pasting {
                { paste_panel(&paste_box, &pasted, &WORDS, onconfirm) }
            }
        </>
    }
}
