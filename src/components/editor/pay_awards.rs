//! Pay awards: a percentage on every post and backfill from a month on (they compound).

use planner_engine::edit::{Change, Field};
use yew::prelude::*;

use super::list_row::ListRow;
use super::StateProps;
use crate::components::text_field::{scenario_field, FieldKind};
use crate::state::Action;

/// "Add a pay award" and "Paste pay awards": the paste preview is in the full build, so
/// the first load hands over to it.
#[cfg(feature = "full")]
fn buttons(props: &StateProps, onadd: Callback<MouseEvent>, add_button: NodeRef) -> Html {
    html! {
        <super::paste_awards::PasteAwardsArea state={props.state.clone()} dispatch={props.dispatch.clone()}
            {onadd} {add_button} />
    }
}

#[cfg(not(feature = "full"))]
fn buttons(_: &StateProps, onadd: Callback<MouseEvent>, add_button: NodeRef) -> Html {
    super::add_and_paste(
        ("Add a pay award", onadd, add_button),
        ("Paste pay awards", "paste-awards"),
        crate::state::Opening::PasteAwards,
    )
}

/// Who an award is for (all posts, officers or staff), and its source when it is a
/// published one: the full build's (a plan with awards for one group is handed over).
#[cfg(feature = "full")]
fn award_for(props: &StateProps, k: usize) -> Html {
    use planner_engine::edit::PayField;
    use planner_engine::PayGroup;
    use planner_view::pay_build::{source_of, Figure};
    let field = Field::Pay(PayField::AwardGroup(k));
    let choices = std::iter::once((AttrValue::from(""), AttrValue::from("All posts")))
        .chain(PayGroup::ALL.iter().map(|g| (AttrValue::from(g.code()), AttrValue::from(g.describe()))))
        .collect::<Vec<_>>();
    let state = &props.state;
    html! {
        <>
            <super::select_field::SelectField field={field} label="For" choices={std::rc::Rc::new(choices)}
                value={state.text(field)} error={state.error(field).map(AttrValue::from)} dispatch={props.dispatch.clone()} />
            { super::pay::source_note(source_of(&state.scenario, Figure::PayAward(k))) }
        </>
    }
}

#[cfg(not(feature = "full"))]
fn award_for(_: &StateProps, _: usize) -> Html {
    html! {}
}

#[component]
pub fn PayAwards(props: &StateProps) -> Html {
    let add_button = use_node_ref();
    let state = &props.state;
    let count = state.scenario.pay_awards.len();
    let field =
        |field: Field, label: &'static str, kind: FieldKind| scenario_field(state, &props.dispatch, field, label, kind);
    let remove = |k: usize| super::remove_row(&props.dispatch, &add_button, Change::RemoveAward(k));
    let onadd = props.dispatch.reform(|_: MouseEvent| Action::Change(Change::AddAward));
    html! {
        <section class="editor-group" aria-labelledby="editor-pay-awards">
            <h3 id="editor-pay-awards">{ "Pay awards" }</h3>
            <p class="field-hint">
                { "Each award raises the cost of every post and backfill from its month on; awards compound." }
            </p>
            if count == 0 {
                <p class="editor-empty">{ "No pay awards: costs stay at today's rates." }</p>
            }
            <div class="item-list">
                { for (0..count).map(|k| html! {
                    <ListRow
                        key={k}
                        id={format!("editor-pay-award-{k}")}
                        name={format!("Pay award {}", k + 1)}
                        remove_detail={format!("pay award {}", k + 1)}
                        onremove={remove(k)}
                    >
                        { field(Field::AwardEffective(k), "From", FieldKind::Month) }
                        { field(Field::AwardPercent(k), "Percent", FieldKind::Percent) }
                        { award_for(props, k) }
                    </ListRow>
                }) }
            </div>
            { buttons(props, onadd, add_button) }
        </section>
    }
}
