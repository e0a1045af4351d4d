//! Every plan's stop-month curve on one chart: lines told apart by dash, symbol and a legend
//! in words as well as colour, each plan's own stop ringed, the limit as a labelled rule,
//! and the figures as a table. Every position comes from `planner_view::chart::decide`.

use std::rc::Rc;

use planner_view::chart::compare::Symbol;
use planner_view::chart::decide::{CurveChart, CurveLine};
use yew::prelude::*;

use super::figure::Figure;
use crate::components::shared::isolate::leading_name;
use crate::components::shared::svg::{grid, image, n, text};

/// Six colours, then again: dashes and symbols keep telling the plans apart.
fn series(line: &CurveLine) -> String {
    format!("dcd-series-{}", line.index % 6)
}

fn symbols_class(line: &CurveLine) -> Classes {
    classes!("dcd-symbols", series(line), (line.symbol == Symbol::Cross).then_some("dcd-symbols-open"))
}

fn legend(chart: &CurveChart) -> Html {
    html! {
        <ul class="legend dcd-key">
            { for chart.lines.iter().map(|l| html! {
                <li class="legend-item">
                    <svg class="swatch" viewBox="0 0 36 12" width="36" height="12" aria-hidden="true" focusable="false">
                        <path class={classes!("dcd-line", series(l))} d={l.swatch.line.clone()}
                            stroke-dasharray={l.dash.dasharray()} />
                        <path class={symbols_class(l)} d={l.swatch.symbol.clone()} />
                    </svg>
                    { leading_name(&l.name, &l.legend) }
                </li>
            }) }
            if chart.limit.is_some() {
                <li class="legend-item">
                    <svg class="swatch" viewBox="0 0 36 12" width="36" height="12" aria-hidden="true" focusable="false">
                        <path class="dcd-limit" d="M0,6H36" />
                    </svg>
                    { "Your limit (thick grey line)" }
                </li>
            }
        </ul>
    }
}

fn drawing(chart: &CurveChart) -> Html {
    let f = chart.axes.frame;
    let never = &chart.never;
    let body = html! {
        <>
            { grid(&chart.axes) }
            <g class="axis">
                <line class="axis-line" x1={n(f.left)} x2={n(chart.months_right)} y1={n(f.bottom)} y2={n(f.bottom)} />
                <line class="axis-line" x1={n(never.at - 14.0)} x2={n(never.at + 14.0)} y1={n(f.bottom)} y2={n(f.bottom)} />
                { for chart.axes.x_ticks.iter().chain([never]).map(|t| html! {
                    <>
                        <line class="axis-line" x1={n(t.at)} x2={n(t.at)} y1={n(f.bottom)} y2={n(f.bottom + 5.0)} />
                        <text class="tick-label" x={n(t.at)} y={n(f.bottom + 18.0)} text-anchor="middle">{ t.label.clone() }</text>
                    </>
                }) }
                { for chart.axes.years.iter().map(|y| text(&y.label, "year-label")) }
            </g>
            if let Some(rule) = &chart.limit {
                <g class="dcd-limit-rule">
                    <line class="dcd-limit" x1={n(rule.x1)} x2={n(rule.x2)} y1={n(rule.y)} y2={n(rule.y)} />
                    { text(&rule.label, "direct-label") }
                </g>
            }
            { for chart.lines.iter().map(|l| html! {
                <g class="dcd-plan">
                    <path class={classes!("dcd-line", series(l))} d={l.d.clone()} stroke-dasharray={l.dash.dasharray()} />
                    <path class={symbols_class(l)} d={l.symbols.clone()} />
                    if let Some(ring) = &l.ring {
                        <path class={classes!("dcd-ring", series(l))} d={ring.clone()} />
                    }
                </g>
            }) }
        </>
    };
    let description = format!("{} The figures are in the table below the chart.", chart.description);
    image("dcd-svg", chart.id, (chart.width, chart.height), &chart.title, description, body)
}

#[derive(Properties, PartialEq)]
pub struct CurveFigureProps {
    pub chart: Rc<CurveChart>,
}

#[component]
pub fn CurveFigure(props: &CurveFigureProps) -> Html {
    let chart = &props.chart;
    let names: Vec<&str> = chart.lines.iter().map(|l| l.name.as_str()).collect();
    let figure = Figure {
        class: "dcd-chart",
        id: chart.id,
        title: &chart.title,
        summary: &chart.summary,
        names: &names,
        table: &chart.table,
    };
    figure.draw(legend(chart), drawing(chart))
}
