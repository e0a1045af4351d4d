//! Every month, grouped by quarter and year: folded away so it does not swamp the page.

use std::rc::Rc;

use planner_view::results::ResultsView;
use planner_view::table::RowKind;
use yew::prelude::*;

use crate::components::shared::data_table::scrolling_table;
use crate::components::shared::folded::Folded;

#[derive(Properties, PartialEq)]
pub struct MonthTableProps {
    pub view: Rc<ResultsView>,
}

#[component]
pub fn MonthTable(props: &MonthTableProps) -> Html {
    let table = &props.view.months;
    let months = table.rows().filter(|r| r.kind == RowKind::Detail).count();
    html! {
        <section class="result-block" aria-labelledby="months-heading">
            <h3 id="months-heading">{ "Month by month" }</h3>
            <Folded class="month-details" summary={format!("Show all {months} months, with quarter and year totals")}
                contents={
                    let view = props.view.clone();
                    Callback::from(move |()| scrolling_table(&view.months))
                } />
        </section>
    }
}
