//! What each slide shows, in type large enough for the back of the room.

use planner_engine::slides::Slide;
use yew::prelude::*;

use crate::components::compare::compared::Compared;
use crate::components::compare::lists::{changes_list, flag_list};
use crate::components::compare::tables::{change_note, headline_table};
use crate::components::compare::{drawing, legend};

/// The slide's title, read out when it changes.
pub fn title(c: &Compared, slide: Slide) -> String {
    let name = |i: usize| c.comparison.options.get(i).map(|o| o.name.clone()).unwrap_or_default();
    match slide {
        Slide::Comparison => "The options side by side".into(),
        Slide::Chart => c.slide_chart.title.clone(),
        Slide::Figures(i) => name(i),
        Slide::Changes(i) => format!("What “{}” changes", name(i)),
    }
}

pub fn body(c: &Compared, slide: Slide) -> Html {
    match slide {
        Slide::Comparison => html! {
            <div class="slide-table">{ headline_table(&c.comparison.headline, "slide-headline") }</div>
        },
        Slide::Chart => html! {
            <div class="slide-chart">
                { drawing(&c.slide_chart, "slide-chart") }
                { legend(&c.slide_chart) }
            </div>
        },
        Slide::Figures(i) => figures(c, i),
        Slide::Changes(i) => changes_list(c.changes.get(i).map(Vec::as_slice).unwrap_or_default()),
    }
}

/// An option's headline figures, each with its difference and the baseline's figure.
fn figures(c: &Compared, i: usize) -> Html {
    let h = &c.comparison.headline;
    let (Some(base), Some(row)) = (h.rows.first(), h.rows.get(i + 1)) else { return Html::default() };
    let titles = h.columns.iter().skip(1);
    html! {
        <>
            <ul class="slide-figures">
                { for titles.zip(&row.cells).zip(&base.cells).map(|((column, cell), was)| html! {
                    <li class="slide-figure">
                        <h3>{ column.label.clone() }</h3>
                        <p class="slide-value">{ cell.value.clone() }</p>
                        if let Some(change) = &cell.change {
                            <p class="slide-change">{ change_note(change) }</p>
                        }
                        <p class="slide-base">{ format!("{}: {}", c.comparison.baseline, was.value) }</p>
                    </li>
                }) }
            </ul>
            <h3 class="slide-subhead">{ "Warnings and duties" }</h3>
            { flag_list(c.flags.get(i + 1).map(Vec::as_slice).unwrap_or_default()) }
        </>
    }
}
