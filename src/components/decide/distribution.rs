//! One plan's outcomes at the review points as horizontal bars: each bar's length is its
//! chance, labelled in words (the stop, the cost, the percentage) so no bar needs its
//! colour to be read; the figures as a table. Positions come from
//! `planner_view::chart::decide::distribution_chart`.

use std::rc::Rc;

use planner_view::chart::coord;
use planner_view::chart::decide::DistributionChart;
use yew::prelude::*;

use crate::components::shared::data_table::scrolling_table_as;
use crate::components::shared::svg::{n, text};

#[derive(Properties, PartialEq)]
pub struct DistributionFigureProps {
    pub chart: Rc<DistributionChart>,
}

#[component]
pub fn DistributionFigure(props: &DistributionFigureProps) -> Html {
    let chart = &props.chart;
    let (f, id) = (chart.frame, chart.id.as_str());
    let colour = format!("dcd-series-{}", chart.index % 6);
    html! {
        <figure class="chart dcd-odds-chart" id={id.to_string()}>
            <figcaption>
                <h4 class="chart-title" id={format!("{id}-heading")}>{ chart.title.clone() }</h4>
                <p class="chart-summary">{ chart.summary.clone() }</p>
            </figcaption>
            <div class="chart-frame" tabindex="0" role="region" aria-labelledby={format!("{id}-heading")}>
                <svg class="chart-svg dcd-odds-svg" viewBox={format!("0 0 {} {}", coord(chart.width), coord(chart.height))}
                    preserveAspectRatio="xMidYMid meet" role="img"
                    aria-labelledby={format!("{id}-title")} aria-describedby={format!("{id}-desc")}>
                    <title id={format!("{id}-title")}>{ chart.title.clone() }</title>
                    <desc id={format!("{id}-desc")}>{ format!("{} The figures are in the table below the chart.", chart.summary) }</desc>
                    { for chart.x_ticks.iter().map(|t| html! {
                        <>
                            <line class="gridline" x1={n(t.at)} x2={n(t.at)} y1={n(f.top)} y2={n(f.bottom)} />
                            <text class="tick-label" x={n(t.at)} y={n(f.bottom + 16.0)} text-anchor="middle">{ t.label.clone() }</text>
                        </>
                    }) }
                    <line class="axis-line" x1={n(f.left)} x2={n(f.left)} y1={n(f.top)} y2={n(f.bottom)} />
                    { for chart.groups.iter().map(|g| text(g, "dcd-group-label")) }
                    { for chart.bars.iter().map(|b| html! {
                        <>
                            <rect class={classes!("dcd-bar", colour.clone())}
                                x={n(b.x)} y={n(b.y)} width={n(b.width)} height={n(b.height)} />
                            { text(&b.name, "dcd-bar-label") }
                            { text(&b.value, "direct-label") }
                        </>
                    }) }
                </svg>
            </div>
            <details class="chart-data">
                <summary>{ "Show the figures in this chart as a table" }</summary>
                { scrolling_table_as(&chart.table, Some("decide-table")) }
            </details>
        </figure>
    }
}
