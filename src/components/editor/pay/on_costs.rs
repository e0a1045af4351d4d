//! On-costs: employer National Insurance (a rate above a monthly threshold), the pension
//! rate of each pay group and the apprenticeship levy, each from a month; "Use the
//! published rates" fills all three from the data file in one undoable step.

use std::rc::Rc;

use planner_engine::edit::{Change, Field, OnCostList, PayField};
use planner_view::pay_build::{source_of, Figure};
use yew::prelude::*;

use super::super::list_row::ListRow;
use super::super::select_field::SelectField;
use super::super::StateProps;
use super::build::group_choices;
use super::source_note;
use crate::components::text_field::{scenario_field, FieldKind};
use crate::state::{Action, State};

/// One on-cost list: its heading, rows and "Add" button.
struct List {
    list: OnCostList,
    heading: &'static str,
    id: &'static str,
    item: &'static str,
    add: &'static str,
    empty: &'static str,
}

const LISTS: [List; 3] = [
    List {
        list: OnCostList::EmployerNi,
        heading: "Employer National Insurance",
        id: "on-costs-ni",
        item: "NI rate",
        add: "Add an NI rate",
        empty: "No employer NI: none is added to pay.",
    },
    List {
        list: OnCostList::Pension,
        heading: "Employer pension",
        id: "on-costs-pension",
        item: "Pension rate",
        add: "Add a pension rate",
        empty: "No employer pension rate: none is added to pensionable pay.",
    },
    List {
        list: OnCostList::ApprenticeshipLevy,
        heading: "Apprenticeship levy",
        id: "on-costs-levy",
        item: "Levy rate",
        add: "Add a levy rate",
        empty: "No apprenticeship levy.",
    },
];

fn rows(state: &State, list: OnCostList) -> usize {
    let c = &state.scenario.on_costs;
    match list {
        OnCostList::EmployerNi => c.employer_ni.len(),
        OnCostList::Pension => c.pension.len(),
        OnCostList::ApprenticeshipLevy => c.apprenticeship_levy.len(),
    }
}

fn fields(state: &Rc<State>, dispatch: &Callback<Action>, list: OnCostList, k: usize) -> Html {
    let field =
        |f: PayField, label: &'static str, kind: FieldKind| scenario_field(state, dispatch, Field::Pay(f), label, kind);
    let s = &state.scenario;
    match list {
        OnCostList::EmployerNi => html! {
            <>
                { field(PayField::NiFrom(k), "From", FieldKind::Month) }
                { field(PayField::NiRate(k), "Rate", FieldKind::Percent) }
                { field(PayField::NiThreshold(k), "Above, a month", FieldKind::Money) }
                { source_note(source_of(s, Figure::EmployerNi(k))) }
            </>
        },
        OnCostList::Pension => {
            let group = Field::Pay(PayField::PensionGroup(k));
            html! {
                <>
                    <SelectField field={group} label="For" choices={group_choices()} value={state.text(group)}
                        error={state.error(group).map(AttrValue::from)} dispatch={dispatch.clone()} />
                    { field(PayField::PensionFrom(k), "From", FieldKind::Month) }
                    { field(PayField::PensionRate(k), "Rate", FieldKind::Percent) }
                    { source_note(source_of(s, Figure::Pension(k))) }
                </>
            }
        }
        OnCostList::ApprenticeshipLevy => html! {
            <>
                { field(PayField::LevyFrom(k), "From", FieldKind::Month) }
                { field(PayField::LevyRate(k), "Rate", FieldKind::Percent) }
                { source_note(source_of(s, Figure::ApprenticeshipLevy(k))) }
            </>
        },
    }
}

#[component]
pub fn OnCosts(props: &StateProps) -> Html {
    let state = &props.state;
    let dispatch = &props.dispatch;
    // Open when there are rates, or when the first load handed over to open it.
    let opened = use_state(|| crate::shell::opening_on_start(crate::state::Opening::OnCosts));
    let open = *opened || !state.scenario.on_costs.is_empty();
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |e: Event| opened.set(e.target_unchecked_into::<web_sys::Element>().has_attribute("open")))
    };
    let onpublished = dispatch.reform(|_: MouseEvent| Action::Change(Change::UsePublishedRates));
    html! {
        <details class="editor-group on-costs" id="editor-on-costs" {open} {ontoggle}>
            <summary class="on-costs-summary">{ "On-costs" }</summary>
            <p class="field-hint">
                { "Added to the pay of posts built from their pay, month by month: the rate in force is the one \
                   with the latest start on or before the month. All-in posts already include their on-costs." }
            </p>
            <div class="button-row">
                <button type="button" class="button button--secondary" id="use-published-rates" onclick={onpublished}>
                    { "Use the published rates" }
                </button>
            </div>
            { for LISTS.iter().map(|l| {
                let count = rows(state, l.list);
                let list = l.list;
                let onadd = dispatch.reform(move |_: MouseEvent| Action::Change(Change::AddOnCost(list)));
                html! {
                    <section class="on-cost-list" aria-labelledby={l.id}>
                        <h4 id={l.id}>{ l.heading }</h4>
                        if count == 0 {
                            <p class="editor-empty">{ l.empty }</p>
                        }
                        <div class="item-list">
                            { for (0..count).map(|k| {
                                let onremove = dispatch.reform(move |_: MouseEvent| Action::Change(Change::RemoveOnCost(list, k)));
                                html! {
                                    <ListRow key={k} id={format!("{}-{k}", l.id)} name={format!("{} {}", l.item, k + 1)}
                                        remove_detail={format!("{} {}", l.item.to_lowercase(), k + 1)} {onremove}>
                                        { fields(state, dispatch, list, k) }
                                    </ListRow>
                                }
                            }) }
                        </div>
                        <div class="button-row">
                            <button type="button" class="button button--secondary" onclick={onadd}>
                                { l.add }
                            </button>
                        </div>
                    </section>
                }
            }) }
        </details>
    }
}
