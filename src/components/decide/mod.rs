//! The Decide view: what the IAM panel asks of the plans in the workspace. How early funding
//! can stop within a limit (the stop-month curves), which plan costs the MPS less at each
//! stop, the largest pay award the caps absorb, the odds at the review points and the
//! Green Book figures. Every figure, sentence and shape comes from
//! `planner_view::decide`; this only holds what the planner types.
//!
//! The inputs belong to the view (`use_state`, as typed). The analysis is derived with
//! `use_memo` in parts, so typing in one input recomputes only what it changes: the
//! stop-month curves (the costly part) depend on the workspace alone.

mod confirm;
mod curve_figure;
mod distribution;
mod field;
mod figure;
mod green_book;
mod odds;
mod said;
mod stop_section;
mod timing;

use std::rc::Rc;

use planner_engine::Scenario;
use planner_view::decide::{
    curves, green_book_view, limit_sentences, odds_view, parse_limit, review_months, said::amount, GreenBookField,
    OddsInputs, Typed, DEFAULT_LIMIT,
};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::{Action, State, View};
use confirm::ConfirmSection;
use green_book::GreenBookSection;
use odds::OddsSection;
use said::Switching;
use stop_section::StopSection;
use timing::timed;

/// `Business as usual and 2 options`.
fn plans(count: usize) -> String {
    match count.saturating_sub(1) {
        0 => "Business as usual alone".into(),
        1 => "Business as usual and 1 option".into(),
        n => format!("Business as usual and {n} options"),
    }
}

thread_local! {
    /// Set by [`open_at_confirm`], taken by the next Decide view as it arrives.
    static AT_CONFIRM: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Opens Decide with focus on "For the meeting: confirm the assumptions" (the Compare page's
/// "Confirm them in Decide"), rather than at the top of the page.
pub fn open_at_confirm(dispatch: &Callback<Action>) {
    AT_CONFIRM.set(true);
    dispatch.emit(Action::ShowView(View::Decide));
}

#[derive(Properties, PartialEq)]
pub struct DecideViewProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn DecideView(props: &DecideViewProps) -> Html {
    let scenarios = use_memo(props.state.workspace.clone(), |w| {
        w.entries.iter().map(|e| (*e.scenario).clone()).collect::<Vec<Scenario>>()
    });
    // Back in Decide after confirming, the confirmed inputs are where the planner left them.
    let confirmed = props.state.assumptions.clone();
    let limit = {
        let confirmed = confirmed.clone();
        use_state(move || confirmed.map_or_else(|| AttrValue::from(DEFAULT_LIMIT), |a| amount(a.limit).into()))
    };
    let odds_inputs = {
        let confirmed = confirmed.clone();
        use_state(move || confirmed.map(|a| a.odds.clone()).unwrap_or_default())
    };
    let book_inputs = use_state(Typed::<GreenBookField>::default);

    let curves = use_memo(scenarios.clone(), |s| timed("decide: stop-month curves and pay awards", || curves(s)));
    let parsed = parse_limit(&limit);
    let valid_limit = parsed.clone().ok();
    let chart = use_memo((curves.clone(), valid_limit), |(c, l)| timed("decide: chart and limit", || c.chart(*l)));
    let sentences = use_memo((curves.clone(), valid_limit), |(c, l)| l.map(|l| limit_sentences(c, l)));
    let months = use_memo(scenarios.clone(), |s| review_months(s));
    let odds = use_memo((scenarios.clone(), (*odds_inputs).clone()), |(s, i)| {
        timed("decide: review-point odds", || odds_view(s, i))
    });
    let book = use_memo((scenarios.clone(), (*book_inputs).clone()), |(s, i)| {
        timed("decide: Green Book", || green_book_view(s, i))
    });

    let heading = use_node_ref();
    // Arriving here, the button that led here is gone: start reading at the heading, or at
    // "For the meeting" when that is what the planner came to do.
    use_effect_with(heading.clone(), |heading| {
        let confirm = AT_CONFIRM
            .replace(false)
            .then(|| web_sys::window()?.document()?.get_element_by_id("decide-confirm-heading")?.dyn_into().ok());
        let target: Option<web_sys::HtmlElement> = confirm.flatten().or_else(|| heading.cast());
        if let Some(h) = target {
            let _ = h.focus(); // fails only on a detached element
        }
    });
    let back = props.dispatch.reform(|_| Action::ShowView(View::Edit));
    let onlimit = {
        let limit = limit.clone();
        Callback::from(move |text: String| limit.set(text.into()))
    };
    let onodds = {
        let odds_inputs = odds_inputs.clone();
        Callback::from(move |next: OddsInputs| odds_inputs.set(next))
    };
    let onbook = {
        let book_inputs = book_inputs.clone();
        Callback::from(move |next: Typed<GreenBookField>| book_inputs.set(next))
    };
    html! {
        <section class="decide" aria-labelledby="decide-heading">
            <div class="decide-actions">
                <button type="button" class="button button--secondary" onclick={back}>{ "Back to editing" }</button>
            </div>
            <h2 id="decide-heading" tabindex="-1" ref={heading}>{ "Decide: what each plan costs the MPS, and when" }</h2>
            <p class="decide-intro">
                { format!("{}, worked out exactly with the same model as the results: every stop month, every \
                    review-point outcome. Nothing you enter here changes your plans.", plans(scenarios.len())) }
            </p>
            <nav class="decide-contents" aria-label="On this page">
                <ul>
                    <li><a href="#decide-stop-heading">{ "How early can funding stop?" }</a></li>
                    <li><a href="#decide-switching-heading">{ "Which plan costs less, and pay awards" }</a></li>
                    <li><a href="#decide-odds-heading">{ "Odds at the review points" }</a></li>
                    <li><a href="#decide-book-heading">{ "Green Book figures" }</a></li>
                    <li><a href="#decide-confirm-heading">{ "For the meeting: confirm the assumptions" }</a></li>
                </ul>
            </nav>
            if !curves.failed.is_empty() {
                <div class="notice notice-error" role="alert">
                    <p>{ "These plans could not be analysed, so they are left out:" }</p>
                    <ul>{ for curves.failed.iter().map(|f| html! { <li>{ f.clone() }</li> }) }</ul>
                </div>
            }
            <StopSection limit={(*limit).clone()} error={parsed.err().map(|e| AttrValue::from(e.to_string()))}
                {sentences} {chart} {onlimit} />
            <Switching curves={curves.clone()} />
            <OddsSection {months} inputs={Rc::new((*odds_inputs).clone())} view={odds} onchange={onodds} />
            <GreenBookSection scenarios={scenarios.clone()} inputs={Rc::new((*book_inputs).clone())} view={book} onchange={onbook} />
            <ConfirmSection {scenarios} limit={(*limit).clone()} odds={Rc::new((*odds_inputs).clone())}
                {confirmed} onconfirm={props.dispatch.reform(Action::Confirm)} />
        </section>
    }
}
