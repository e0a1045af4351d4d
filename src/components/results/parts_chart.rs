//! Post cost by part per financial year, with the cap (full build: the first load hands a
//! plan with parts over). Its parts' fill patterns are drawn here, once.

use std::rc::Rc;

use planner_engine::{Outcome, Scenario};
use planner_view::chart::{parts_chart, DEFAULT_SIZE};
use yew::prelude::*;

use super::chart_figure::ChartFigure;
use crate::components::shared::patterns;

#[derive(Properties, PartialEq)]
pub struct PartsChartProps {
    pub scenario: Rc<Scenario>,
    pub outcome: Rc<Outcome>,
}

#[component]
pub fn PartsChart(props: &PartsChartProps) -> Html {
    let chart = use_memo((props.scenario.clone(), props.outcome.clone()), |(s, o)| {
        parts_chart(s, o, DEFAULT_SIZE).map(Rc::new)
    });
    let Some(chart) = (*chart).clone() else { return html! {} };
    html! {
        <>
            { patterns::definitions(patterns::PARTS) }
            <ChartFigure {chart} />
        </>
    }
}
