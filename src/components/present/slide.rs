//! What each slide shows, in type large enough for the back of the room.

use planner_view::decide::DecisionFigures;
use planner_view::present::Slide;
use yew::prelude::*;

use crate::components::shared::compare_tables::{change_note, headline_table};
use crate::components::shared::compared::Compared;
use crate::components::shared::comparison_chart::{drawing, legend};
use crate::components::shared::data_table::scrolling_table_as;
use crate::components::shared::lists::{changes_list, flag_list};

/// The slide's title, read out when it changes.
pub fn title(c: &Compared, slide: Slide) -> String {
    let name = |i: usize| c.comparison.options.get(i).map(|o| o.name.clone()).unwrap_or_default();
    match slide {
        Slide::Comparison => "The options side by side".into(),
        Slide::Chart => c.slide_chart.title.clone(),
        Slide::Figures(i) => name(i),
        Slide::Changes(i) => format!("What “{}” changes", name(i)),
        Slide::Decision => "Decision figures".into(),
    }
}

pub fn body(c: &Compared, d: &DecisionFigures, slide: Slide) -> Html {
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
        Slide::Decision => decision(d),
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

/// The Decide view's figures with its default inputs: the odds at the review points, then
/// how early funding can stop within the limit and the largest pay award each plan absorbs.
fn decision(d: &DecisionFigures) -> Html {
    html! {
        <div class="slide-decision">
            <p class="slide-assumption">{ d.assumption.clone() }</p>
            if !d.failed.is_empty() {
                <ul class="slide-failed">{ for d.failed.iter().map(|f| html! { <li>{ f.clone() }</li> }) }</ul>
            }
            { scrolling_table_as(&d.odds_table("slide-decision-odds"), Some("decide-table")) }
            <ul class="slide-said">
                { for d.rows.iter().map(|r| html! {
                    <li>
                        <span class="slide-said-name"><bdi>{ r.name.clone() }</bdi>{ ": " }</span>
                        { format!("{} {}", r.stop_sentence, r.pay_award_sentence) }
                    </li>
                }) }
            </ul>
        </div>
    }
}
