//! Monitoring (full build): for a plan with actuals, the forecast outturn, the variance
//! against the plan, what the funder still owes and late invoices, the outturn of each
//! year and the actuals chart. Every figure comes from `planner_view::monitoring`.

use std::rc::Rc;

use planner_engine::{Outcome, Scenario};
use planner_view::chart::{actuals_chart, DEFAULT_SIZE};
use planner_view::monitoring::monitoring;
use yew::prelude::*;

use super::chart_figure::ChartFigure;
use super::headlines::card;
use crate::components::shared::data_table::scrolling_table;

#[derive(Properties, PartialEq)]
pub struct MonitoringProps {
    pub scenario: Rc<Scenario>,
    pub outcome: Rc<Outcome>,
}

#[component]
pub fn Monitoring(props: &MonitoringProps) -> Html {
    let deps = (props.scenario.clone(), props.outcome.clone());
    let model = use_memo(deps.clone(), |(s, o)| monitoring(s, o));
    let chart = use_memo(deps, |(s, o)| actuals_chart(s, o, DEFAULT_SIZE).map(Rc::new));
    let Some(m) = &*model else { return Html::default() };
    html! {
        <section class="result-block monitoring" aria-labelledby="monitoring-heading">
            <h3 id="monitoring-heading">{ "Monitoring: actuals against the plan" }</h3>
            <p class="actuals-as-at">{ format!("{}; the months after it are the forecast.", m.as_at) }</p>
            <ul class="headlines" aria-label="Monitoring figures">
                { for m.headlines.iter().map(card) }
            </ul>
            <h4 id="outturn-heading">{ "Forecast outturn by financial year" }</h4>
            { scrolling_table(&m.outturn) }
            if let Some(chart) = &*chart {
                <ChartFigure chart={chart.clone()} />
            }
        </section>
    }
}
