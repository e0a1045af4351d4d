//! A chart's legend: each series' swatch (its pattern or line style) and words.

use planner_view::chart::Series;
use yew::prelude::*;

use crate::components::shared::patterns::paint;

pub fn legend(series: &[Series]) -> Html {
    html! {
        <ul class="legend">
            { for series.iter().map(|s| html! {
                <li class="legend-item">
                    <svg class="swatch" viewBox="0 0 28 16" width="28" height="16" aria-hidden="true" focusable="false">
                        { swatch(*s) }
                    </svg>
                    { s.label() }
                </li>
            }) }
        </ul>
    }
}

fn swatch(series: Series) -> Html {
    let class = format!("series-{}", series.name());
    match series {
        // The guides (a year's allocation, its whole cap), and the lines of actuals, forecast
        // and plan (their dashes).
        Series::Allocation | Series::YearCap | Series::Actual | Series::Forecast | Series::Plan => {
            let kind = if matches!(series, Series::Allocation | Series::YearCap) { "guide" } else { "line" };
            html! { <line class={classes!(kind, class)} x1="1" x2="27" y1="8" y2="8" /> }
        }
        // Drawn as a line over a filled area: the swatch shows both.
        Series::Cash | Series::CumulativePressure => html! {
            <>
                <rect class={classes!("area", class.clone())} fill={paint(series)} x="1" y="6" width="26" height="10" />
                <line class={classes!("line", class)} x1="1" x2="27" y1="6" y2="6" />
            </>
        },
        _ => html! { <rect class={classes!("bar", class)} fill={paint(series)} x="1" y="1" width="26" height="14" /> },
    }
}
