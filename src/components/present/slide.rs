//! What each slide shows, in type large enough for the back of the room. Tables too long
//! for one slide continue on the next, the baseline heading each page (`planner_view::present`).

use planner_engine::note::{Note, NotePart};
use planner_view::compare::HeadlineComparison;
use planner_view::decide::DecisionFigures;
use planner_view::flags::Severity;
use planner_view::note;
use planner_view::present::{
    continued, page_rows, pages, Slide, CHANGES_PER_SLIDE, DECISIONS_PER_SLIDE, OPTIONS_PER_SLIDE,
};
use planner_view::table::Table;
use yew::prelude::*;

use crate::components::shared::compare_tables::{change_note, headline_table};
use crate::components::shared::compared::Compared;
use crate::components::shared::comparison_chart::{drawing, legend};
use crate::components::shared::data_table::render_table;
use crate::components::shared::isolate;
use crate::components::shared::lists::changes_list;

/// The slide's title, read out when it changes.
pub fn title(c: &Compared, slide: Slide, confirmed: bool) -> String {
    let name = |i: usize| c.comparison.options.get(i).map(|o| o.name.clone()).unwrap_or_default();
    let tables = pages(c.options(), OPTIONS_PER_SLIDE);
    match slide {
        Slide::Comparison(p) => continued("The options side by side", p, tables),
        Slide::WhoPays(p) => continued("Who bears the cost", p, tables),
        Slide::Chart => c.slide_chart.title.clone(),
        Slide::Figures(i) => name(i),
        Slide::Note(i) => c.option_note(i).map(|n| note::slide_title(&name(i), n)).unwrap_or_default(),
        Slide::Changes(i, p) => {
            let of = pages(items(c, i).len(), CHANGES_PER_SLIDE);
            continued(&format!("What “{}” changes, and its warnings", name(i)), p, of)
        }
        Slide::Parts(n) => format!("Post cost by part: “{}”", c.names.get(n).cloned().unwrap_or_default()),
        Slide::Decision(p) => {
            continued("Decision figures", p, if confirmed { pages(c.options(), DECISIONS_PER_SLIDE) } else { 1 })
        }
    }
}

pub fn body(c: &Compared, d: Option<&DecisionFigures>, slide: Slide) -> Html {
    match slide {
        Slide::Comparison(p) => {
            let h = &c.comparison.headline;
            let page = HeadlineComparison { rows: page_rows(&h.rows, p, OPTIONS_PER_SLIDE), ..h.clone() };
            html! { <div class="slide-table">{ headline_table(&page, "slide-headline") }</div> }
        }
        Slide::WhoPays(p) => {
            let t = &c.who_pays;
            let rows: Vec<_> = t.rows().cloned().collect();
            let page = Table {
                id: "slide-who-pays".into(),
                groups: vec![page_rows(&rows, p, OPTIONS_PER_SLIDE)],
                ..t.clone()
            };
            html! { <div class="slide-table slide-who-pays">{ render_table(&page, None) }</div> }
        }
        Slide::Chart => html! {
            <div class="slide-chart">
                { drawing(&c.slide_chart, "slide-chart") }
                { legend(&c.slide_chart) }
            </div>
        },
        Slide::Figures(i) => figures(c, i),
        Slide::Note(i) => c.option_note(i).map(note_body).unwrap_or_default(),
        Slide::Changes(i, p) => {
            let all = items(c, i);
            let from = (p * CHANGES_PER_SLIDE).min(all.len());
            changes_list(&all[from..(from + CHANGES_PER_SLIDE).min(all.len())])
        }
        Slide::Decision(p) => decision(d, p),
        Slide::Parts(n) => match c.parts.get(n).and_then(Option::as_ref) {
            Some(t) => html! { <div class="slide-table">{ render_table(&t.with_id("slide-parts"), None) }</div> },
            None => Html::default(),
        },
    }
}

/// The slide's title with the plan's name isolated, so a right-to-left name cannot reorder
/// the words around it: the whole title on an option's figures, else what is in its quotes.
pub fn title_html(c: &Compared, slide: Slide, confirmed: bool) -> Html {
    let title = title(c, slide, confirmed);
    match slide {
        Slide::Figures(_) => html! { <bdi>{ title }</bdi> },
        _ => isolate::quoted(&title),
    }
}

/// An option's note: why, in the slide's large type, then its source and author.
fn note_body(n: &Note) -> Html {
    let why = (!n.why.is_empty()).then(|| n.why.clone());
    let rest: Vec<_> = note::lines(n).into_iter().filter(|(label, _)| *label != note::label(NotePart::Why)).collect();
    html! {
        <div class="slide-note" id="slide-note">
            if let Some(why) = why {
                <p class="slide-note-why" dir="auto">{ why }</p>
            }
            <dl class="slide-note-meta">
                { for rest.into_iter().map(|(label, text)| html! {
                    <div><dt>{ label }</dt><dd dir="auto">{ text }</dd></div>
                }) }
            </dl>
        </div>
    }
}

/// What option `i` changes, then its warnings and duties, one line each.
pub fn items(c: &Compared, i: usize) -> Vec<String> {
    let flags = c.flags.get(i + 1).map(Vec::as_slice).unwrap_or_default();
    let said = flags.iter().map(|f| match f.severity {
        Severity::Warning => format!("Warning: {}", f.message),
        Severity::Info => format!("Duty: {}", f.message),
    });
    c.changes.get(i).cloned().unwrap_or_default().into_iter().chain(said).collect()
}

/// An option's headline figures, a row each with its difference and the baseline's figure,
/// then who bears the cost when it moves.
fn figures(c: &Compared, i: usize) -> Html {
    let h = &c.comparison.headline;
    let (Some(base), Some(row)) = (h.rows.first(), h.rows.get(i + 1)) else { return Html::default() };
    let titles = h.columns.iter().skip(1);
    let moved = c.moved.get(i);
    html! {
        <>
            <table class="data-table slide-figures" id="slide-figures">
                <caption class="visually-hidden">{ format!("{}: headline figures", row.name) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Measure" }</th>
                        <th scope="col" class="num">{ "This option" }</th>
                        <th scope="col" class="num">{ "Difference" }</th>
                        <th scope="col" class="num"><bdi>{ c.comparison.baseline.clone() }</bdi></th>
                    </tr>
                </thead>
                <tbody>
                    { for titles.zip(&row.cells).zip(&base.cells).map(|((column, cell), was)| html! {
                        <tr>
                            <th scope="row">{ column.label.clone() }</th>
                            <td class="num slide-value">{ cell.value.clone() }</td>
                            <td class="num">{ for cell.change.as_ref().map(change_note) }</td>
                            <td class="num slide-base">{ was.value.clone() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if let Some(m) = moved {
                <p class="slide-moved">
                    { isolate::names(&m.moved.iter().chain([&m.overall]).cloned().collect::<Vec<_>>().join(" "), &c.names) }
                </p>
            }
        </>
    }
}

/// The decision figures with the confirmed assumptions beside them, or why there are none.
fn decision(d: Option<&DecisionFigures>, page: usize) -> Html {
    let Some(d) = d else {
        return html! {
            <div class="slide-decision slide-unconfirmed">
                <p>{ "No decision figures yet: their assumptions (a limit and the chance that funding continues \
                      at each review point) have not been confirmed." }</p>
                <p>{ "Confirm them in Decide, under “For the meeting”, to show the figures here." }</p>
            </div>
        };
    };
    let odds = d.odds_table("slide-decision-odds");
    let rows: Vec<_> = odds.rows().cloned().collect();
    let odds = Table { groups: vec![page_rows(&rows, page, DECISIONS_PER_SLIDE)], ..odds };
    let said = page_rows(&d.rows, page, DECISIONS_PER_SLIDE);
    html! {
        <div class="slide-decision">
            <p class="slide-assumption">{ format!("Confirmed: {}.", d.assumptions.join("; ")) }</p>
            if !d.failed.is_empty() && page == 0 {
                <ul class="slide-failed">{ for d.failed.iter().map(|f| html! { <li>{ f.clone() }</li> }) }</ul>
            }
            { render_table(&odds, Some("decide-table")) }
            <ul class="slide-said">
                { for said.iter().map(|r| html! {
                    <li>
                        <span class="slide-said-name"><bdi>{ r.name.clone() }</bdi>{ ": " }</span>
                        { format!("{} {}", r.stop_sentence, r.pay_award_sentence) }
                    </li>
                }) }
            </ul>
        </div>
    }
}
