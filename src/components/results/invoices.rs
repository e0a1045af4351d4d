//! Quarterly invoices to the funder, and what it owes at most.

use std::rc::Rc;

use planner_view::results::ResultsView;
use yew::prelude::*;

use crate::components::shared::data_table::scrolling_table;

#[derive(Properties, PartialEq)]
pub struct InvoicesProps {
    pub view: Rc<ResultsView>,
}

#[component]
pub fn Invoices(props: &InvoicesProps) -> Html {
    let view = &props.view;
    let none = view.invoices.rows().next().is_none();
    html! {
        <section class="result-block" aria-labelledby="invoices-heading">
            <h3 id="invoices-heading">{ "Invoices and cash" }</h3>
            <p>{ format!("{} {}", view.cash_note, view.invoice_note) }</p>
            if none {
                <p>{ "No invoices: nothing is claimed from the grant." }</p>
            } else {
                { scrolling_table(&view.invoices) }
            }
        </section>
    }
}
