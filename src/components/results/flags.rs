//! Warnings and duties, as plain sentences with an icon and a word for their kind.

use std::rc::Rc;

use planner_view::results::ResultsView;
use yew::prelude::*;

use crate::components::shared::flag_list::flag_list;

#[derive(Properties, PartialEq)]
pub struct FlagsProps {
    pub view: Rc<ResultsView>,
}

#[component]
pub fn Flags(props: &FlagsProps) -> Html {
    let flags = &props.view.flags;
    if flags.is_empty() {
        return Html::default();
    }
    html! {
        <section class="flags" aria-labelledby="flags-heading">
            <h3 id="flags-heading">{ "Warnings and duties" }</h3>
            { flag_list(flags) }
        </section>
    }
}
