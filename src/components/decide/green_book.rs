//! "Green Book figures": each plan's cost to the MPS in cash by financial year (and by
//! quarter), in real terms and in present value, with the differences from business as
//! usual; the optimism bias and the deflator series are the planner's to change.

use std::rc::Rc;

use planner_engine::Scenario;
use planner_view::decide::{green_book_years, Blocked, GreenBookField, GreenBookView, InputField, Typed};
use yew::prelude::*;

use super::field::Input;
use crate::components::shared::data_table::scrolling_table_as;
use crate::components::shared::isolate::quoted;

#[derive(Properties, PartialEq)]
pub struct GreenBookSectionProps {
    pub scenarios: Rc<Vec<Scenario>>,
    pub inputs: Rc<Typed<GreenBookField>>,
    pub view: Rc<Result<GreenBookView, Blocked>>,
    pub onchange: Callback<Typed<GreenBookField>>,
}

fn field(props: &GreenBookSectionProps, field: GreenBookField, label: String, hint: Option<String>) -> Html {
    let (inputs, onchange) = (props.inputs.clone(), props.onchange.clone());
    let oninput = Callback::from(move |text: String| onchange.emit(inputs.with(field, text)));
    let suffix = (field == GreenBookField::OptimismBias).then_some(AttrValue::from("%"));
    html! {
        <Input id={field.id()} {label} hint={hint.map(AttrValue::from)} value={props.inputs.text(field)}
            error={props.inputs.error(field).map(AttrValue::from)} {suffix} {oninput} />
    }
}

#[component]
pub fn GreenBookSection(props: &GreenBookSectionProps) -> Html {
    let (base, years) = green_book_years(&props.scenarios);
    let source = match &*props.view {
        Ok(v) => v.deflator_source.clone(),
        Err(_) => String::new(),
    };
    html! {
        <section class="decide-part" aria-labelledby="decide-book-heading">
            <h3 id="decide-book-heading">{ "Green Book figures" }</h3>
            <p class="decide-lead">
                { format!("Cash shows what would be spent, for affordability. Real terms are in {} prices; present \
                    values are discounted at 3.5% a year to {}.", base.label(), base.label()) }
            </p>
            { field(props, GreenBookField::OptimismBias, "Optimism bias uplift".into(),
                Some("Added to the real terms and present values, not to cash. 0 for none.".into())) }
            <fieldset class="dcd-fieldset">
                <legend class="dcd-legend">{ "GDP deflator index by financial year" }</legend>
                <div class="dcd-illustrative">
                    <strong>{ "Illustrative: " }</strong>
                    { "the default is not a published series. Enter HM Treasury's GDP deflators for an appraisal." }
                </div>
                <div class="field-row">
                    { for years.iter().map(|r| field(props, GreenBookField::Deflator(r.fy), r.fy.label(),
                        Some(format!("Discount factor {}", r.discount_factor)))) }
                </div>
                if !source.is_empty() {
                    <p class="field-hint">{ format!("Source: {source}") }</p>
                }
            </fieldset>
            { results(&props.view) }
        </section>
    }
}

fn results(view: &Result<GreenBookView, Blocked>) -> Html {
    match view {
        Ok(v) => html! {
            <>
                { scrolling_table_as(&v.totals, Some("decide-table")) }
                { for v.plans.iter().map(|p| html! {
                    <div class="dcd-book-plan">
                        { scrolling_table_as(&p.years, Some("decide-table")) }
                        <details class="dcd-more">
                            <summary>{ quoted(&format!("Show “{}” by quarter", p.name)) }</summary>
                            { scrolling_table_as(&p.quarters, Some("decide-table")) }
                        </details>
                    </div>
                }) }
                <ul class="dcd-notes">{ for v.notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
            </>
        },
        Err(Blocked::Failed(message)) => html! {
            <div class="notice notice-error" role="alert"><p>{ message.clone() }</p></div>
        },
        Err(_) => html! {
            <p class="decide-waiting">{ "Correct the figures marked above to see the Green Book figures." }</p>
        },
    }
}
