//! "Odds at the review points": the chance that funding continues past each review point,
//! optional weighted pay-award cases, and for each plan the expected, median and 90th
//! percentile cost to the MPS, with a chart of its outcomes.

use std::rc::Rc;

use planner_engine::flags::AGREEMENT_EXPIRY;
use planner_engine::Month;
use planner_view::decide::{Blocked, InputField, OddsField, OddsInputs, OddsView, DEFAULT_CASES};
use yew::prelude::*;

use super::distribution::DistributionFigure;
use super::field::Input;
use crate::components::shared::data_table::scrolling_table_as;

#[derive(Properties, PartialEq)]
pub struct OddsSectionProps {
    /// Every plan's review points.
    pub months: Rc<Vec<Month>>,
    pub inputs: Rc<OddsInputs>,
    pub view: Rc<Result<OddsView, Blocked>>,
    pub onchange: Callback<OddsInputs>,
}

fn field(props: &OddsSectionProps, field: OddsField, label: String, hint: Option<&'static str>) -> Html {
    let (inputs, onchange) = (props.inputs.clone(), props.onchange.clone());
    let oninput = Callback::from(move |text: String| {
        onchange.emit(OddsInputs { typed: inputs.typed.with(field, text), cases_on: inputs.cases_on })
    });
    let typed = &props.inputs.typed;
    html! {
        <Input id={field.id()} {label} hint={hint.map(AttrValue::from)} value={typed.text(field)}
            error={typed.error(field).map(AttrValue::from)} suffix="%" {oninput} />
    }
}

#[component]
pub fn OddsSection(props: &OddsSectionProps) -> Html {
    let cases_on = props.inputs.cases_on;
    let toggle = {
        let (inputs, onchange) = (props.inputs.clone(), props.onchange.clone());
        Callback::from(move |_: Event| onchange.emit(OddsInputs { typed: inputs.typed.clone(), cases_on: !cases_on }))
    };
    let cases_error = match &*props.view {
        Err(Blocked::Cases(message)) => Some(message.clone()),
        _ => None,
    };
    html! {
        <section class="decide-part" aria-labelledby="decide-odds-heading">
            <h3 id="decide-odds-heading">{ "Odds at the review points" }</h3>
            <p class="decide-lead">
                { "Funding may stop at the expiry of the agreement in force and at each year end. Say how likely it is \
                   to continue past each point, if it gets there; every outcome is worked out exactly." }
            </p>
            <fieldset class="dcd-fieldset">
                <legend class="dcd-legend">{ "Chance that funding continues past each review point" }</legend>
                <div class="field-row">
                    { for props.months.iter().map(|m| {
                        let hint = if *m == AGREEMENT_EXPIRY { "The agreement expires" } else { "Year end" };
                        field(props, OddsField::Chance(*m), format!("Past {}", m.label()), Some(hint))
                    }) }
                </div>
            </fieldset>
            <div class="dcd-checkbox">
                <input type="checkbox" id="decide-cases-on" checked={cases_on} onchange={toggle}
                    aria-describedby="decide-cases-on-hint" />
                <label for="decide-cases-on">{ "Weigh low, central and high pay awards" }</label>
                <div id="decide-cases-on-hint" class="field-hint">
                    { "Each plan's own pay awards give way to the same award every September, in each case." }
                </div>
            </div>
            if cases_on {
                <fieldset class={classes!("dcd-fieldset", "dcd-cases", cases_error.is_some().then_some("field--error"))}
                    aria-describedby={cases_error.as_ref().map(|_| "decide-cases-error")}>
                    <legend class="dcd-legend">{ "Pay-award cases: the award every September and its weight" }</legend>
                    <div class="field-hint">{ "The weights must add up to 100%." }</div>
                    if let Some(message) = &cases_error {
                        <p id="decide-cases-error" class="field-error">
                            <span class="visually-hidden">{ "Error: " }</span>{ message.clone() }
                        </p>
                    }
                    { for DEFAULT_CASES.iter().enumerate().map(|(i, (name, _, _))| html! {
                        <div class="field-row">
                            { field(props, OddsField::CasePercent(i), format!("{name} award"), None) }
                            { field(props, OddsField::CaseWeight(i), format!("{name} weight"), None) }
                        </div>
                    }) }
                </fieldset>
            }
            { results(&props.view) }
        </section>
    }
}

fn results(view: &Result<OddsView, Blocked>) -> Html {
    match view {
        Ok(v) => html! {
            <>
                { scrolling_table_as(&v.table, Some("decide-table")) }
                <div class="dcd-odds-grid">
                    { for v.charts.iter().map(|c| html! { <DistributionFigure chart={Rc::new(c.clone())} /> }) }
                </div>
            </>
        },
        Err(Blocked::Fields) => html! {
            <p class="decide-waiting">{ "Correct the figures marked above to see the odds." }</p>
        },
        Err(Blocked::Cases(_)) => html! {
            <p class="decide-waiting">{ "Correct the pay-award weights above to see the odds." }</p>
        },
        Err(Blocked::Failed(message)) => html! {
            <div class="notice notice-error" role="alert"><p>{ message.clone() }</p></div>
        },
    }
}
