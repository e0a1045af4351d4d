//! A post built from its pay: pay group, salary and allowances (each with its pensionable
//! and uprated switches), and the month's build-up beside them, for a planner to check
//! against payroll. Full build only: the first load hands a plan with parts over.

use std::rc::Rc;

use planner_engine::edit::{Change, Field, PayField};
use planner_engine::{Month, PayGroup};
use planner_view::pay_build::{build_up_table, source_of, Figure};
use yew::prelude::*;

use super::super::list_row::ListRow;
use super::super::select_field::SelectField;
use super::check_field::CheckField;
use super::source_note;
use crate::components::shared::data_table::scrolling_table;
use crate::components::text_field::{scenario_field, FieldKind};
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct PayBuildProps {
    pub state: Rc<State>,
    pub index: usize,
    pub dispatch: Callback<Action>,
}

/// The pay group's choices: a built post needs one.
pub fn group_choices() -> Rc<Vec<(AttrValue, AttrValue)>> {
    Rc::new(PayGroup::ALL.iter().map(|g| (AttrValue::from(g.code()), AttrValue::from(g.describe()))).collect())
}

#[component]
pub fn PayBuild(props: &PayBuildProps) -> Html {
    let state = &props.state;
    let (i, dispatch) = (props.index, &props.dispatch);
    let scenario = &state.scenario;
    // The month shown: the horizon's first at first; the planner picks another to check.
    let month = use_state_eq(|| scenario.horizon.start);
    let Some(pay) = scenario.posts.get(i).and_then(|p| p.pay.as_ref()) else { return html! {} };
    let field =
        |f: PayField, label: &'static str, kind: FieldKind| scenario_field(state, dispatch, Field::Pay(f), label, kind);
    let allowances = pay.allowances.len();
    let remove = |j: usize| dispatch.reform(move |_: MouseEvent| Action::Change(Change::RemoveAllowance(i, j)));
    let onadd = dispatch.reform(move |_: MouseEvent| Action::Change(Change::AddAllowance(i)));
    let shown = if scenario.horizon.contains(*month) { *month } else { scenario.horizon.start };
    let months: Vec<Month> = scenario.horizon.months().collect();
    let onmonth = {
        let month = month.clone();
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            if let Ok(m) = Month::parse(&text) {
                month.set(m);
            }
        })
    };
    let month_id = format!("build-up-month-{i}");
    let group = Field::Pay(PayField::Group(i));
    html! {
        <div class="pay-build" role="group" aria-labelledby={format!("pay-build-{i}")}>
            <h4 class="pay-build-heading" id={format!("pay-build-{i}")}>{ "Built from pay" }</h4>
            <div class="pay-build-parts">
                <div class="pay-build-fields">
                    <div class="field-row">
                        <SelectField field={group} label="Pay group"
                            hint={Some(AttrValue::from("Which pay awards and pension rate apply"))}
                            choices={group_choices()} value={state.text(group)}
                            error={state.error(group).map(AttrValue::from)} dispatch={dispatch.clone()} />
                        { field(PayField::Salary(i), "Salary a year", FieldKind::Money) }
                    </div>
                    { source_note(source_of(scenario, Figure::Salary(i))) }
                    <div class="item-list">
                        { for (0..allowances).map(|j| html! {
                            <ListRow key={j} id={format!("allowance-{i}-{j}")} name={format!("Allowance {}", j + 1)}
                                remove_detail={format!("allowance {} of post {}", j + 1, i + 1)} onremove={remove(j)}>
                                { field(PayField::AllowanceName(i, j), "Name", FieldKind::Text) }
                                { field(PayField::AllowanceAnnual(i, j), "A year", FieldKind::Money) }
                                <CheckField field={Field::Pay(PayField::AllowancePensionable(i, j))} label="Pensionable"
                                    value={state.text(Field::Pay(PayField::AllowancePensionable(i, j)))} dispatch={dispatch.clone()} />
                                <CheckField field={Field::Pay(PayField::AllowanceUprated(i, j))} label="Raised by pay awards"
                                    value={state.text(Field::Pay(PayField::AllowanceUprated(i, j)))} dispatch={dispatch.clone()} />
                                { source_note(source_of(scenario, Figure::Allowance(i, j))) }
                            </ListRow>
                        }) }
                    </div>
                    <div class="button-row">
                        <button type="button" class="button button--secondary" onclick={onadd}>
                            { "Add an allowance" }<span class="visually-hidden">{ format!(" to post {}", i + 1) }</span>
                        </button>
                    </div>
                </div>
                <div class="pay-build-month">
                    <div class="field">
                        <label class="field-label" for={month_id.clone()}>{ "Build-up for the month" }</label>
                        <select id={month_id} class="select" onchange={onmonth}>
                            { for months.iter().map(|m| html! {
                                <option value={m.to_string()} selected={*m == shown}>{ m.label() }</option>
                            }) }
                        </select>
                    </div>
                    { for build_up_table(scenario, i, shown).map(|t| scrolling_table(&t)) }
                </div>
            </div>
        </div>
    }
}
