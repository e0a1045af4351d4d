//! The editor's version 2 parts (full build): a post built from its pay and the on-costs
//! section. The first load shows neither: a plan with parts, or the On-costs section
//! opened, hands over to the full build (`crate::shell`).

pub mod build;
mod check_field;
pub mod on_costs;

use planner_view::pay_build::SourceNote;
use yew::prelude::*;

/// Where a published figure comes from, beside it; an assumption says it is one to replace.
pub(crate) fn source_note(note: Option<SourceNote>) -> Html {
    let Some(note) = note else { return html! {} };
    html! {
        <p class={classes!("source-note", note.assumption.then_some("source-note--assumption"))}>
            <strong>{ format!("{}: ", note.label()) }</strong>{ note.text }
        </p>
    }
}
