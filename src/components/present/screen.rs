//! Meeting mode's hold on the page while it is open: full screen on its container (if the
//! browser allows; if not, the overlay still fills the window), focus on the slide and kept
//! within meeting mode, the window's keys, and on leaving, full screen ended.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use planner_view::present::Nav;
use wasm_bindgen::prelude::{wasm_bindgen, Closure};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::Position;

#[wasm_bindgen]
extern "C" {
    /// An element, for the promise-returning `requestFullscreen` (web-sys binds it as void,
    /// which would leave a refusal as an unhandled rejection in the console).
    type Screenable;
    #[wasm_bindgen(method, js_name = requestFullscreen)]
    fn request_fullscreen(this: &Screenable) -> JsValue;
    type Pending;
    #[wasm_bindgen(method, js_name = catch)]
    fn or_else(this: &Pending, on_error: &JsValue) -> JsValue;
}

/// Dropped when meeting mode closes: stops listening and leaves full screen.
pub struct Session {
    _keys: Option<EventListener>,
    _screen: Option<EventListener>,
}

impl Drop for Session {
    fn drop(&mut self) {
        let document = web_sys::window().and_then(|w| w.document());
        if let Some(document) = document.filter(|d| d.fullscreen_element().is_some()) {
            document.exit_fullscreen();
        }
    }
}

/// Space or Enter on a button (or link, or field) works that control, not the slides.
fn on_control(event: &KeyboardEvent) -> bool {
    let tag = event.target().and_then(|t| t.dyn_into::<Element>().ok()).map(|e| e.tag_name()).unwrap_or_default();
    matches!(tag.as_str(), "BUTTON" | "A" | "SUMMARY" | "INPUT" | "SELECT" | "TEXTAREA")
}

/// Tab and Shift+Tab go round meeting mode's own controls, never to the page beneath it
/// (hidden by the overlay, or outside the full-screen element).
fn keep_tab_inside(container: &Element, event: &KeyboardEvent) {
    let Ok(list) = container.query_selector_all("button, [tabindex='0']") else { return };
    let items: Vec<HtmlElement> = (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect();
    let (Some(first), Some(last)) = (items.first(), items.last()) else { return };
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    let inside = active.as_ref().is_some_and(|a| container.contains(Some(a)));
    let to = match &active {
        _ if !inside => Some(first),
        Some(a) if event.shift_key() && first.is_same_node(Some(a)) => Some(last),
        Some(a) if !event.shift_key() && last.is_same_node(Some(a)) => Some(first),
        _ => None,
    };
    if let Some(to) = to {
        event.prevent_default();
        let _ = to.focus();
    }
}

pub fn open(container: &NodeRef, region: &NodeRef, go: UseReducerDispatcher<Position>, close: Callback<()>) -> Session {
    let window = web_sys::window();
    let document = window.as_ref().and_then(|w| w.document());
    let leave = close.clone();
    let element = container.cast::<Element>();
    let keys = window.as_ref().map(|w| {
        EventListener::new_with_options(w, "keydown", EventListenerOptions::enable_prevent_default(), move |e| {
            let Some(event) = e.dyn_ref::<KeyboardEvent>() else { return };
            if event.ctrl_key() || event.alt_key() || event.meta_key() || event.default_prevented() {
                return;
            }
            if let (Some(element), "Tab") = (&element, event.key().as_str()) {
                return keep_tab_inside(element, event);
            }
            let Some(nav) = Nav::from_key(&event.key()) else { return };
            if event.key() == " " && on_control(event) {
                return;
            }
            event.prevent_default();
            match nav {
                Nav::Leave => leave.emit(()),
                nav => go.dispatch(nav),
            }
        })
    });
    // Esc in full screen is the browser's: it leaves full screen without a keydown, so
    // leaving full screen (after having entered it) leaves meeting mode too.
    let entered = Rc::new(Cell::new(false));
    let screen = document.as_ref().map(|d| {
        let d2 = d.clone();
        EventListener::new(d, "fullscreenchange", move |_| match d2.fullscreen_element() {
            Some(_) => entered.set(true),
            None if entered.get() => close.emit(()),
            None => {}
        })
    });
    if let Some(element) = container.cast::<Element>() {
        let pending = element.unchecked_ref::<Screenable>().request_fullscreen();
        // Older browsers return nothing; a refusal just keeps the full-window overlay.
        if pending.is_object() {
            let ignore = Closure::once_into_js(|_: JsValue| {});
            let _ = pending.unchecked_ref::<Pending>().or_else(&ignore);
        }
    }
    if let Some(region) = region.cast::<HtmlElement>() {
        let _ = region.focus();
    }
    Session { _keys: keys, _screen: screen }
}
