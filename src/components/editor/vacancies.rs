//! A post's vacancies: months when nobody is in it (both ends included).

use std::rc::Rc;

use planner_engine::edit::{Change, Field};
use yew::prelude::*;

use super::list_row::ListRow;
use crate::components::text_field::{scenario_field, FieldKind};
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct VacanciesProps {
    pub state: Rc<State>,
    pub post: usize,
    /// `Post 2: Detective Constable`, so buttons say which post they act on.
    pub post_name: AttrValue,
    pub dispatch: Callback<Action>,
    /// More actions for the post, shown beside "Add a vacancy".
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Vacancies(props: &VacanciesProps) -> Html {
    let add_button = use_node_ref();
    let state = &props.state;
    let i = props.post;
    let count = state.scenario.posts.get(i).map_or(0, |p| p.vacancies.len());
    let field =
        |field: Field, label: &'static str| scenario_field(state, &props.dispatch, field, label, FieldKind::Month);
    let onadd = props.dispatch.reform(move |_: MouseEvent| Action::Change(Change::AddVacancy(i)));
    let remove = |j: usize| super::remove_row(&props.dispatch, &add_button, Change::RemoveVacancy(i, j));
    html! {
        <div class="sub-list">
            if count > 0 {
                <h4 class="sub-list-heading">{ "Vacancies" }</h4>
            }
            <div class="item-list">
                { for (0..count).map(|j| html! {
                    <ListRow
                        key={j}
                        id={format!("editor-post-{i}-vacancy-{j}")}
                        name={format!("Vacancy {}", j + 1)}
                        remove_detail={format!("vacancy {} of {}", j + 1, props.post_name)}
                        onremove={remove(j)}
                    >
                        { field(Field::VacancyFrom(i, j), "Vacant from") }
                        { field(Field::VacancyTo(i, j), "Vacant to") }
                    </ListRow>
                }) }
            </div>
            <div class="row-actions">
                <button type="button" class="button button--secondary" ref={add_button} onclick={onadd}>
                    { "Add a vacancy" }<span class="visually-hidden">{ format!(" to {}", props.post_name) }</span>
                </button>
                { props.children.clone() }
            </div>
        </div>
    }
}
