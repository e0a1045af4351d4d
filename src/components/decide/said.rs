//! The switching values in plain sentences: which plan costs the MPS less at each stop
//! month (each option against business as usual; the other pairs folded away) and the
//! largest pay award each plan's caps absorb.

use std::rc::Rc;

use planner_engine::analysis::CurveComparison;
use planner_view::decide::said::segment_sentence;
use planner_view::decide::{Curves, Said};
use yew::prelude::*;

use crate::components::shared::isolate::names;

/// A sentence per plan, the plan's name first.
pub fn said_list(said: &[Said], id: &'static str) -> Html {
    html! {
        <ul class="dcd-said" id={id}>
            { for said.iter().map(|s| html! {
                <li><span class="dcd-plan-name"><bdi>{ s.name.clone() }</bdi>{ ": " }</span>{ s.sentence.clone() }</li>
            }) }
        </ul>
    }
}

fn comparisons(list: &[CurveComparison]) -> Html {
    html! {
        <ul class="dcd-said">
            { for list.iter().map(|c| {
                let pair = [c.first.as_str(), c.second.as_str()];
                html! {
                    <li>
                        <span class="dcd-plan-name">{ names(&format!("“{}” against “{}”", c.second, c.first), &pair) }</span>
                        <ul>{ for c.segments.iter().map(|s| html! { <li>{ names(&segment_sentence(&c.first, &c.second, s), &pair) }</li> }) }</ul>
                    </li>
                }
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct SwitchingProps {
    pub curves: Rc<Curves>,
}

#[component]
pub fn Switching(props: &SwitchingProps) -> Html {
    let c = &props.curves;
    html! {
        <section class="decide-part" aria-labelledby="decide-switching-heading">
            <h3 id="decide-switching-heading">{ "Which plan costs the MPS less, and pay awards" }</h3>
            <h4>{ "Which plan costs less if funding stops after a given month" }</h4>
            if c.against_baseline.is_empty() && c.between_options.is_empty() {
                <p>{ "Add an option with the same period as business as usual to compare them here." }</p>
            } else {
                { comparisons(&c.against_baseline) }
                if !c.between_options.is_empty() {
                    <details class="dcd-more">
                        <summary>{ match c.between_options.len() {
                            1 => "Show the other pair of options".to_string(),
                            n => format!("Show the other {n} pairs of options"),
                        } }</summary>
                        { comparisons(&c.between_options) }
                    </details>
                }
            }
            <h4>{ "The largest pay award the caps absorb" }</h4>
            <p class="decide-lead">
                { "The same award every September, in place of the plan's own pay awards, with no financial year's \
                   claims above its cap; found to 0.01%." }
            </p>
            { said_list(&c.pay_award_sentences(), "decide-pay-award-sentences") }
        </section>
    }
}
