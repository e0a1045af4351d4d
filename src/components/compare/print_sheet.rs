//! The A4 landscape options sheet for the meeting pack: hidden on screen, it is all that
//! prints from the compare view (`styles/print.css`). Title, date, the plans, the headline
//! comparison, the running-total chart and each plan's warnings.

use std::rc::Rc;

use planner_view::decide::DecisionFigures;
use planner_view::present::long_date;
use wasm_bindgen::prelude::wasm_bindgen;
use yew::prelude::*;

use crate::components::shared::compare_tables::headline_table;
use crate::components::shared::compared::Compared;
use crate::components::shared::comparison_chart::{drawing, legend};
use crate::components::shared::data_table::scrolling_table_as;
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

#[derive(Properties, PartialEq)]
pub struct PrintSheetProps {
    pub compared: Rc<Compared>,
    /// The Decide view's figures with its default inputs.
    pub decision: Rc<DecisionFigures>,
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
            <header class="sheet-head">
                <h2 class="sheet-title">{ "MARSOC funding options" }</h2>
                <p class="sheet-date">{ today() }</p>
                <p class="sheet-plans">{ plans }</p>
            </header>
            { headline_table(&c.comparison.headline, "print-headline") }
            <section class="sheet-decision" aria-labelledby="sheet-decision-heading">
                <h3 id="sheet-decision-heading">{ "Decision figures (default assumptions)" }</h3>
                { scrolling_table_as(&props.decision.table("print-decision"), Some("decide-table")) }
            </section>
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
    }
}
