//! The plan's note: why it is put to the panel, where its figures come from, and who wrote
//! it. Compare, meeting mode and the A4 sheet show it beside the plan. The first load
//! shows the note and hands over to the full build to write it, which keeps it small.
//! (The class is `option-note`: `editor-note` is already a paragraph style.)

use yew::prelude::*;

#[cfg(feature = "full")]
const ABOUT: &str = "Why this plan is put to the panel, its source and its author: shown with it in Compare, \
    on its slide and on the A4 sheet, and carried in its link and file.";

/// The first load: why the plan is put forward, and a button that opens the note's fields.
#[cfg(not(feature = "full"))]
pub fn note_entry(state: &crate::state::State) -> Html {
    let why = state.scenario.note.as_ref().map(|n| n.why.clone());
    let onclick = Callback::from(|_: MouseEvent| crate::shell::request_opening(crate::state::Opening::Note));
    html! {
        <section class="editor-group option-note" aria-labelledby="editor-option-note">
            <h3 id="editor-option-note">{ "Note" }</h3>
            <p dir="auto">{ why }</p>
            <button type="button" class="button button--secondary" {onclick}>{ "Write or edit the note" }</button>
        </section>
    }
}

/// The full build: why (a paragraph), source and author, each checked beside its field.
#[cfg(feature = "full")]
#[component]
pub fn NoteFields(props: &super::StateProps) -> Html {
    use planner_engine::edit::Field;
    use planner_engine::note::NotePart;

    use crate::components::field_shell::{described_by, FieldShell};
    use crate::components::text_field::{field_id, scenario_field, FieldKind};
    use crate::state::Action;

    let state = &props.state;
    let why = Field::Note(NotePart::Why);
    let id = field_id(why);
    let area = use_node_ref();
    {
        // Opened from the first load's "Write a note": start writing at once.
        let area = area.clone();
        use_effect_with((), move |_| {
            if crate::shell::opening_on_start(crate::state::Opening::Note) {
                super::focus(&area);
            }
        });
    }
    let error = state.error(why).map(AttrValue::from);
    let invalid = error.is_some();
    let oninput = props.dispatch.reform(move |e: InputEvent| {
        Action::Edit(why, e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value())
    });
    let onblur = props.dispatch.reform(move |_: FocusEvent| Action::Blur(why));
    let hint = "A sentence or two, at most 280 characters.";
    html! {
        <section class="editor-group option-note" aria-labelledby="editor-option-note">
            <h3 id="editor-option-note">{ "Note" }</h3>
            <p class="field-hint">{ ABOUT }</p>
            <FieldShell id={id.clone()} label="Why" hint={AttrValue::Static(hint)} error={error.clone()} class="field--text">
                <textarea
                    id={id.clone()}
                    ref={area}
                    class={classes!("input", "input--text", "option-note-why", invalid.then_some("input--error"))}
                    rows="3"
                    spellcheck="true"
                    value={state.text(why)}
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={described_by(&id, true, invalid, false)}
                    {oninput}
                    {onblur}
                />
            </FieldShell>
            <div class="field-row">
                { scenario_field(state, &props.dispatch, Field::Note(NotePart::Source), "Source", FieldKind::Text) }
                { scenario_field(state, &props.dispatch, Field::Note(NotePart::Author), "Author", FieldKind::Text) }
            </div>
        </section>
    }
}
