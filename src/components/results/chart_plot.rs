//! Draws a chart's geometry as SVG: every position comes from `planner_view::chart`.

use planner_view::chart::Chart;
use yew::prelude::*;

use crate::components::shared::patterns::paint;
use crate::components::shared::svg::{grid, markers, n, text, x_axis};

pub fn plot(chart: &Chart) -> Html {
    html! {
        <>
            { grid(&chart.axes) }
            { for chart.areas.iter().map(|a| html! {
                <path class={classes!("area", format!("series-{}", a.series.name()))} d={a.d.clone()}
                    fill={paint(a.series)} />
            }) }
            { for chart.bars.iter().map(|b| html! {
                <rect class={classes!("bar", format!("series-{}", b.series.name()))} fill={paint(b.series)}
                    x={n(b.x)} y={n(b.y)} width={n(b.width)} height={n(b.height)}>
                    <title>{ b.title.clone() }</title>
                </rect>
            }) }
            { for chart.guides.iter().map(|g| html! {
                <>
                    <line class="guide-halo" x1={n(g.x1)} x2={n(g.x2)} y1={n(g.y)} y2={n(g.y)} />
                    <line class="guide series-allocation" x1={n(g.x1)} x2={n(g.x2)} y1={n(g.y)} y2={n(g.y)} />
                    { for g.label.iter().map(|l| text(l, "guide-label")) }
                </>
            }) }
            { for chart.lines.iter().map(|l| html! {
                <path class={classes!("line", format!("series-{}", l.series.name()))} d={l.d.clone()} />
            }) }
            { x_axis(&chart.axes) }
            { markers(&chart.markers) }
            { for chart.points.iter().map(|p| html! {
                <circle class={classes!("point", format!("series-{}", p.series.name()))} cx={n(p.x)} cy={n(p.y)} r="4" />
            }) }
            { for chart.labels.iter().map(|l| text(l, "direct-label")) }
        </>
    }
}
