//! The running total of unfunded pressure of every plan: each line told apart by its dash,
//! its symbols and a label at its end as well as its colour; a legend in words; the figures
//! as a table. Every position comes from `planner_view::chart::compare`.

use std::rc::Rc;

use planner_view::chart::compare::{ComparisonChart, ScenarioLine, Symbol};
use yew::prelude::*;

use crate::components::shared::data_table::scrolling_table;
use crate::components::shared::svg::{grid, image, markers, text, x_axis};

/// The class that gives a line its colour (six colours, then again: dashes and symbols
/// keep telling them apart).
fn series(line: &ScenarioLine) -> String {
    format!("cmp-series-{}", line.index % 6)
}

fn symbols_class(line: &ScenarioLine) -> Classes {
    classes!("cmp-symbols", series(line), (line.symbol == Symbol::Cross).then_some("cmp-symbols-open"))
}

/// The legend: each plan's swatch (line style and symbol) and its sentence.
pub fn legend(chart: &ComparisonChart) -> Html {
    html! {
        <ul class="legend cmp-legend">
            { for chart.lines.iter().map(|l| html! {
                <li class="legend-item">
                    <svg class="swatch" viewBox="0 0 36 12" width="36" height="12" aria-hidden="true" focusable="false">
                        <path class={classes!("cmp-line", series(l))} d={l.swatch.line.clone()}
                            stroke-dasharray={l.dash.dasharray()} />
                        <path class={symbols_class(l)} d={l.swatch.symbol.clone()} />
                    </svg>
                    { super::isolate::leading_name(&l.name, &l.legend) }
                </li>
            }) }
        </ul>
    }
}

/// The drawing, an image whose title and description are its text alternative; `id` keeps
/// the copies on the page, the sheet and a slide apart.
pub fn drawing(chart: &ComparisonChart, id: &str) -> Html {
    let body = html! {
        <>
            { grid(&chart.axes) }
            { x_axis(&chart.axes) }
            { markers(&chart.markers) }
            { for chart.lines.iter().map(|l| html! {
                <g class="cmp-plan">
                    <path class={classes!("cmp-line", series(l))} d={l.d.clone()} stroke-dasharray={l.dash.dasharray()} />
                    <path class={symbols_class(l)} d={l.symbols.clone()} />
                    if let Some(leader) = &l.leader {
                        <path class="cmp-leader" d={leader.clone()} />
                    }
                    { text(&l.end_label, "direct-label") }
                </g>
            }) }
        </>
    };
    image("cmp-svg", id, (chart.width, chart.height), &chart.title, chart.summary.clone(), body)
}

#[derive(Properties, PartialEq)]
pub struct ComparisonFigureProps {
    pub chart: Rc<ComparisonChart>,
    /// Prefixes every id of the figure.
    pub id: AttrValue,
    /// The figures as a table in a `<details>` (only once per page: the table's id is fixed).
    #[prop_or_default]
    pub with_table: bool,
}

#[component]
pub fn ComparisonFigure(props: &ComparisonFigureProps) -> Html {
    let (chart, id) = (&props.chart, props.id.as_str());
    let names: Vec<&str> = chart.lines.iter().map(|l| l.name.as_str()).collect();
    html! {
        <figure class="chart cmp-chart" id={id.to_string()}>
            <figcaption>
                <h3 class="chart-title" id={format!("{id}-heading")}>{ chart.title.clone() }</h3>
                <p class="chart-summary">{ super::isolate::names(&chart.summary, &names) }</p>
            </figcaption>
            { legend(chart) }
            <div class="chart-frame" tabindex="0" role="region" aria-labelledby={format!("{id}-heading")}>
                { drawing(chart, &format!("{id}-svg")) }
            </div>
            if props.with_table {
                <details class="chart-data">
                    <summary>{ "Show the figures in this chart as a table" }</summary>
                    { scrolling_table(&chart.table) }
                </details>
            }
        </figure>
    }
}
