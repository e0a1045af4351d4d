//! Post cost by part per financial year, with the cap (full build: the first load hands a
//! plan with parts over). Its parts' fill patterns are drawn here, once.

use std::rc::Rc;

use planner_engine::{Outcome, Scenario};
use planner_view::chart::{parts_chart, DEFAULT_SIZE};
use yew::prelude::*;

use super::chart_figure::ChartFigure;

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
            <svg class="chart-defs" width="0" height="0" aria-hidden="true" focusable="false">
                <defs>
                    // Diagonal stripes: employer NI.
                    <pattern id="pattern-employer-ni" width="6" height="6" patternUnits="userSpaceOnUse"
                        patternTransform="rotate(45)">
                        <rect class="pattern-bg" width="6" height="6" />
                        <rect class="ink-employer-ni" width="2.5" height="6" />
                    </pattern>
                    // Dots: employer pension.
                    <pattern id="pattern-employer-pension" width="5" height="5" patternUnits="userSpaceOnUse">
                        <rect class="pattern-bg pattern-bg-employer-pension" width="5" height="5" />
                        <circle class="ink-employer-pension" cx="2.5" cy="2.5" r="1.5" />
                    </pattern>
                    // Horizontal stripes: apprenticeship levy.
                    <pattern id="pattern-levy" width="4" height="4" patternUnits="userSpaceOnUse">
                        <rect class="pattern-bg" width="4" height="4" />
                        <rect class="ink-levy" width="4" height="2" />
                    </pattern>
                    // Cross-hatch: actual costs.
                    <pattern id="pattern-actual-part" width="8" height="8" patternUnits="userSpaceOnUse">
                        <rect class="pattern-bg" width="8" height="8" />
                        <path class="pattern-ink-line ink-actual-part" d="M0,0L8,8M8,0L0,8" />
                    </pattern>
                </defs>
            </svg>
            <ChartFigure {chart} />
        </>
    }
}
