//! One item of a list the planner can add to (a vacancy, a pay award, a cost): its name,
//! a "Remove" button at the top right (the GOV.UK "add another" layout), then its fields.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ListRowProps {
    /// A unique id for the item's name, which names the group for screen readers.
    pub id: AttrValue,
    /// What is shown, such as "Vacancy 1".
    pub name: AttrValue,
    /// Said after "Remove" to screen readers, so each button says what it removes.
    pub remove_detail: AttrValue,
    pub onremove: Callback<MouseEvent>,
    pub children: Html,
}

#[component]
pub fn ListRow(props: &ListRowProps) -> Html {
    html! {
        <div class="list-row" role="group" aria-labelledby={props.id.clone()}>
            <div class="list-row-head">
                <span id={props.id.clone()} class="list-row-name">{ &props.name }</span>
                <button type="button" class="button button--remove" onclick={props.onremove.clone()}>
                    { "Remove" }<span class="visually-hidden">{ format!(" {}", props.remove_detail) }</span>
                </button>
            </div>
            <div class="field-row">{ props.children.clone() }</div>
        </div>
    }
}
