//! Draws a table of the Decide view: caption, column headers, row headers and figures, in a
//! region that scrolls sideways from the keyboard, so wide tables never widen the page.

use planner_view::decide::DataTable;
use yew::prelude::*;

use crate::components::results::data_table::{column_headers, render_row};

pub fn data_table(table: &DataTable) -> Html {
    let caption = format!("{}-caption", table.id);
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby={caption.clone()}>
            <table class="data-table decide-table" id={table.id.clone()}>
                <caption id={caption}>{ table.caption.clone() }</caption>
                { column_headers(&table.columns) }
                { for table.groups.iter().map(|rows| html! {
                    <tbody>{ for rows.iter().map(|r| render_row(r, &table.columns)) }</tbody>
                }) }
            </table>
        </div>
    }
}
