//! The headline figures as cards, each with its breakdown per financial year.

use std::rc::Rc;

use planner_view::results::{Headline, ResultsView};
use yew::prelude::*;

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
            <p class="headline-value">{ h.value.clone() }</p>
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
