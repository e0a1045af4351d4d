//! The frame every Decide chart sits in: its title and summary, any legend, the drawing in
//! a frame that scrolls sideways on a phone, and the same figures as a table.

use planner_view::table::Table;
use yew::prelude::*;

use crate::components::shared::data_table::scrolling_table_as;
use crate::components::shared::isolate;

/// What a Decide chart shows around its drawing.
pub(super) struct Figure<'a> {
    /// `dcd-chart` or `dcd-odds-chart`.
    pub class: &'static str,
    /// The figure's id, which prefixes its heading's.
    pub id: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    /// The plans the summary names, each isolated where it stands.
    pub names: &'a [&'a str],
    pub table: &'a Table,
}

impl Figure<'_> {
    pub fn draw(&self, legend: Html, drawing: Html) -> Html {
        let id = self.id;
        html! {
            <figure class={classes!("chart", self.class)} id={id.to_string()}>
                <figcaption>
                    <h4 class="chart-title" id={format!("{id}-heading")}>{ isolate::names(self.title, self.names) }</h4>
                    <p class="chart-summary">{ isolate::names(self.summary, self.names) }</p>
                </figcaption>
                { legend }
                <div class="chart-frame" tabindex="0" role="region" aria-labelledby={format!("{id}-heading")}>
                    { drawing }
                </div>
                <details class="chart-data">
                    <summary>{ "Show the figures in this chart as a table" }</summary>
                    { scrolling_table_as(self.table, Some("decide-table")) }
                </details>
            </figure>
        }
    }
}
