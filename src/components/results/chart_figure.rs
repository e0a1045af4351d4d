//! One chart: its title and summary (the text alternative), legend, drawing, and the same
//! numbers as a table.

use std::rc::Rc;

use planner_view::chart::{coord, Chart};
use yew::prelude::*;

use super::chart_plot::plot;
use crate::components::shared::data_table::scrolling_table;
use crate::components::shared::folded::Folded;
use crate::components::shared::legend::legend;

#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    pub chart: Rc<Chart>,
}

#[component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let chart = &props.chart;
    let id = chart.id;
    html! {
        <figure class="chart" id={id}>
            <figcaption>
                <h3 class="chart-title" id={format!("{id}-heading")}>{ chart.title.clone() }</h3>
                <p class="chart-summary" id={format!("{id}-summary")}>{ chart.summary.clone() }</p>
            </figcaption>
            { legend(&chart.legend) }
            // Scrolls sideways on a phone rather than shrinking its words too small to read.
            <div class="chart-frame" tabindex="0" role="region" aria-labelledby={format!("{id}-heading")}>
                <svg class="chart-svg" viewBox={format!("0 0 {} {}", coord(chart.width), coord(chart.height))}
                    preserveAspectRatio="xMidYMid meet" role="img"
                    aria-labelledby={format!("{id}-title")} aria-describedby={format!("{id}-summary")}>
                    <title id={format!("{id}-title")}>{ chart.title.clone() }</title>
                    <desc>{ format!("{} The figures are in the table below the chart.", chart.summary) }</desc>
                    { plot(chart) }
                </svg>
            </div>
            <Folded class="chart-data" summary="Show the figures in this chart as a table" contents={
                let chart = chart.clone();
                Callback::from(move |()| scrolling_table(&chart.table))
            } />
        </figure>
    }
}
