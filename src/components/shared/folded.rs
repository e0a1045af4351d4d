//! A `<details>` whose contents are drawn only once it is first opened. The month table and
//! the charts' figure tables are over half of the results page's elements, and nobody sees
//! them folded: drawing them on demand halves the first render's work.

use web_sys::HtmlDetailsElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FoldedProps {
    pub class: &'static str,
    pub summary: AttrValue,
    /// Draws the contents; called only while the details have been opened.
    pub contents: Callback<(), Html>,
}

#[component]
pub fn Folded(props: &FoldedProps) -> Html {
    let opened = use_state(|| false);
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            if e.target_dyn_into::<HtmlDetailsElement>().is_some_and(|d| d.open()) {
                opened.set(true);
            }
        })
    };
    html! {
        <details class={props.class} {ontoggle}>
            <summary>{ props.summary.clone() }</summary>
            if *opened {
                { props.contents.emit(()) }
            }
        </details>
    }
}
