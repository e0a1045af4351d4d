//! "How early can funding stop?": the planner's limit, what it means for each plan in a
//! sentence, and every plan's stop-month curve with the limit drawn across it.

use std::rc::Rc;

use planner_view::chart::decide::CurveChart;
use planner_view::decide::Said;
use yew::prelude::*;

use super::curve_figure::CurveFigure;
use super::field::Input;
use super::said::said_list;

#[derive(Properties, PartialEq)]
pub struct StopSectionProps {
    /// The limit as typed.
    pub limit: AttrValue,
    pub error: Option<AttrValue>,
    /// A sentence per plan, when the limit is valid.
    pub sentences: Rc<Option<Vec<Said>>>,
    pub chart: Rc<CurveChart>,
    pub onlimit: Callback<String>,
}

#[component]
pub fn StopSection(props: &StopSectionProps) -> Html {
    html! {
        <section class="decide-part" aria-labelledby="decide-stop-heading">
            <h3 id="decide-stop-heading">{ "How early can funding stop?" }</h3>
            <p class="decide-lead">
                { "The cost to the MPS is the unfunded pressure: what the posts cost after funding stops, and any cost \
                   above a cap. Each plan keeps what its posts do when funding stops; only the month changes." }
            </p>
            <Input id="decide-limit" label="The most unfunded pressure the MPS can take"
                hint="In pounds over the whole plan, such as 100,000"
                value={props.limit.clone()} error={props.error.clone()} prefix="£" width="input--money"
                oninput={props.onlimit.clone()} />
            if let Some(sentences) = &*props.sentences {
                { said_list(sentences, "decide-limit-sentences") }
            } else {
                <p class="decide-waiting">{ "Enter an amount in pounds to see how early each plan's funding can stop." }</p>
            }
            <CurveFigure chart={props.chart.clone()} />
        </section>
    }
}
