//! The results (helper-owned; replaced by the real results).
use std::rc::Rc;

use planner_engine::{Outcome, Scenario};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub scenario: Rc<Scenario>,
    pub outcome: Rc<Outcome>,
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let _ = props;
    html! { <section class="results" aria-labelledby="results-heading"><h2 id="results-heading">{ "Results" }</h2></section> }
}
