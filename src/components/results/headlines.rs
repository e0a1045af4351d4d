//! The headline figures as cards, each with its breakdown per financial year.

use std::rc::Rc;

use planner_view::results::{Headline, ResultsView};
use yew::prelude::*;

/// Characters past which a figure is set smaller: `£38,259,000` fits the narrowest card at
/// full size, `£755,649,910` (a national plan) only smaller.
const LONG_VALUE: usize = 11;

#[derive(Properties, PartialEq)]
pub struct HeadlinesProps {
    pub view: Rc<ResultsView>,
}

#[component]
pub fn Headlines(props: &HeadlinesProps) -> Html {
    html! {
        <ul class="headlines" aria-label="Headline figures">
            { for props.view.headlines.iter().map(card) }
        </ul>
    }
}

pub(super) fn card(h: &Headline) -> Html {
    html! {
        <li class={classes!("headline", format!("headline-{}", h.key.replace('_', "-")))}>
            <h3 class="headline-title">{ h.title }</h3>
            <p class={classes!("headline-value", (h.value.chars().count() > LONG_VALUE).then_some("headline-value--long"))}>{ h.value.clone() }</p>
            if let Some(exact) = &h.exact {
                <p class="headline-exact num">{ exact.clone() }</p>
            }
            <p class="headline-note">{ h.note.clone() }</p>
            <dl class="headline-years">
                { for h.by_year.iter().map(|b| html! {
                    <div class="headline-year">
                        <dt>{ b.label.clone() }</dt>
                        <dd class="num">{ b.value.clone() }</dd>
                    </div>
                }) }
            </dl>
        </li>
    }
}
