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
