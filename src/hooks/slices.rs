//! Long work in slices between paints: a plan of hundreds of posts must not hold the page
//! still for more than a moment (issue 16: input answered within 200 ms throughout).

use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

/// Resolves in a new task (`setTimeout(0)`), after the browser has painted and handled input.
pub async fn page_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// How many of `len` items to draw: all of a short list; a long one `step` more after each
/// paint, so its first screen shows at once and the rest follows.
#[hook]
pub fn use_growing(len: usize, step: usize) -> usize {
    let shown = use_state_eq(|| step);
    {
        let shown = shown.clone();
        use_effect_with((*shown, len), move |&(now, len)| {
            if now < len {
                spawn_local(async move {
                    page_turn().await;
                    shown.set(now + step);
                });
            }
        });
    }
    (*shown).min(len)
}

thread_local! {
    /// How many paints the page has had since it started, counted up to the last stage a
    /// part of the page waits for: from then on everything renders at once.
    static PAINTS: std::cell::Cell<u8> = const { std::cell::Cell::new(0) };
}

/// The page's first render draws the first screen only, in stages a paint apart, so that
/// no one render or layout holds the page still for long (issue 16); V8 compiles each wasm
/// function on its first call, so a stage's new code costs its compile time too.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// The headline figures, the scenario bar and the lock.
    Headlines = 0,
    /// The rest of the first screen: the fields of the funding and posts, the warnings,
    /// the first chart.
    FirstScreen = 1,
    /// Everything below the first screen.
    BelowTheFold = 2,
}

/// The page was started by a handover (`crate::shell`): the first load has already painted,
/// and the whole page must render at once so its scroll and focus can be restored.
pub fn whole_page_now() {
    PAINTS.with(|paints| paints.set(Stage::BelowTheFold as u8));
}

/// Resolves after the next paint (`requestAnimationFrame`, then a new task), or after 200 ms
/// in a hidden tab, which does not paint.
async fn after_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(&resolve);
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 200);
        }
    });
    let _ = JsFuture::from(frame).await;
    page_turn().await;
}

impl Stage {
    /// The stage reached after `paints` paints.
    fn after(paints: u8) -> Stage {
        match paints {
            0 => Stage::Headlines,
            1 => Stage::FirstScreen,
            _ => Stage::BelowTheFold,
        }
    }
}

/// The stage of the page's first render a component may draw up to: every stage at once,
/// unless the page is still in its first stages; then each one paint after the stage
/// before. Parts drawn later (another scenario, another view) draw everything at once.
#[hook]
pub fn use_stage() -> Stage {
    let reached = use_state_eq(|| PAINTS.with(std::cell::Cell::get));
    {
        let reached = reached.clone();
        use_effect_with(*reached, move |&now| {
            if now < Stage::BelowTheFold as u8 {
                spawn_local(async move {
                    after_paint().await;
                    let paints = PAINTS.with(|paints| {
                        paints.set(paints.get().max(now + 1));
                        paints.get()
                    });
                    reached.set(paints);
                });
            }
        });
    }
    Stage::after(*reached)
}
