//! The root component.

use yew::prelude::*;

/// The whole page: the masthead and the main region.
#[component]
pub fn App() -> Html {
    html! {
        <>
            <header class="masthead">
                <h1>{ "MARSOC Funding Planner" }</h1>
            </header>
            <main id="content" class="page">
                <p>{ "Plan the MARSOC posts' funding, month by month. Nothing leaves your browser." }</p>
            </main>
        </>
    }
}
