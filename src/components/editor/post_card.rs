//! One post: every field of it, with its response to a funding stop near the top.

use std::rc::Rc;

use planner_engine::edit::Field;
use planner_engine::{StopAction, Team};
use planner_view::format::pounds;
use yew::prelude::*;

use super::select_field::SelectField;
use super::vacancies::Vacancies;
use crate::components::text_field::{FieldKind, TextField};
use crate::state::{Action, State};

#[derive(Properties)]
pub struct PostCardProps {
    pub state: Rc<State>,
    pub index: usize,
    pub dispatch: Callback<Action>,
    /// Removes this post; the list moves focus somewhere that stays.
    pub onremove: Callback<usize>,
    /// Shown open at first; a long list starts closed, and a closed card's fields are made
    /// only once it is first opened, so hundreds of posts open in well under a second.
    pub open: bool,
}

/// A card redraws only when its own post, its fields' drafts or the stop month change, so
/// typing stays quick with hundreds of posts. The callbacks always reach the same reducer.
impl PartialEq for PostCardProps {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.state, &other.state);
        let drafts = |s: &State| s.drafts.iter().filter(|(f, _)| f.post_index() == Some(self.index)).count();
        let same_drafts = drafts(a) == drafts(b)
            && a.drafts
                .iter()
                .filter(|(f, _)| f.post_index() == Some(self.index))
                .all(|(f, d)| b.drafts.get(f) == Some(d));
        Rc::ptr_eq(a, b)
            || (self.index == other.index
                && self.open == other.open
                && a.scenario.posts.get(self.index) == b.scenario.posts.get(other.index)
                && a.scenario.grant.stops_after == b.scenario.grant.stops_after
                // A built post's cost and build-up follow the on-costs, awards and horizon.
                && a.scenario.on_costs == b.scenario.on_costs
                && a.scenario.pay_awards == b.scenario.pay_awards
                && a.scenario.horizon == b.scenario.horizon
                && same_drafts)
    }
}

/// A built post's pay, allowances and build-up: the full build's (the first load hands a
/// plan with a built post over before it shows one).
#[cfg(feature = "full")]
fn pay_build(props: &PostCardProps, built: bool) -> Html {
    if !built {
        return html! {};
    }
    html! { <super::pay::build::PayBuild state={props.state.clone()} index={props.index} dispatch={props.dispatch.clone()} /> }
}

#[cfg(not(feature = "full"))]
fn pay_build(_: &PostCardProps, _: bool) -> Html {
    html! {}
}

fn cost_field(props: &PostCardProps) -> Html {
    let field = Field::PostCost(props.index);
    html! {
        <TextField field={field} label="Annual cost" kind={FieldKind::Money} value={props.state.text(field)}
            error={props.state.error(field).map(AttrValue::from)} dispatch={props.dispatch.clone()} />
    }
}

/// How the cost is entered: all-in, or built from pay (the pay itself is below the row).
#[cfg(feature = "full")]
fn cost_basis(props: &PostCardProps, built: bool) -> Html {
    use planner_engine::edit::{PayField, BASIS_ALL_IN, BASIS_BUILT};
    let field = Field::Pay(PayField::Basis(props.index));
    let choices = [(BASIS_ALL_IN, "All-in annual cost"), (BASIS_BUILT, "Built from pay")]
        .map(|(v, l)| (AttrValue::from(v), AttrValue::from(l)));
    html! {
        <>
            <SelectField field={field} label="Cost" choices={Rc::new(choices.to_vec())} value={props.state.text(field)}
                error={props.state.error(field).map(AttrValue::from)} dispatch={props.dispatch.clone()} />
            if !built { { cost_field(props) } }
        </>
    }
}

/// The first load keeps the all-in cost; "Build from pay" hands over to the full build,
/// which builds the post (`build_on_start`). A built post is shown at its modelled cost.
#[cfg(not(feature = "full"))]
fn cost_basis(props: &PostCardProps, built: bool) -> Html {
    if built {
        let cost = planner_view::format::pounds(props.state.scenario.modelled_annual_cost(props.index));
        return html! { <p class="field-hint">{ format!("Built from pay: {cost} a year modelled.") }</p> };
    }
    let i = props.index;
    let onclick =
        Callback::from(move |_: MouseEvent| crate::shell::request_opening(crate::state::Opening::PayBuild(i)));
    html! {
        <>
            { cost_field(props) }
            <button type="button" class="button button--secondary" id={format!("build-from-pay-{i}")} {onclick}>
                { "Build from pay" }<span class="visually-hidden">{ format!(" for post {}", i + 1) }</span>
            </button>
        </>
    }
}

/// Builds the post from its pay when the first load handed over to do so (one undo step).
#[cfg(feature = "full")]
fn build_on_start(dispatch: &Callback<Action>, i: usize) {
    if crate::shell::opening_on_start(crate::state::Opening::PayBuild(i)) {
        use planner_engine::edit::{PayField, BASIS_BUILT};
        dispatch.emit(Action::Edit(Field::Pay(PayField::Basis(i)), BASIS_BUILT.into()));
    }
}

#[cfg(not(feature = "full"))]
fn build_on_start(_: &Callback<Action>, _: usize) {}

#[component]
pub fn PostCard(props: &PostCardProps) -> Html {
    let state = &props.state;
    let opened = use_state_eq(|| false);
    {
        let (dispatch, i) = (props.dispatch.clone(), props.index);
        use_effect_with((), move |()| build_on_start(&dispatch, i));
    }
    let Some(post) = state.scenario.posts.get(props.index) else { return html! {} };
    let (i, n) = (props.index, props.index + 1);
    let name = format!("Post {n}: {}", post.title);
    let dispatch = &props.dispatch;
    let field = |field: Field, label: &'static str, kind: FieldKind| {
        html! {
            <TextField
                field={field}
                label={label}
                kind={kind}
                suffix={(kind == FieldKind::Whole).then_some(AttrValue::from("months"))}
                value={state.text(field)}
                error={state.error(field).map(AttrValue::from)}
                dispatch={dispatch.clone()}
            />
        }
    };
    let select = |field: Field, label: &'static str, hint: Option<&'static str>, choices: Vec<(&str, &str)>| {
        let choices =
            choices.into_iter().map(|(v, l)| (AttrValue::from(v.to_string()), AttrValue::from(l.to_string())));
        html! {
            <SelectField
                field={field}
                label={label}
                hint={hint.map(AttrValue::from)}
                choices={Rc::new(choices.collect::<Vec<_>>())}
                value={state.text(field)}
                error={state.error(field).map(AttrValue::from)}
                dispatch={dispatch.clone()}
            />
        }
    };
    let teams = Team::ALL.iter().map(|t| (t.name(), t.name())).collect();
    let actions = StopAction::ALL.iter().map(|a| (a.code(), a.describe())).collect();
    let stop_hint = state.scenario.grant.stops_after.is_none().then_some("Applies only if funding stops");
    // The lag matters only to a post that leaves; it stays on show while it holds typing.
    let show_lag = post.on_funding_stop.action.leaves() || state.drafts.contains_key(&Field::PostLag(i));
    let errors = state.drafts.iter().filter(|(f, d)| f.post_index() == Some(i) && d.error.is_some()).count();
    let built = post.is_built();
    // A built post has no all-in cost: its modelled cost stands for it, never £0.
    let meta = format!(
        "{} · {} a year{} · if funding stops: {}",
        post.team.name(),
        pounds(state.scenario.modelled_annual_cost(i)),
        if built { " (built from pay)" } else { "" },
        post.on_funding_stop.action.describe()
    );
    let onclick = props.onremove.reform(move |_: MouseEvent| i);
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            if e.target_unchecked_into::<web_sys::Element>().has_attribute("open") {
                opened.set(true);
            }
        })
    };
    // A closed card of a long list makes its fields only once it is first opened.
    let fields = props.open || *opened || errors > 0;
    html! {
        <details class="post" open={props.open || *opened} {ontoggle}>
            <summary class="post-summary">
                <span class="post-summary-title">{ &name }</span>
                <span class="post-summary-meta">{ meta }</span>
                if errors > 0 {
                    <span class="post-summary-error">{ "Has a field to correct" }</span>
                }
            </summary>
            if fields {
                <fieldset class="post-fields">
                    <legend class="visually-hidden">{ &name }</legend>
                    <div class="field-row post-response">
                        { select(Field::PostAction(i), "If funding stops", stop_hint, actions) }
                        if show_lag {
                            { field(Field::PostLag(i), "After", FieldKind::Whole) }
                        }
                    </div>
                    <div class="field-row">
                        { field(Field::PostTitle(i), "Title", FieldKind::Text) }
                        { select(Field::PostTeam(i), "Team", None, teams) }
                    </div>
                    <div class="field-row">
                        { cost_basis(props, built) }
                        { field(Field::PostFte(i), "FTE", FieldKind::Decimal) }
                        { field(Field::PostBackfill(i), "Backfill (optional)", FieldKind::Money) }
                    </div>
                    { pay_build(props, built) }
                    <div class="field-row">
                        { field(Field::PostStart(i), "Start", FieldKind::Month) }
                        { field(Field::PostEnd(i), "End (optional)", FieldKind::Month) }
                    </div>
                    <Vacancies state={state.clone()} post={i} post_name={name.clone()} dispatch={dispatch.clone()}>
                        <button type="button" class="button button--remove" {onclick}>
                            { "Remove post" }<span class="visually-hidden">{ format!(" {n}: {}", post.title) }</span>
                        </button>
                    </Vacancies>
                </fieldset>
            }
        </details>
    }
}
