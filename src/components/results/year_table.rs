//! The figures of each financial year, with a total row.

use std::rc::Rc;

use planner_view::results::ResultsView;
use yew::prelude::*;

use crate::components::shared::data_table::scrolling_table;

#[derive(Properties, PartialEq)]
pub struct YearTableProps {
    pub view: Rc<ResultsView>,
}

#[component]
pub fn YearTable(props: &YearTableProps) -> Html {
    html! {
        <section class="result-block" aria-labelledby="years-heading">
            <h3 id="years-heading">{ "By financial year" }</h3>
            { scrolling_table(&props.view.years) }
        </section>
    }
}
