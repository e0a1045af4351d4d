//! The first load's On-costs section: closed, and opening it hands over to the full
//! build, where the on-costs editor is (`editor::pay::on_costs`).

use yew::prelude::*;

use crate::state::Opening;

#[component]
pub fn OnCostsEntry() -> Html {
    // Once: the section's `toggle` comes again as the full build takes over the page.
    let asked = use_mut_ref(|| false);
    let ontoggle = Callback::from(move |e: Event| {
        if e.target_unchecked_into::<web_sys::Element>().has_attribute("open") && !asked.replace(true) {
            crate::shell::request_opening(Opening::OnCosts);
        }
    });
    html! {
        <details class="editor-group on-costs" id="editor-on-costs" {ontoggle}>
            <summary class="on-costs-summary">{ "On-costs" }</summary>
            <p class="field-hint">{ "Employer NI, pension and the apprenticeship levy, for posts built from their pay." }</p>
        </details>
    }
}
