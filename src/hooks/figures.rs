//! The figures of the open scenario. A plan of a few posts is evaluated as it renders; a
//! plan of hundreds (a national plan, a heavy link) is evaluated a few months at a time
//! between paints, so the page keeps answering input and can say how far it has got.

use std::cell::RefCell;
use std::rc::Rc;

use planner_engine::timeline::Evaluation;
use planner_engine::{evaluate, Outcome, Scenario};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::slices::page_turn;

/// Work (posts and vacancies, times months) above which a plan is evaluated in slices;
/// the report's plan is 180.
pub const HEAVY_WORK: usize = 6_000;
/// Work done in one step: a few milliseconds on a slow laptop.
const SLICE_WORK: usize = 1_500;
/// Steps run one after another until this long has passed, then the page has a turn: a
/// turn per step cost a frame each, and a 500-post plan took over 2 s (issue 16).
const SLICE_MS: f64 = 40.0;

/// A month's work: each post is costed, and each of its vacancies checked, every month.
fn work_per_month(s: &Scenario) -> usize {
    s.posts.iter().map(|p| 1 + p.vacancies.len()).sum::<usize>().max(1)
}

/// What the results can show.
#[derive(Clone, PartialEq)]
pub struct Figures {
    /// The scenario's outcome, or the last one while a new one is being worked out.
    pub outcome: Option<Rc<Outcome>>,
    /// Months evaluated of the horizon, while a heavy plan is being worked out.
    pub working: Option<(usize, usize)>,
}

fn is_heavy(s: &Scenario) -> bool {
    work_per_month(s).saturating_mul(s.horizon.len()) > HEAVY_WORK
}

/// The scenario's figures, evaluated now or in slices as its size needs.
#[hook]
pub fn use_figures(scenario: Rc<Scenario>) -> Figures {
    // The reducer only ever holds scenarios that evaluate (validation bounds every figure),
    // so an error is a bug; keeping the last figures beats a blank page.
    let last_good = use_mut_ref(|| None::<Rc<Outcome>>);
    // The scenario last worked on in slices, and its months done (`None` once finished).
    let progress = use_state(|| None::<Slices>);
    let now = use_memo(scenario.clone(), |s| (!is_heavy(s)).then(|| evaluate(s).ok().map(Rc::new)).flatten());
    // Counts runs: a run that is no longer the latest stops at its next slice.
    let runs = use_mut_ref(|| 0_u64);
    {
        let (last_good, progress) = (last_good.clone(), progress.clone());
        use_effect_with(scenario.clone(), move |scenario| {
            *runs.borrow_mut() += 1;
            if is_heavy(scenario) {
                let run = *runs.borrow();
                spawn_local(in_slices(scenario.clone(), move || *runs.borrow() == run, progress, last_good));
            }
        });
    }
    if let Some(outcome) = &*now {
        *last_good.borrow_mut() = Some(outcome.clone());
    }
    let working = match &*progress {
        Some((for_scenario, done)) if Rc::ptr_eq(for_scenario, &scenario) => *done,
        // Heavy, and its run starts after this render.
        _ if now.is_none() && is_heavy(&scenario) => Some((0, scenario.horizon.len())),
        _ => None,
    };
    let outcome = last_good.borrow().clone();
    Figures { outcome, working }
}

type Slices = (Rc<Scenario>, Option<(usize, usize)>);

/// Evaluates `scenario` a slice at a time, giving the page a turn before each slice.
async fn in_slices(
    scenario: Rc<Scenario>,
    latest: impl Fn() -> bool,
    progress: UseStateHandle<Option<Slices>>,
    last_good: Rc<RefCell<Option<Rc<Outcome>>>>,
) {
    let finished = |progress: UseStateHandle<Option<Slices>>| progress.set(Some((scenario.clone(), None)));
    // Validation is a slice of its own: the render that asked for the figures paints first.
    page_turn().await;
    let Ok(mut run) = Evaluation::start(scenario.clone()) else { return finished(progress) };
    let months = (SLICE_WORK / work_per_month(&scenario)).max(1);
    loop {
        page_turn().await;
        if !latest() {
            return;
        }
        let began = js_sys::Date::now();
        let mut stepped = run.step(months);
        while matches!(stepped, Ok(false)) && js_sys::Date::now() - began < SLICE_MS {
            stepped = run.step(months);
        }
        match stepped {
            Ok(false) => progress.set(Some((scenario.clone(), Some(run.progress())))),
            Ok(true) => break,
            Err(_) => return finished(progress),
        }
    }
    if let Ok(outcome) = run.finish() {
        *last_good.borrow_mut() = Some(Rc::new(outcome));
    }
    finished(progress);
}
