//! Saved work: autosave to localStorage (debounced) under a versioned key; unreadable
//! saves kept under a backup key and reported; a full quota reported; other tabs' saves
//! merged in through the `storage` event, so two tabs never lose each other's edits.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::state::{Action, State};
use crate::workspace::{Workspace, BACKUP_KEY, STORAGE_KEY};

/// How long typing must pause before the work is saved.
const SAVE_DELAY_MS: u32 = 400;

/// What this tab last saved or loaded, and its stamp: the base for merging another tab's save.
pub type SavedBase = Rc<RefCell<Option<(Rc<Workspace>, u64)>>>;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// What the browser holds at start.
pub enum Saved {
    Nothing,
    Loaded(Workspace, u64),
    /// Could not be read: kept under the backup key; the reason is for the planner.
    Unreadable(String),
}

pub fn load() -> Saved {
    let Some(store) = storage() else { return Saved::Nothing };
    let Ok(Some(text)) = store.get_item(STORAGE_KEY) else { return Saved::Nothing };
    match Workspace::from_storage(&text) {
        Ok((w, stamp)) => Saved::Loaded(w, stamp),
        Err(reason) => {
            let kept = store.set_item(BACKUP_KEY, &text).is_ok() && store.remove_item(STORAGE_KEY).is_ok();
            Saved::Unreadable(if kept {
                format!(
                    "Your saved work could not be read ({reason}). It is kept in this browser under \
                     \"{BACKUP_KEY}\"; the planner starts from the report's position."
                )
            } else {
                format!("Your saved work could not be read ({reason}) and could not be set aside.")
            })
        }
    }
}

fn stored_stamp() -> u64 {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|text| Workspace::from_storage(&text).ok())
        .map_or(0, |(_, stamp)| stamp)
}

thread_local! {
    /// Work waiting for its save, so [`flush`] can save it at once.
    static PENDING: std::cell::RefCell<Option<(Rc<Workspace>, SavedBase)>> = const { std::cell::RefCell::new(None) };
}

/// Writes `workspace` with a stamp above every save seen; remembers it as the merge base.
fn save_now(workspace: Rc<Workspace>, base: &SavedBase) -> bool {
    let stamp = stored_stamp().max(base.borrow().as_ref().map_or(0, |(_, s)| *s)) + 1;
    let written = storage().map(|s| s.set_item(STORAGE_KEY, &workspace.to_storage(stamp)));
    PENDING.with(|p| p.borrow_mut().take());
    if matches!(written, Some(Ok(()))) {
        *base.borrow_mut() = Some((workspace, stamp));
        true
    } else {
        false
    }
}

/// Saves any work still waiting for its save (before the page hands over to another build).
pub fn flush() {
    if let Some((workspace, base)) = PENDING.with(|p| p.borrow_mut().take()) {
        save_now(workspace, &base);
    }
}

/// Saves the workspace a moment after it stops changing; says so if the browser refuses.
#[hook]
pub fn use_autosave(state: &State, enabled: bool, dispatch: Callback<Action>, base: SavedBase) {
    let timer = use_mut_ref(|| None::<Timeout>);
    let workspace = state.workspace.clone();
    let allowed = enabled && state.saving_allowed();
    use_effect_with((workspace, allowed), move |(workspace, allowed)| {
        let unchanged = base.borrow().as_ref().is_some_and(|(saved, _)| saved == workspace);
        if *allowed && !unchanged {
            let workspace = workspace.clone();
            PENDING.with(|p| *p.borrow_mut() = Some((workspace.clone(), base.clone())));
            *timer.borrow_mut() = Some(Timeout::new(SAVE_DELAY_MS, move || {
                if !save_now(workspace, &base) {
                    dispatch.emit(Action::Notify(Some(
                        "Your work could not be saved in this browser (its storage is full or turned off). \
                         Export it to a file to keep it."
                            .into(),
                    )));
                }
            }));
        }
    });
}

/// Merges in what another tab saves.
#[hook]
pub fn use_other_tabs(dispatch: Callback<Action>, base: SavedBase) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(event) else { return };
                if event.key().as_deref() != Some(STORAGE_KEY) {
                    return;
                }
                let Some(Ok((theirs, stamp))) = event.new_value().map(|text| Workspace::from_storage(&text)) else {
                    return;
                };
                let known = base.borrow().clone();
                if known.as_ref().is_some_and(|(_, s)| *s >= stamp) {
                    return;
                }
                let theirs = Rc::new(theirs);
                let before = known.map_or_else(|| theirs.clone(), |(w, _)| w);
                *base.borrow_mut() = Some((theirs.clone(), stamp));
                dispatch.emit(Action::External { base: before, theirs });
            })
        });
        move || drop(listener)
    });
}
