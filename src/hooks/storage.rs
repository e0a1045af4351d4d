//! Saved work: autosave to localStorage (debounced) under a versioned key; unreadable
//! saves kept under backup keys of their own, or, when they cannot be, never written over
//! until the planner chooses; a full quota reported; other tabs' saves merged in through
//! the `storage` event (and before any save), so two tabs never lose each other's edits.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::state::{Action, State};
use crate::workspace::{backup_key, Workspace, MAX_BACKUPS, MAX_STAMP, STORAGE_KEY};

/// How long typing must pause before the work is saved.
const SAVE_DELAY_MS: u32 = 400;

/// What this tab last saved or loaded, and its stamp: the base for merging another tab's save.
pub type SavedBase = Rc<RefCell<Option<(Rc<Workspace>, u64)>>>;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The saved work's text as the browser holds it now.
fn saved_text() -> Option<String> {
    storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
}

/// What the browser holds at start.
pub enum Saved {
    Nothing,
    Loaded(Workspace, u64),
    /// Could not be read: set aside under a backup key; the message is for the planner.
    Unreadable(String),
    /// Could not be read nor set aside: left where it is, and nothing may be saved over it
    /// until the planner has chosen (see `components::workspace::HeldWork`).
    Held(Rc<Held>),
}

/// Saved work that could not be read or set aside: why, and its text (to download).
#[derive(Debug, PartialEq)]
pub struct Held {
    pub reason: String,
    pub text: String,
}

pub fn load() -> Saved {
    let Some(store) = storage() else { return Saved::Nothing };
    let Ok(Some(text)) = store.get_item(STORAGE_KEY) else { return Saved::Nothing };
    match Workspace::from_storage(&text) {
        Ok((w, stamp)) => Saved::Loaded(w, stamp),
        Err(reason) => match set_aside(&text) {
            Some(key) => Saved::Unreadable(format!(
                "Your saved work could not be read ({reason}). It is kept in this browser under \
                 \"{key}\" (Files and CSV lists every copy kept, to download); the planner starts from the \
                 report's position."
            )),
            None => Saved::Held(Rc::new(Held { reason, text })),
        },
    }
}

/// Moves unreadable saved text to a backup key of its own (or finds it already kept) and
/// clears the saved-work key; the backup's key, or `None` when it could not be kept (every
/// backup key in use, or no room), in which case nothing is removed.
pub fn set_aside(text: &str) -> Option<String> {
    let store = storage()?;
    let held = |n: usize| store.get_item(&backup_key(n)).ok().flatten();
    let key = match (1..=MAX_BACKUPS).find(|n| held(*n).as_deref() == Some(text)) {
        Some(n) => backup_key(n),
        None => {
            let key = backup_key((1..=MAX_BACKUPS).find(|n| held(*n).is_none())?);
            store.set_item(&key, text).ok()?;
            key
        }
    };
    // Only the text set aside may be cleared: another tab may have saved since.
    if store.get_item(STORAGE_KEY).ok().flatten().as_deref() == Some(text) {
        store.remove_item(STORAGE_KEY).ok()?;
    }
    Some(key)
}

/// Every backup kept, by key, with its text.
pub fn backups() -> Vec<(String, String)> {
    let Some(store) = storage() else { return Vec::new() };
    (1..=MAX_BACKUPS)
        .map(backup_key)
        .filter_map(|key| store.get_item(&key).ok().flatten().map(|text| (key, text)))
        .collect()
}

/// Removes the saved work (the planner chose to save over what could not be read).
pub fn discard_saved() {
    delete_backup(STORAGE_KEY);
}

/// Deletes one backup (the planner chose to).
pub fn delete_backup(key: &str) {
    if let Some(store) = storage() {
        let _ = store.remove_item(key);
    }
}

/// Whether a save holds work this tab has not merged: a higher stamp, or at the largest
/// stamp (where saves stop rising: a crafted save, or one after 2^53 saves) other work.
fn is_news(base: &SavedBase, theirs: &Workspace, stamp: u64) -> bool {
    match base.borrow().as_ref() {
        None => true,
        Some((ours, known)) => stamp > *known || (stamp == MAX_STAMP && stamp == *known && **ours != *theirs),
    }
}

/// What to merge another tab's save against: what this tab last saved or loaded, else what
/// every tab starts from.
fn merge_base(base: &SavedBase) -> Rc<Workspace> {
    base.borrow().as_ref().map_or_else(|| Rc::new(Workspace::default()), |(w, _)| w.clone())
}

thread_local! {
    /// Work waiting for its save, so [`flush`] can save it at once.
    static PENDING: std::cell::RefCell<Option<(Rc<Workspace>, SavedBase)>> = const { std::cell::RefCell::new(None) };
}

/// What a save did.
enum Wrote {
    Saved,
    /// The browser refused (full quota, storage off).
    Refused,
    /// Another tab saved work this tab has not merged yet: not written over. The base now
    /// holds that save; the work to merge is returned with the base it is merged against.
    Behind {
        base: Rc<Workspace>,
        theirs: Rc<Workspace>,
    },
}

/// Writes `workspace` with a stamp above every save seen and remembers it as the merge
/// base; never over a newer save this tab has not merged (a storage event still on its way).
fn save_now(workspace: Rc<Workspace>, base: &SavedBase) -> Wrote {
    PENDING.with(|p| p.borrow_mut().take());
    let known = base.borrow().as_ref().map_or(0, |(_, s)| *s);
    let text = saved_text();
    let stored = text.as_deref().map(Workspace::from_storage);
    // Work this planner cannot read (written by hand, or by a later version in another tab)
    // is set aside before anything is saved in its place.
    if let (Some(text), Some(Err(_))) = (&text, &stored) {
        if set_aside(text).is_none() {
            return Wrote::Refused;
        }
    }
    if let Some(Ok((theirs, stamp))) = stored.filter(|r| r.as_ref().is_ok_and(|(w, stamp)| is_news(base, w, *stamp))) {
        let before = merge_base(base);
        let theirs = Rc::new(theirs);
        *base.borrow_mut() = Some((theirs.clone(), stamp));
        return Wrote::Behind { base: before, theirs };
    }
    let stamp = known.saturating_add(1).min(MAX_STAMP);
    match storage().map(|s| s.set_item(STORAGE_KEY, &workspace.to_storage(stamp))) {
        Some(Ok(())) => {
            *base.borrow_mut() = Some((workspace, stamp));
            Wrote::Saved
        }
        _ => Wrote::Refused,
    }
}

/// What saving with merging did: whether the browser refused, and each other tab's save
/// merged in first (its base and its work), for the page to take in too.
struct Merged {
    refused: bool,
    taken_in: Vec<(Rc<Workspace>, Rc<Workspace>)>,
}

/// How many newer saves of other tabs one save merges in and tries again after; after that it
/// leaves the merged work to the page until the next change (two tabs saving in the same
/// instant, over and over).
const MAX_MERGES: usize = 3;

/// Saves `workspace`, merged first with any newer save of another tab. The merged work is
/// saved here and now: when the other save changed nothing (the same work re-saved), the
/// merge leaves the page as it was, and no later change would come to save it.
fn save_merging(mut workspace: Rc<Workspace>, base: &SavedBase) -> Merged {
    let mut merged = Merged { refused: false, taken_in: Vec::new() };
    for _ in 0..=MAX_MERGES {
        match save_now(workspace.clone(), base) {
            Wrote::Saved => break,
            Wrote::Refused => {
                merged.refused = true;
                break;
            }
            Wrote::Behind { base: before, theirs } => {
                workspace = Rc::new(workspace.merge(&before, &theirs));
                merged.taken_in.push((before, theirs));
            }
        }
    }
    merged
}

/// Saves any work still waiting for its save (before the page hands over to another build,
/// or is left), merged first with a newer save of another tab.
pub fn flush() {
    if let Some((workspace, base)) = PENDING.with(|p| p.borrow_mut().take()) {
        save_merging(workspace, &base);
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
                let merged = save_merging(workspace, &base);
                // The page shows what was merged in; it is saved already.
                for (base, theirs) in merged.taken_in {
                    dispatch.emit(Action::External { base, theirs });
                }
                if merged.refused {
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

/// Saves waiting work at once when the page is left (closed, reloaded, navigated away or
/// hidden on a phone), so a change made in the last moment before leaving is never lost.
#[hook]
pub fn use_save_on_leave() {
    use_effect_with((), move |_| {
        let listeners = web_sys::window().map(|window| {
            let document = window.document();
            let on_hide = EventListener::new(&window, "pagehide", |_| flush());
            let on_hidden = document.map(|document| {
                let watched = document.clone();
                EventListener::new(&document, "visibilitychange", move |_| {
                    if watched.visibility_state() == web_sys::VisibilityState::Hidden {
                        flush();
                    }
                })
            });
            (on_hide, on_hidden)
        });
        move || drop(listeners)
    });
}

/// Takes in saved work newer than this tab's: merged into the page, and the base for the
/// next merge.
fn take_in(text: &str, base: &SavedBase, dispatch: &Callback<Action>) {
    let Ok((theirs, stamp)) = Workspace::from_storage(text) else { return };
    if !is_news(base, &theirs, stamp) {
        return;
    }
    let theirs = Rc::new(theirs);
    let before = merge_base(base);
    *base.borrow_mut() = Some((theirs.clone(), stamp));
    dispatch.emit(Action::External { base: before, theirs });
}

/// Takes in what was saved since this app read the saved work: the first load saves its
/// last change as the full build takes over from it (`planner_stop`), after the full build
/// has started, and a save in the same page sends no `storage` event.
pub fn catch_up(dispatch: &Callback<Action>, base: &SavedBase) {
    if let Some(text) = saved_text() {
        take_in(&text, base, dispatch);
    }
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
                if let Some(text) = event.new_value() {
                    take_in(&text, &base, &dispatch);
                }
            })
        });
        move || drop(listener)
    });
}
