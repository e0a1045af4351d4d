//! The A4 landscape options sheet for the meeting pack: hidden on screen, it is all that
//! prints from the compare view (`styles/compare.css`, `@media print`). Page 1: title, date,
//! the report's position, the headline comparison, who bears the cost and the decision
//! figures (once confirmed). Page 2: what each plan assumes, the running-total chart, and
//! beside it each plan's note and warnings. Page numbers come from `styles/print.css`.

use std::rc::Rc;

use planner_engine::defaults::ILLUSTRATIVE_SPLIT_NOTE;
use planner_view::decide::DecisionFigures;
use planner_view::note;
use planner_view::position::{EXPIRY_WARNING, REPORT_POSITION};
use planner_view::present::long_date;
use wasm_bindgen::prelude::wasm_bindgen;
use yew::prelude::*;

use crate::components::shared::compare_tables::headline_table;
use crate::components::shared::compared::Compared;
use crate::components::shared::comparison_chart::{drawing, legend};
use crate::components::shared::data_table::render_table;
use crate::components::shared::isolate;
use crate::components::shared::lists::flag_list;

#[wasm_bindgen]
extern "C" {
    /// The browser's clock, read only for the date printed on the sheet.
    type Date;
    #[wasm_bindgen(constructor)]
    fn new() -> Date;
    #[wasm_bindgen(method, js_name = getFullYear)]
    fn year(this: &Date) -> i32;
    #[wasm_bindgen(method, js_name = getMonth)]
    fn month0(this: &Date) -> u32;
    #[wasm_bindgen(method, js_name = getDate)]
    fn day(this: &Date) -> u32;
}

/// Today as `26 November 2026`.
fn today() -> String {
    let now = Date::new();
    long_date(now.year(), now.month0() + 1, now.day()).unwrap_or_default()
}

/// Each plan's note, beside the chart above the warnings; nothing when no plan has one.
fn notes(c: &Compared) -> Html {
    let noted: Vec<_> = c.names.iter().zip(&c.notes).filter_map(|(name, n)| Some((name, n.as_ref()?))).collect();
    if noted.is_empty() {
        return Html::default();
    }
    html! {
        <section class="sheet-notes" aria-labelledby="sheet-notes-heading">
            <h3 id="sheet-notes-heading">{ "Notes" }</h3>
            <ul>
                { for noted.into_iter().map(|(name, n)| html! {
                    <li><strong><bdi>{ name.clone() }</bdi>{ ": " }</strong><bdi>{ note::said(n) }</bdi></li>
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PrintSheetProps {
    pub compared: Rc<Compared>,
    /// The decision figures with the confirmed assumptions; none before.
    pub decision: Rc<Option<DecisionFigures>>,
    /// `Actuals to Sep 2024: every plan shares them.`, when there are actuals.
    pub as_at: Option<AttrValue>,
    /// Business as usual's outturn by year, actual and forecast, when it has actuals.
    pub outturn: Rc<Option<planner_view::table::Table>>,
}

#[component]
pub fn PrintSheet(props: &PrintSheetProps) -> Html {
    let c = &props.compared;
    let options = c.names.iter().skip(1).cloned().collect::<Vec<_>>();
    let plans = match options.len() {
        0 => format!("{} only: no options yet.", c.comparison.baseline),
        n => format!(
            "{} and {n} option{}: {}.",
            c.comparison.baseline,
            if n == 1 { "" } else { "s" },
            options.join("; ")
        ),
    };
    html! {
        <div class="print-sheet">
            <section class="sheet-page">
                <header class="sheet-head">
                    <h2 class="sheet-title">{ "MARSOC funding options" }</h2>
                    <p class="sheet-date">{ today() }</p>
                    <p class="sheet-plans">{ isolate::names(&plans, &c.names) }</p>
                    <p class="sheet-position">
                        <strong>{ "The report's position: " }</strong>{ REPORT_POSITION }{ " " }{ ILLUSTRATIVE_SPLIT_NOTE }
                    </p>
                    <p class="sheet-position"><strong>{ "Warning: " }</strong>{ EXPIRY_WARNING }</p>
                    if let Some(as_at) = &props.as_at {
                        <p class="sheet-position"><strong>{ "As at: " }</strong>{ as_at.clone() }</p>
                    }
                </header>
                { headline_table(&c.comparison.headline, "print-headline") }
                <h3>{ "Who bears the cost" }</h3>
                { render_table(&c.who_pays.with_id("print-who-pays"), Some("who-pays-table")) }
                <ul class="sheet-moved">
                    { for c.names.iter().skip(1).zip(&c.moved).filter_map(|(name, m)| m.moved.as_ref().map(|said| html! {
                        <li><strong><bdi>{ name.clone() }</bdi>{ ": " }</strong>{ format!("{said} {}", m.overall) }</li>
                    })) }
                </ul>
                if let Some(outturn) = props.outturn.as_ref() {
                    <h3><bdi>{ c.comparison.baseline.clone() }</bdi>{ ": forecast outturn, actual and forecast" }</h3>
                    { render_table(outturn, Some("outturn-table")) }
                }
                <section class="sheet-decision" aria-labelledby="sheet-decision-heading">
                    <h3 id="sheet-decision-heading">{ "Decision figures" }</h3>
                    if let Some(d) = props.decision.as_ref() {
                        <p class="sheet-assumptions">{ format!("Confirmed assumptions: {}.", d.assumptions.join("; ")) }</p>
                        { render_table(&d.table("print-decision"), Some("decide-table")) }
                    } else {
                        <p>{ "None shown: the assumptions they need (a limit and the odds at the review points) \
                              have not been confirmed in Decide." }</p>
                    }
                </section>
            </section>
            <section class="sheet-page sheet-page-2">
                { render_table(&c.assumes.with_id("print-assumes"), Some("sheet-assumes")) }
                { for c.parts.iter().enumerate().filter_map(|(n, t)| t.as_ref().map(|t| {
                    render_table(&t.with_id(&format!("print-parts-{n}")), Some("sheet-parts"))
                })) }
                <div class="sheet-body">
                    <div class="sheet-chart">
                        <h3>{ c.print_chart.title.clone() }</h3>
                        { legend(&c.print_chart) }
                        { drawing(&c.print_chart, "print-chart") }
                        <p class="sheet-foot">
                            { "Whole pounds over each plan's whole period; differences are from the baseline. Made \
                               with the MARSOC Funding Planner: its planner command re-derives every figure." }
                        </p>
                    </div>
                    <div class="sheet-side">
                    { notes(c) }
                    <section class="sheet-flags">
                        <h3>{ "Warnings and duties" }</h3>
                        { for c.names.iter().zip(&c.flags).map(|(name, flags)| html! {
                            <div class="sheet-flag-plan">
                                <h4 dir="auto">{ name.clone() }</h4>
                                { flag_list(flags) }
                            </div>
                        }) }
                    </section>
                    </div>
                </div>
            </section>
        </div>
    }
}
