//! "Paste pay awards" (full build): rows of month and percent copied from a spreadsheet,
//! previewed with each cell's error, added as one undoable step when the planner confirms.

use std::rc::Rc;

use planner_view::paste_awards::{paste_awards, COLUMNS};
use yew::prelude::*;

use super::paste_box::{paste_panel, use_paste_box, PanelWords};
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct PasteAwardsProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
    pub onadd: Callback<MouseEvent>,
    /// "Add a pay award", which takes focus when a row above it is removed.
    pub add_button: NodeRef,
}

const WORDS: PanelWords = PanelWords {
    id: "paste-awards",
    heading: "Paste pay awards from a spreadsheet",
    hint: "Two columns: the month the award takes effect (Sep 2023, 09/2023 or 2023-09) and the \
           award in per cent (7 or 7%); a header row is optional. Nothing is added until you choose Add.",
    caption: "What each row becomes",
    columns: COLUMNS,
};

/// "Add a pay award", "Paste pay awards" and, once that is pressed, the preview.
#[component]
pub fn PasteAwardsArea(props: &PasteAwardsProps) -> Html {
    let paste_box = use_paste_box(crate::shell::opening_on_start(crate::state::Opening::PasteAwards));
    let pasted = use_memo(((*paste_box.text).clone(), props.state.scenario.clone()), |(t, s)| paste_awards(t, s));
    let onconfirm = {
        let (pasted, dispatch, close) = (pasted.clone(), props.dispatch.clone(), paste_box.close.clone());
        Callback::from(move |_: MouseEvent| {
            let awards = pasted.awards();
            if !awards.is_empty() {
                dispatch.emit(Action::AddAwards(Rc::new(awards)));
                close.emit(());
            }
        })
    };
    html! {
        <>
            <div class="button-row">
                <button type="button" class="button button--secondary" ref={props.add_button.clone()}
                    onclick={props.onadd.clone()}>{ "Add a pay award" }</button>
                <button type="button" class="button button--secondary" id="paste-awards"
                    aria-expanded={paste_box.pasting.to_string()} ref={paste_box.button.clone()}
                    onclick={paste_box.onpaste.clone()}>{ "Paste pay awards" }</button>
            </div>
            if *paste_box.pasting {
                { paste_panel(&paste_box, &pasted, &WORDS, onconfirm) }
            }
        </>
    }
}
