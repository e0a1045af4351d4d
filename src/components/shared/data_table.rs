//! Draws a view [`Table`]: caption, column headers, row headers and figures.

use planner_view::table::{Column, Row, RowKind, Table};
use yew::prelude::*;

/// The id of a table's caption, for `aria-labelledby` on its scrolling wrapper.
pub fn caption_id(table: &Table) -> String {
    format!("{}-caption", table.id)
}

/// A table inside a keyboard-scrollable region, so wide tables never widen the page.
pub fn scrolling_table(table: &Table) -> Html {
    scrolling_table_as(table, None)
}

/// As [`scrolling_table`], with a class for where it is shown (`decide-table`).
pub fn scrolling_table_as(table: &Table, class: Option<&'static str>) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby={caption_id(table)}>
            { render_table(table, class) }
        </div>
    }
}

/// The one table renderer: every table of every view is a view-crate [`Table`].
pub fn render_table(table: &Table, class: Option<&'static str>) -> Html {
    html! {
        <table class={classes!("data-table", class)} id={table.id.clone()}>
            <caption id={caption_id(table)}>{ caption(&table.caption) }</caption>
            { column_headers(&table.columns) }
            { for table.groups.iter().map(|rows| html! {
                <tbody>{ for rows.iter().map(|r| render_row(r, &table.columns)) }</tbody>
            }) }
            if let Some(total) = &table.total {
                <tfoot>{ render_row(total, &table.columns) }</tfoot>
            }
        </table>
    }
}

/// A caption as the view crate words it, a quoted plan name in it isolated (the comparison's
/// and Decide's tables name plans). The first load's tables name none, and the isolating
/// code would cost its download 0.6 kB brotli.
#[cfg(feature = "full")]
fn caption(text: &str) -> Html {
    super::isolate::quoted(text)
}

#[cfg(not(feature = "full"))]
fn caption(text: &str) -> Html {
    html! { { text } }
}

/// The header row: one `<th>` per column, numeric ones aligned as figures.
pub(crate) fn column_headers(columns: &[Column]) -> Html {
    html! {
        <thead>
            <tr>
                { for columns.iter().map(|c| html! {
                    <th scope="col" class={classes!(c.numeric.then_some("num"))} dir="auto">{ c.label.clone() }</th>
                }) }
            </tr>
        </thead>
    }
}

/// One row: its header, then a cell per column after the first.
pub(crate) fn render_row(row: &Row, columns: &[Column]) -> Html {
    let class = match row.kind {
        RowKind::Detail => "row-detail",
        RowKind::Key => "row-key",
        RowKind::Subtotal => "row-subtotal",
        RowKind::Total => "row-total",
    };
    html! {
        <tr class={class}>
            <th scope="row" dir="auto">{ row.header.clone() }</th>
            { for row.cells.iter().zip(columns.iter().skip(1)).map(|(cell, column)| html! {
                <td class={classes!(column.numeric.then_some("num"))}>{ cell.clone() }</td>
            }) }
        </tr>
    }
}
