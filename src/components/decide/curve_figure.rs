//! Every plan's stop-month curve on one chart: lines told apart by dash, symbol and a legend
//! in words as well as colour, each plan's own stop ringed, the limit as a labelled rule,
//! and the figures as a table. Every position comes from `planner_view::chart::decide`.

use std::rc::Rc;

use planner_view::chart::compare::Symbol;
use planner_view::chart::coord;
use planner_view::chart::decide::{CurveChart, CurveLine};
use yew::prelude::*;

use crate::components::shared::data_table::scrolling_table_as;
use crate::components::shared::svg::{n, text};

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
                    { l.legend.clone() }
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
    let (f, id) = (chart.frame, chart.id);
    let never = &chart.never;
    html! {
        <svg class="chart-svg dcd-svg" viewBox={format!("0 0 {} {}", coord(chart.width), coord(chart.height))}
            preserveAspectRatio="xMidYMid meet" role="img"
            aria-labelledby={format!("{id}-title")} aria-describedby={format!("{id}-desc")}>
            <title id={format!("{id}-title")}>{ chart.title.clone() }</title>
            <desc id={format!("{id}-desc")}>{ format!("{} The figures are in the table below the chart.", chart.description) }</desc>
            <g class="grid">
                { for chart.y_ticks.iter().map(|t| html! {
                    <>
                        <line class="gridline" x1={n(f.left)} x2={n(f.right)} y1={n(t.at)} y2={n(t.at)} />
                        <text class="tick-label" x={n(f.left - 8.0)} y={n(t.at + 4.0)} text-anchor="end">{ t.label.clone() }</text>
                    </>
                }) }
                { for chart.years.iter().skip(1).map(|y| html! {
                    <line class="year-rule" x1={n(y.from)} x2={n(y.from)} y1={n(f.top)} y2={n(f.bottom + 40.0)} />
                }) }
            </g>
            <g class="axis">
                <line class="axis-line" x1={n(f.left)} x2={n(chart.months_right)} y1={n(f.bottom)} y2={n(f.bottom)} />
                <line class="axis-line" x1={n(never.at - 14.0)} x2={n(never.at + 14.0)} y1={n(f.bottom)} y2={n(f.bottom)} />
                { for chart.x_ticks.iter().chain([never]).map(|t| html! {
                    <>
                        <line class="axis-line" x1={n(t.at)} x2={n(t.at)} y1={n(f.bottom)} y2={n(f.bottom + 5.0)} />
                        <text class="tick-label" x={n(t.at)} y={n(f.bottom + 18.0)} text-anchor="middle">{ t.label.clone() }</text>
                    </>
                }) }
                { for chart.years.iter().map(|y| text(&y.label, "year-label")) }
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
        </svg>
    }
}

#[derive(Properties, PartialEq)]
pub struct CurveFigureProps {
    pub chart: Rc<CurveChart>,
}

#[component]
pub fn CurveFigure(props: &CurveFigureProps) -> Html {
    let chart = &props.chart;
    let id = chart.id;
    html! {
        <figure class="chart dcd-chart" id={id}>
            <figcaption>
                <h4 class="chart-title" id={format!("{id}-heading")}>{ chart.title.clone() }</h4>
                <p class="chart-summary">{ chart.summary.clone() }</p>
            </figcaption>
            { legend(chart) }
            <div class="chart-frame" tabindex="0" role="region" aria-labelledby={format!("{id}-heading")}>
                { drawing(chart) }
            </div>
            <details class="chart-data">
                <summary>{ "Show the figures in this chart as a table" }</summary>
                { scrolling_table_as(&chart.table, Some("decide-table")) }
            </details>
        </figure>
    }
}
