//! Draws a table of the Decide view: caption, column headers, row headers and figures, in a
//! region that scrolls sideways from the keyboard, so wide tables never widen the page.

use planner_engine::analysis_view::DataTable;
use planner_engine::view::{Column, Row, RowKind};
use yew::prelude::*;

pub fn data_table(table: &DataTable) -> Html {
    let caption = format!("{}-caption", table.id);
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby={caption.clone()}>
            <table class="data-table decide-table" id={table.id.clone()}>
                <caption id={caption}>{ table.caption.clone() }</caption>
                <thead>
                    <tr>
                        { for table.columns.iter().map(|c| html! {
                            <th scope="col" class={classes!(c.numeric.then_some("num"))}>{ c.label.clone() }</th>
                        }) }
                    </tr>
                </thead>
                { for table.groups.iter().map(|rows| html! {
                    <tbody>{ for rows.iter().map(|r| row(r, &table.columns)) }</tbody>
                }) }
            </table>
        </div>
    }
}

fn row(row: &Row, columns: &[Column]) -> Html {
    let class = match row.kind {
        RowKind::Detail => "row-detail",
        RowKind::Key => "row-key",
        RowKind::Subtotal => "row-subtotal",
        RowKind::Total => "row-total",
    };
    html! {
        <tr class={class}>
            <th scope="row">{ row.header.clone() }</th>
            { for row.cells.iter().zip(columns.iter().skip(1)).map(|(cell, column)| html! {
                <td class={classes!(column.numeric.then_some("num"))}>{ cell.clone() }</td>
            }) }
        </tr>
    }
}
