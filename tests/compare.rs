//! Browser tests for the compare view and meeting mode, mounted on a workspace of business
//! as usual and ready-made options
//! (`cargo test --target wasm32-unknown-unknown -p marsoc-planner --test compare`).
#![cfg(all(target_arch = "wasm32", feature = "full"))]

use std::rc::Rc;

use marsoc_planner::components::compare::CompareView;
use marsoc_planner::state::{State, View};
use marsoc_planner::workspace::Workspace;
use planner_engine::{ReadyMade, Scenario};
use planner_view::decide::{Assumptions, OddsInputs};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

mod common;

use common::{count, mount_point, text_of, yield_turns};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = "export function press(key) { \
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })); }")]
extern "C" {
    /// A key pressed with focus anywhere on the page.
    fn press(key: &str);
}

#[derive(Properties, PartialEq)]
struct HostProps {
    workspace: Rc<Workspace>,
    /// The Decide view's default assumptions confirmed for the slides and sheet.
    confirmed: bool,
}

/// The compare view as the app shows it: one reducer, and the view it says.
#[component]
fn Host(props: &HostProps) -> Html {
    let workspace = (*props.workspace).clone();
    let confirmed = props.confirmed;
    let state = use_reducer(move || {
        let scenarios: Vec<Scenario> = workspace.entries.iter().map(|e| (*e.scenario).clone()).collect();
        let mut state = State::with_workspace(workspace);
        state.view = View::Compare;
        if confirmed {
            state.assumptions = Assumptions::confirm("100,000", &OddsInputs::default(), &scenarios).ok().map(Rc::new);
        }
        state
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    html! {
        <>
            <p id="view">{ format!("{:?}", state.view) }</p>
            if state.view == View::Compare {
                <CompareView state={Rc::new((*state).clone())} {dispatch} />
            }
        </>
    }
}

fn workspace(options: &[ReadyMade]) -> Workspace {
    let base = Scenario::default_scenario();
    Workspace::new(std::iter::once(base.clone()).chain(options.iter().map(|o| o.build(&base))).collect())
}

async fn mount(workspace: Workspace) -> Element {
    mount_as(workspace, false).await
}

async fn mount_as(workspace: Workspace, confirmed: bool) -> Element {
    let root = mount_point();
    let props = HostProps { workspace: Rc::new(workspace), confirmed };
    yew::Renderer::<Host>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

async fn settle() {
    yield_turns(3).await;
}

fn button(root: &Element, label: &str) -> HtmlElement {
    let all = root.query_selector_all("button").ok();
    let found = (0..all.as_ref().map_or(0, |l| l.length()))
        .filter_map(|i| all.as_ref().and_then(|l| l.item(i)).and_then(|n| n.dyn_into::<HtmlElement>().ok()))
        .find(|b| b.text_content().as_deref().map(str::trim) == Some(label));
    match found {
        Some(b) => b,
        None => panic!("no button \"{label}\""),
    }
}

/// The headline table's row of `name`, as its text.
fn headline_row(root: &Element, name: &str) -> String {
    let rows = root.query_selector_all("#compare-headline tbody tr").ok();
    (0..rows.as_ref().map_or(0, |l| l.length()))
        .filter_map(|i| rows.as_ref().and_then(|l| l.item(i)).and_then(|n| n.text_content()))
        .find(|t| t.starts_with(name))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_headline_comparison_shows_what_a_lapse_adds_in_pounds_and_words() {
    let root = mount(workspace(&[ReadyMade::AgreementLapses, ReadyMade::PayAwards])).await;
    let lapse = headline_row(&root, "Agreement lapses December 2023");
    assert!(lapse.contains("£860,828+£860,828 worse"), "{lapse}");
    assert!(lapse.contains("-£860,828 (-75.0%) worse"), "grant claimed falls: {lapse}");
    let title =
        root.query_selector("#compare-headline .cmp-worse").ok().flatten().and_then(|e| e.get_attribute("title"));
    assert_eq!(title.as_deref(), Some("£860,828 more than business as usual (worse)"));
    assert_eq!(count(&root, "#compare-headline tbody tr"), 3, "the baseline and two options");
}

#[wasm_bindgen_test]
async fn the_chart_is_an_image_with_a_legend_and_its_figures_in_a_table() {
    let root = mount(workspace(&[ReadyMade::AgreementLapses])).await;
    assert_eq!(count(&root, "#compare-chart svg[role=img][viewBox]"), 1);
    assert_eq!(text_of(&root, "#compare-chart svg > title"), "Unfunded pressure, running total, by option");
    assert!(text_of(&root, "#compare-chart svg > desc").contains("£860,828 by Mar 2026"));
    assert_eq!(count(&root, "#compare-chart .cmp-legend li svg.swatch"), 2);
    assert_eq!(count(&root, "#compare-chart details table"), 1);
}

#[wasm_bindgen_test]
async fn each_option_says_what_it_changes_and_shows_every_year() {
    let root = mount(workspace(&[ReadyMade::AgreementLapses])).await;
    let changes = text_of(&root, "#compare-option-0-heading + h4 + .cmp-changes");
    assert!(changes.contains("Funding stops after Dec 2023 (business as usual: never)"), "{changes}");
    assert_eq!(count(&root, "#compare-option-0-table thead th"), 5, "measure, three years and the total");
}

#[wasm_bindgen_test]
async fn with_only_business_as_usual_it_asks_for_an_option_and_goes_back_to_editing() {
    let root = mount(Workspace::default()).await;
    assert_eq!(text_of(&root, ".compare-empty h3"), "Add an option to compare");
    assert_eq!(count(&root, ".compare-actions button"), 1, "nothing to present or print");
    button(&root, "Back to editing").click();
    settle().await;
    assert_eq!(text_of(&root, "#view"), "Edit");
}

#[wasm_bindgen_test]
async fn meeting_mode_moves_with_the_keys_and_esc_returns_focus_to_present() {
    let root = mount_as(workspace(&[ReadyMade::AgreementLapses]), true).await;
    button(&root, "Present").click();
    settle().await;
    // Comparison, who pays, chart, the option's figures, two of its changes and warnings, decision.
    assert_eq!(text_of(&root, ".slide-counter"), "Slide 1 of 7");
    assert_eq!(text_of(&root, "#slide-title"), "The options side by side");
    for _ in 0..3 {
        press("ArrowRight");
    }
    settle().await;
    assert_eq!(text_of(&root, ".slide-counter"), "Slide 4 of 7");
    assert_eq!(text_of(&root, "#slide-title"), "Agreement lapses December 2023");
    assert!(text_of(&root, ".slide-figures").contains("+£860,828 worse"));
    press("ArrowLeft");
    press("End");
    settle().await;
    assert_eq!(text_of(&root, ".slide-counter"), "Slide 7 of 7");
    assert_eq!(text_of(&root, "#slide-title"), "Decision figures");
    assert!(
        text_of(&root, ".slide-assumption").contains("chance funding continues after Dec 2023: 80%"),
        "the slide says its confirmed assumptions"
    );
    assert_eq!(count(&root, "#slide-decision-odds tbody tr"), 2, "the baseline and the option");
    let expected = text_of(&root, "#slide-decision-odds thead th:nth-child(2)");
    assert_eq!(expected, "Expected");
    let lapse = text_of(&root, "#slide-decision-odds tbody tr:nth-child(2)");
    assert!(
        lapse.starts_with("Agreement lapses December 2023") && lapse.contains("(stops after Dec 2023: certain)"),
        "{lapse}"
    );
    let said = text_of(&root, ".slide-said");
    assert!(said.contains("£100,000"), "{said}");
    assert!(said.contains("pay award"), "{said}");
    press("ArrowLeft");
    settle().await;
    assert_eq!(
        text_of(&root, "#slide-title"),
        "What “Agreement lapses December 2023” changes, and its warnings (2 of 2)"
    );
    press("Escape");
    settle().await;
    assert_eq!(count(&root, ".presentation"), 0);
    let focused = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    assert_eq!(focused.and_then(|e| e.text_content()).as_deref().map(str::trim), Some("Present"));
}

#[wasm_bindgen_test]
async fn before_the_assumptions_are_confirmed_the_last_slide_has_no_figures() {
    let root = mount(workspace(&[ReadyMade::AgreementLapses])).await;
    button(&root, "Present").click();
    settle().await;
    press("End");
    settle().await;
    assert!(text_of(&root, ".slide-unconfirmed").contains("No decision figures yet"));
    assert_eq!(count(&root, "#slide-decision-odds"), 0);
    press("Escape");
    settle().await;
}

#[wasm_bindgen_test]
async fn the_print_sheet_is_titled_dated_and_names_every_plan() {
    let root = mount(workspace(&[ReadyMade::AgreementLapses, ReadyMade::LowerCap])).await;
    assert_eq!(text_of(&root, ".print-sheet .sheet-title"), "MARSOC funding options");
    let date = text_of(&root, ".print-sheet .sheet-date");
    let words: Vec<&str> = date.split(' ').collect();
    assert!(words.len() == 3 && words[0].parse::<u32>().is_ok() && words[2].parse::<u32>().is_ok(), "{date}");
    let plans = text_of(&root, ".print-sheet .sheet-plans");
    assert!(plans.contains("Agreement lapses December 2023; Grant cut to a lower cap"), "{plans}");
    assert_eq!(count(&root, ".print-sheet .sheet-flag-plan"), 3);
}

#[wasm_bindgen_test]
async fn the_print_sheet_has_the_decision_figures_only_with_confirmed_assumptions() {
    let plans = || workspace(&[ReadyMade::AgreementLapses, ReadyMade::LowerCap]);
    let unconfirmed = mount(plans()).await;
    assert_eq!(text_of(&unconfirmed, ".print-sheet #sheet-decision-heading"), "Decision figures");
    assert_eq!(count(&unconfirmed, ".print-sheet #print-decision"), 0, "no figure from assumptions nobody entered");
    let root = mount_as(plans(), true).await;
    assert_eq!(count(&root, ".print-sheet #print-decision tbody tr"), 3, "every plan");
    assert_eq!(count(&root, ".print-sheet #print-decision thead th"), 5);
    let heads = text_of(&root, ".print-sheet #print-decision thead");
    assert!(heads.contains("Earliest stop within £100,000") && heads.contains("Largest pay award absorbed"), "{heads}");
    let said = text_of(&root, ".print-sheet .sheet-assumptions");
    assert!(said.contains("chance funding continues after Dec 2023: 80%"), "{said}");
}

#[wasm_bindgen_test]
async fn an_options_note_shows_in_compare_on_its_own_slide_and_on_the_sheet() {
    let base = Scenario::default_scenario();
    let note = planner_engine::Note {
        why: "HMPPS may not renew the agreement.".into(),
        source: "HMPPS letter".into(),
        author: "A. Planner".into(),
    };
    let lapse = Scenario { note: Some(note), ..ReadyMade::AgreementLapses.build(&base) };
    let root = mount(Workspace::new(vec![base, lapse])).await;
    assert!(text_of(&root, ".compare-option .compare-note").contains("WhyHMPPS may not renew the agreement."));
    assert!(text_of(&root, ".sheet-notes").contains("Why: HMPPS may not renew the agreement. Source: HMPPS letter."));
    button(&root, "Present").click();
    settle().await;
    assert_eq!(text_of(&root, ".slide-counter"), "Slide 1 of 8", "one slide more: the note");
    for _ in 0..4 {
        press("ArrowRight");
    }
    settle().await;
    assert_eq!(text_of(&root, "#slide-title"), "Why “Agreement lapses December 2023”");
    assert_eq!(text_of(&root, "#slide-title bdi"), "Agreement lapses December 2023", "the name is isolated");
    assert_eq!(text_of(&root, ".slide-note-why"), "HMPPS may not renew the agreement.");
    assert!(text_of(&root, ".slide-note-meta").contains("AuthorA. Planner"));
    press("Escape");
    settle().await;
}
