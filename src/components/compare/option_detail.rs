//! One option: what it changes, its warnings, then its figures per financial year beside the baseline's.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::shared::compare_tables::option_table;
use crate::components::shared::compared::Compared;
use crate::components::shared::lists::{changes_list, flag_list, note_list};

#[derive(Properties, PartialEq)]
pub struct OptionDetailProps {
    pub compared: Rc<Compared>,
    /// The option's position among the options (0 is the first after the baseline).
    pub index: usize,
}

#[component]
pub fn OptionDetail(props: &OptionDetailProps) -> Html {
    let c = &props.compared;
    let i = props.index;
    let Some(option) = c.comparison.options.get(i) else { return Html::default() };
    let id = format!("compare-option-{i}");
    html! {
        <section class="compare-option" aria-labelledby={format!("{id}-heading")}>
            <h3 id={format!("{id}-heading")} dir="auto">{ option.name.clone() }</h3>
            if let Some(n) = c.option_note(i) {
                <h4>{ "Note" }</h4>
                { note_list(n, "compare-note") }
            }
            <h4>{ "What changes" }</h4>
            { changes_list(c.changes.get(i).map(Vec::as_slice).unwrap_or_default()) }
            <h4>{ "Who bears the cost" }</h4>
            { changes_list(&c.moved.get(i).map(|m| m.lines()).unwrap_or_default()) }
            <h4>{ "Warnings and duties" }</h4>
            { flag_list(c.flags.get(i + 1).map(Vec::as_slice).unwrap_or_default()) }
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby={format!("{id}-table-caption")}>
                { option_table(option, &c.comparison.baseline, &format!("{id}-table")) }
            </div>
        </section>
    }
}
