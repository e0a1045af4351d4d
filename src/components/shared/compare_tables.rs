//! The comparison tables: every plan's headline figures with its difference from the
//! baseline, and each option per financial year. A difference is told by its sign and the
//! words "worse" or "better", with colour only as an extra; its sentence is the title.

use planner_view::compare::{Difference, Direction, HeadlineComparison, OptionComparison};
use yew::prelude::*;

/// `+£95,648 (+33.3%) worse`; `no change`; `—` when not comparable.
pub fn change_text(c: &Difference) -> String {
    let mut parts = vec![c.amount.clone()];
    // "n/a" (a baseline of zero has no percentage) would only puzzle the reader.
    if c.percent != c.amount && c.percent != "n/a" {
        parts.push(format!("({})", c.percent));
    }
    match c.direction {
        Direction::Worse | Direction::Better => parts.push(c.direction.name().into()),
        Direction::Same | Direction::Neutral => {}
    }
    parts.join(" ")
}

pub fn change_note(c: &Difference) -> Html {
    let class = classes!("cmp-change", format!("cmp-{}", c.direction.name()));
    html! { <span class={class} title={c.words.clone()}>{ change_text(c) }</span> }
}

/// A figure, and beneath it its difference from the baseline.
fn figure(value: &str, change: Option<&Difference>) -> Html {
    html! {
        <>
            <span class="cmp-value">{ value.to_string() }</span>
            { for change.map(change_note) }
        </>
    }
}

/// The headline comparison: one row per plan, the baseline first. `id` keeps the ids of
/// the page, the sheet and the slide apart.
pub fn headline_table(h: &HeadlineComparison, id: &str) -> Html {
    html! {
        <table class="data-table cmp-table" id={id.to_string()}>
            <caption id={format!("{id}-caption")}>{ super::isolate::quoted(&h.caption) }</caption>
            <thead>
                <tr>
                    { for h.columns.iter().map(|c| html! {
                        <th scope="col" class={classes!(c.numeric.then_some("num"))}><bdi>{ c.label.clone() }</bdi></th>
                    }) }
                </tr>
            </thead>
            <tbody>
                { for h.rows.iter().map(|row| html! {
                    <tr class={classes!(row.is_baseline.then_some("cmp-baseline"))}>
                        <th scope="row">
                            <bdi>{ row.name.clone() }</bdi>
                            if row.is_baseline { <span class="cmp-role">{ "the baseline" }</span> }
                        </th>
                        { for row.cells.iter().map(|c| html! {
                            <td class="num">{ figure(&c.value, c.change.as_ref()) }</td>
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// One option per financial year and in total: per measure, the option's figures with
/// their differences, then the baseline's beneath them.
pub fn option_table(option: &OptionComparison, baseline: &str, id: &str) -> Html {
    html! {
        <table class="data-table cmp-table cmp-detail" id={id.to_string()}>
            <caption id={format!("{id}-caption")}>
                { super::isolate::names(&option.caption, &[option.name.as_str(), baseline]) }{ ", per financial year and in total" }
            </caption>
            <thead>
                <tr>
                    <th scope="col">{ "Measure" }</th>
                    { for option.periods.iter().map(|p| html! { <th scope="col" class="num">{ p.clone() }</th> }) }
                </tr>
            </thead>
            { for option.rows.iter().map(|row| html! {
                <tbody>
                    <tr>
                        <th scope="row">{ row.title }</th>
                        { for row.cells.iter().map(|c| html! {
                            <td class="num">{ figure(&c.value, Some(&c.change)) }</td>
                        }) }
                    </tr>
                    <tr class="cmp-baseline">
                        <th scope="row"><span class="visually-hidden">{ format!("{}: ", row.title) }</span><bdi>{ baseline.to_string() }</bdi></th>
                        { for row.cells.iter().map(|c| html! { <td class="num">{ c.baseline.clone() }</td> }) }
                    </tr>
                </tbody>
            }) }
        </table>
    }
}
