//! One plan's outcomes at the review points as horizontal bars: each bar's length is its
//! chance, labelled in words (the stop, the cost, the percentage) so no bar needs its
//! colour to be read; the figures as a table. Positions come from
//! `planner_view::chart::decide::distribution_chart`.

use std::rc::Rc;

use planner_view::chart::decide::DistributionChart;
use yew::prelude::*;

use super::figure::Figure;
use crate::components::shared::svg::{image, n, text};

#[derive(Properties, PartialEq)]
pub struct DistributionFigureProps {
    pub chart: Rc<DistributionChart>,
}

#[component]
pub fn DistributionFigure(props: &DistributionFigureProps) -> Html {
    let chart = &props.chart;
    let (f, id) = (chart.frame, chart.id.as_str());
    let colour = format!("dcd-series-{}", chart.index % 6);
    let body = html! {
        <>
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
        </>
    };
    let description = format!("{} The figures are in the table below the chart.", chart.summary);
    let drawing = image("dcd-odds-svg", id, (chart.width, chart.height), &chart.title, description, body);
    let figure = Figure {
        class: "dcd-odds-chart",
        id,
        title: &chart.title,
        summary: &chart.summary,
        names: &[&chart.name],
        table: &chart.table,
    };
    figure.draw(Html::default(), drawing)
}
