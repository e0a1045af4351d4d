//! The results beside the editor: the figures of the open scenario, and while a plan of
//! hundreds of posts is being worked out, how far that has got (the last figures stay
//! on show, marked as being updated).

use std::rc::Rc;

use planner_engine::Scenario;
use yew::prelude::*;

use super::Results;
use crate::hooks::figures::use_figures;

#[derive(Properties, PartialEq)]
pub struct ResultsPaneProps {
    pub scenario: Rc<Scenario>,
}

#[component]
pub fn ResultsPane(props: &ResultsPaneProps) -> Html {
    let figures = use_figures(props.scenario.clone());
    let progress = figures.working.map(|(done, of)| {
        let posts = match props.scenario.posts.len() {
            1 => "1 post".to_string(),
            n => format!("{n} posts"),
        };
        let what = if figures.outcome.is_some() { "Updating the figures" } else { "Working out the figures" };
        html! {
            <p class="results-progress" role="status">
                { format!("{what} for {posts}: {done} of {of} months done.") }
                <progress max={of.to_string()} value={done.to_string()} aria-hidden="true"></progress>
            </p>
        }
    });
    match figures.outcome {
        Some(outcome) => html! {
            <div class="results-pane" aria-busy={figures.working.is_some().then_some("true")}>
                { progress.unwrap_or_default() }
                <Results scenario={props.scenario.clone()} {outcome} />
            </div>
        },
        None => html! {
            <section class="results" aria-labelledby="results-heading">
                <h2 id="results-heading">{ "Results" }</h2>
                { progress.unwrap_or_default() }
            </section>
        },
    }
}
