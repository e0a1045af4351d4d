//! Draws a chart's geometry as SVG: every position comes from `planner_engine::chart`.

use planner_engine::chart::{coord, Chart, Label};
use yew::prelude::*;

use super::patterns::paint;

fn n(value: f64) -> AttrValue {
    AttrValue::from(coord(value))
}

fn text(label: &Label, class: &'static str) -> Html {
    html! {
        <text class={class} x={n(label.x)} y={n(label.y)} text-anchor={label.anchor.as_str()}>
            { label.text.clone() }
        </text>
    }
}

pub fn plot(chart: &Chart) -> Html {
    let f = chart.frame;
    html! {
        <>
            <g class="grid">
                { for chart.y_ticks.iter().map(|t| html! {
                    <>
                        <line class="gridline" x1={n(f.left)} x2={n(f.right)} y1={n(t.at)} y2={n(t.at)} />
                        <text class="tick-label" x={n(f.left - 8.0)} y={n(t.at + 4.0)} text-anchor="end">
                            { t.label.clone() }
                        </text>
                    </>
                }) }
                { for chart.years.iter().skip(1).map(|y| html! {
                    <line class="year-rule" x1={n(y.from)} x2={n(y.from)} y1={n(f.top)} y2={n(f.bottom + 40.0)} />
                }) }
            </g>
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
            <g class="axis">
                <line class="axis-line" x1={n(f.left)} x2={n(f.right)} y1={n(f.bottom)} y2={n(f.bottom)} />
                { for chart.x_ticks.iter().map(|t| html! {
                    <>
                        <line class="axis-line" x1={n(t.at)} x2={n(t.at)} y1={n(f.bottom)} y2={n(f.bottom + 5.0)} />
                        <text class="tick-label" x={n(t.at)} y={n(f.bottom + 18.0)} text-anchor="middle">
                            { t.label.clone() }
                        </text>
                    </>
                }) }
                { for chart.years.iter().map(|y| text(&y.label, "year-label")) }
            </g>
            { for chart.markers.iter().map(|m| html! {
                <>
                    <line class={classes!("marker", format!("marker-{}", m.kind.name()))}
                        x1={n(m.x)} x2={n(m.x)} y1={n(m.y1)} y2={n(m.y2)} />
                    { text(&m.label, "marker-label") }
                </>
            }) }
            { for chart.points.iter().map(|p| html! {
                <circle class={classes!("point", format!("series-{}", p.series.name()))} cx={n(p.x)} cy={n(p.y)} r="4" />
            }) }
            { for chart.labels.iter().map(|l| text(l, "direct-label")) }
        </>
    }
}
