//! Keyboard shortcuts for the planner's own Undo and Redo: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y
//! (Cmd+Z and Cmd+Shift+Z on a Mac).
//!
//! Not while focus is in a text field, a select or editable text: there the browser's own
//! undo takes back what was typed in that field, as everywhere else on the web, and the
//! field's `input` event brings the planner along with it. Everywhere else (a button, a
//! checkbox, the page itself) the shortcuts step through the planner's history.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::Action;

/// What a key press asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    Undo,
    Redo,
}

/// The modifier keys held with a key.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Held {
    pub ctrl: bool,
    pub meta: bool,
    pub shift: bool,
    pub alt: bool,
}

/// The shortcut a key press means, if any: `key` is the event's `key` ("z", "Z", "y").
pub fn shortcut(key: &str, held: Held) -> Option<Shortcut> {
    if held.alt || !(held.ctrl || held.meta) {
        return None;
    }
    match key {
        "z" | "Z" if held.shift => Some(Shortcut::Redo),
        "z" | "Z" => Some(Shortcut::Undo),
        // Cmd+Y opens the history in Mac browsers: only Ctrl+Y is Redo.
        "y" | "Y" if held.ctrl && !held.shift => Some(Shortcut::Redo),
        _ => None,
    }
}

/// Whether the browser's own undo belongs to the element: text fields, selects, editable text.
pub fn keeps_own_undo(tag: &str, input_type: Option<&str>, editable: bool) -> bool {
    match tag.to_ascii_lowercase().as_str() {
        "textarea" | "select" => true,
        "input" => !matches!(
            input_type.map(str::to_ascii_lowercase).as_deref(),
            Some("checkbox" | "radio" | "button" | "submit" | "reset" | "file" | "range" | "color" | "image")
        ),
        _ => editable,
    }
}

fn target_keeps_own_undo(event: &web_sys::KeyboardEvent) -> bool {
    let Some(element) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    let kind = element.get_attribute("type");
    keeps_own_undo(&element.tag_name(), kind.as_deref(), element.is_content_editable())
}

/// Listens on the window for the Undo and Redo shortcuts.
#[hook]
pub fn use_undo_keys(dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            // Not passive: a handled shortcut stops the browser's own undo of the page.
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                let held = Held {
                    ctrl: event.ctrl_key(),
                    meta: event.meta_key(),
                    shift: event.shift_key(),
                    alt: event.alt_key(),
                };
                let Some(wanted) = shortcut(&event.key(), held) else { return };
                if target_keeps_own_undo(event) {
                    return;
                }
                event.prevent_default();
                dispatch.emit(match wanted {
                    Shortcut::Undo => Action::Undo,
                    Shortcut::Redo => Action::Redo,
                });
            })
        });
        move || drop(listener)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    const CTRL: Held = Held { ctrl: true, meta: false, shift: false, alt: false };
    const CMD: Held = Held { ctrl: false, meta: true, shift: false, alt: false };

    #[test]
    fn ctrl_or_cmd_z_undoes_and_with_shift_redoes() {
        assert_eq!(shortcut("z", CTRL), Some(Shortcut::Undo));
        assert_eq!(shortcut("z", CMD), Some(Shortcut::Undo));
        assert_eq!(shortcut("Z", Held { shift: true, ..CTRL }), Some(Shortcut::Redo));
        assert_eq!(shortcut("Z", Held { shift: true, ..CMD }), Some(Shortcut::Redo));
        assert_eq!(shortcut("y", CTRL), Some(Shortcut::Redo));
    }

    #[test]
    fn other_keys_and_combinations_are_left_alone() {
        assert_eq!(shortcut("z", Held::default()), None);
        assert_eq!(shortcut("z", Held { alt: true, ..CTRL }), None, "AltGr on some layouts");
        assert_eq!(shortcut("y", CMD), None, "Cmd+Y is the Mac browsers' history");
        assert_eq!(shortcut("c", CTRL), None);
    }

    #[test]
    fn text_fields_and_selects_keep_the_browsers_undo() {
        assert!(keeps_own_undo("INPUT", None, false));
        assert!(keeps_own_undo("INPUT", Some("text"), false));
        assert!(keeps_own_undo("INPUT", Some("month"), false));
        assert!(keeps_own_undo("SELECT", None, false));
        assert!(keeps_own_undo("TEXTAREA", None, false));
        assert!(keeps_own_undo("DIV", None, true));
        assert!(!keeps_own_undo("INPUT", Some("checkbox"), false));
        assert!(!keeps_own_undo("BUTTON", None, false));
        assert!(!keeps_own_undo("BODY", None, false));
    }
}
