//! The compare view: every option beside the baseline (business as usual), with the
//! differences, a chart of the running totals and what each option changes; meeting mode
//! ([`crate::components::present`]) and the A4 options sheet (printed from here).

mod option_detail;
mod print_sheet;

use std::rc::Rc;

use planner_engine::Scenario;
use planner_view::decide::decision_figures;
use yew::prelude::*;

use crate::components::present::Presentation;
use crate::components::shared::compared::Compared;
use crate::components::shared::comparison_chart::ComparisonFigure;
use crate::components::shared::data_table::scrolling_table_as;
use crate::state::{Action, State, View};
use option_detail::OptionDetail;
use print_sheet::PrintSheet;

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
}

fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        // Fails only on a detached element: nothing useful to do then.
        let _ = element.focus();
    }
}

#[component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let compared = use_memo(props.state.workspace.clone(), |w| Compared::new(w.clone()));
    // The decision figures for the last slide and the sheet: worked out once for the
    // workspace, not on each slide.
    // Only with the assumptions the planner confirmed in Decide: none, no decision figures.
    let decision = use_memo((props.state.workspace.clone(), props.state.assumptions.clone()), |(w, a)| {
        let scenarios: Vec<Scenario> = w.entries.iter().map(|e| (*e.scenario).clone()).collect();
        a.as_ref().map(|a| decision_figures(&scenarios, a))
    });
    let presenting = use_state(|| false);
    let heading = use_node_ref();
    let present_button = use_node_ref();
    let was_open = use_mut_ref(|| false);
    // Arriving here, the control that led here may be gone: start reading at the heading.
    use_effect_with(heading.clone(), focus);
    // Leaving meeting mode, focus goes back to the button that opened it.
    use_effect_with((*presenting, present_button.clone()), move |(open, button)| {
        let opened_before = std::mem::replace(&mut *was_open.borrow_mut(), *open);
        if opened_before && !*open {
            focus(button);
        }
    });
    let back = props.dispatch.reform(|_| Action::ShowView(View::Edit));
    let confirm_in_decide = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| crate::components::decide::open_at_confirm(&dispatch))
    };
    let present = {
        let presenting = presenting.clone();
        Callback::from(move |_| presenting.set(true))
    };
    let close = {
        let presenting = presenting.clone();
        Callback::from(move |()| presenting.set(false))
    };
    let print = Callback::from(|_| {
        // The browser's print dialog; print.css lays out the options sheet.
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let as_at = use_memo(props.state.workspace.clone(), |w| {
        planner_view::monitoring::as_at_of(w.entries.iter().map(|e| &*e.scenario))
    });
    // The sheet carries business as usual's split of actual and forecast.
    let outturn = use_memo(props.state.workspace.clone(), |w| {
        let s = w.scenario(0)?;
        let outcome = planner_engine::evaluate(s).ok()?;
        planner_view::monitoring::monitoring(s, &outcome).map(|m| m.outturn.with_id("print-outturn"))
    });
    let c = &compared;
    let empty = c.options() == 0;
    html! {
        <section class="compare" aria-labelledby="compare-heading">
            <div class="compare-screen">
                <div class="compare-actions">
                    <button type="button" class="button button--secondary" onclick={back}>{ "Back to editing" }</button>
                    if !empty {
                        <button type="button" class="button button--primary" ref={present_button} onclick={present}>
                            { "Present" }
                        </button>
                        <button type="button" class="button button--secondary" onclick={print}>
                            { "Print the options sheet" }
                        </button>
                    }
                </div>
                <h2 id="compare-heading" tabindex="-1" ref={heading}>{ "Compare options" }</h2>
                if !empty && props.state.assumptions.is_none() {
                    <p class="compare-note">
                        { "The last slides and the options sheet show decision figures once you confirm their                            assumptions in Decide. " }
                        <button type="button" class="button button--secondary" onclick={confirm_in_decide}>
                            { "Confirm them in Decide" }
                        </button>
                    </p>
                }
                if !c.failed.is_empty() {
                    <div class="notice notice-error" role="alert">
                        <p>{ "These scenarios could not be worked out, so they are left out:" }</p>
                        <ul>{ for c.failed.iter().map(|f| html! { <li>{ f.clone() }</li> }) }</ul>
                    </div>
                }
                if empty {
                    <div class="compare-empty">
                        <h3>{ "Add an option to compare" }</h3>
                        <p>{ "Your work holds only " }<bdi>{ c.comparison.baseline.clone() }</bdi>{ ". An option is another \
                            version of the plan: a ready-made one such as “Agreement lapses December 2023”, or a copy you change." }</p>
                        <p>{ "Go back to editing, add one or more options, then compare them here: each option's \
                            figures beside the baseline, the differences, and what each option changes." }</p>
                    </div>
                } else {
                    <p class="compare-intro">
                        { "Each option beside " }<bdi>{ c.comparison.baseline.clone() }</bdi>{ ", over its whole plan, in whole \
                            pounds. A difference shows its sign and whether it is better or worse." }
                    </p>
                    if let Some(as_at) = &*as_at {
                        <p class="compare-note actuals-as-at">{ as_at.clone() }</p>
                    }
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-headline-caption">
                        { crate::components::shared::compare_tables::headline_table(&c.comparison.headline, "compare-headline") }
                    </div>
                    <h3>{ "Who bears the cost" }</h3>
                    { scrolling_table_as(&c.who_pays, Some("who-pays-table")) }
                    <ComparisonFigure chart={c.chart.clone()} id="compare-chart" with_table=true />
                    { for (0..c.options()).map(|i| html! { <OptionDetail compared={c.clone()} index={i} /> }) }
                }
            </div>
            <PrintSheet compared={c.clone()} decision={decision.clone()} as_at={(*as_at).clone().map(AttrValue::from)}
                {outturn} />
            if *presenting {
                <Presentation compared={c.clone()} {decision} onclose={close} />
            }
        </section>
    }
}
