//! The app's state and its pure reducer: the workspace (business as usual and options),
//! which scenario is open, the raw text of fields being typed in, undo/redo, and a link
//! waiting for the planner's choice. Figures are never stored: they are derived.

use std::collections::HashMap;
use std::rc::Rc;

#[cfg(feature = "full")]
use planner_engine::edit::Change;
use planner_engine::edit::{apply_change, apply_edit, field_text, Field};
use planner_engine::{Scenario, ScenarioSet};
#[cfg(feature = "full")]
use planner_view::decide::Assumptions;

use crate::workspace::Workspace;

mod action;
mod actuals;
mod history;
mod panel;
#[cfg(feature = "full")]
mod paste;
pub use action::{Action, Open};
pub use history::{Draft, History};
pub use panel::{Opening, Panel};

#[cfg(test)]
use planner_engine::Money;

/// How many steps Undo can go back.
const UNDO_LIMIT: usize = 100;

/// The page's main view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[cfg_attr(feature = "full", derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
pub enum View {
    #[default]
    Edit,
    Compare,
    /// Decision support: stop-month curves, switching values, review-point odds, Green Book.
    Decide,
}

/// A share link the page was opened with, and what the planner chose to do with it.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkState {
    None,
    /// Waiting for a choice: view only, replace my work, or add to my work.
    Offered(Rc<ScenarioSet>),
    /// Looking at the link's scenarios; the planner's own work waits, untouched and unsaved over.
    Viewing {
        own: Rc<Workspace>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub workspace: Rc<Workspace>,
    pub selected: usize,
    /// The open scenario (the workspace's `selected` entry), kept at hand for the editor.
    pub scenario: Rc<Scenario>,
    pub drafts: Rc<HashMap<Field, Draft>>,
    pub view: View,
    pub link: LinkState,
    /// A message for the planner (a link or a file opened, or why not).
    pub notice: Option<Rc<str>>,
    /// The last action deleted an option: the notice offers Undo right beside it.
    pub undo_offered: bool,
    /// What the planner confirmed in Decide for the slides and sheet: until then they show
    /// no decision figure. Not saved: it belongs to this sitting. Full build only.
    #[cfg(feature = "full")]
    pub assumptions: Option<Rc<Assumptions>>,
    undo: Rc<Vec<Rc<Workspace>>>,
    redo: Rc<Vec<Rc<Workspace>>>,
    /// The last field typed in (scenario id and field): typing runs are one undo step.
    last_edit: Option<(u32, Field)>,
}

impl Default for State {
    fn default() -> Self {
        State::with_workspace(Workspace::default())
    }
}

impl State {
    pub fn with_workspace(workspace: Workspace) -> State {
        let scenario = workspace.scenario(0).cloned().unwrap_or_else(|| Rc::new(Scenario::default_scenario()));
        State {
            workspace: Rc::new(workspace),
            selected: 0,
            scenario,
            drafts: Rc::default(),
            view: View::Edit,
            link: LinkState::None,
            notice: None,
            undo_offered: false,
            #[cfg(feature = "full")]
            assumptions: None,
            undo: Rc::default(),
            redo: Rc::default(),
            last_edit: None,
        }
    }

    /// The text a field shows: what was typed, else the scenario's value.
    pub fn text(&self, field: Field) -> String {
        match self.drafts.get(&field) {
            Some(draft) => draft.text.clone(),
            None => field_text(&self.scenario, field),
        }
    }

    /// The engine's error for a field, if what was typed there is not valid.
    pub fn error(&self, field: Field) -> Option<String> {
        self.drafts.get(&field).and_then(|d| d.error.clone())
    }

    /// How many fields hold text that is not applied, so the page can say so.
    pub fn pending_errors(&self) -> usize {
        self.drafts.values().filter(|d| d.error.is_some()).count()
    }

    /// Whether the open scenario may be edited (business as usual is locked by default).
    pub fn editable(&self) -> bool {
        self.workspace.editable(self.selected) && !matches!(self.link, LinkState::Viewing { .. })
    }

    /// Whether a link's scenarios are shown in place of the planner's own work.
    pub fn viewing(&self) -> bool {
        matches!(self.link, LinkState::Viewing { .. })
    }

    /// Undo and Redo step through the planner's own work, so not while viewing a link.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty() && !self.viewing()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty() && !self.viewing()
    }

    /// Whether the workspace may be saved over the planner's stored work now.
    pub fn saving_allowed(&self) -> bool {
        matches!(self.link, LinkState::None | LinkState::Offered(_))
    }
}

impl State {
    fn apply(&mut self, action: Action) {
        let undo_offered = std::mem::take(&mut self.undo_offered);
        // A link being viewed is not the planner's work: it is not reshaped, and Undo
        // would reach into the work set aside.
        if action.reshapes() && self.viewing() {
            return;
        }
        match action {
            Action::Edit(field, text) => self.edit(field, text),
            Action::Blur(field) if self.drafts.get(&field).is_some_and(|d| d.error.is_none()) => {
                Rc::make_mut(&mut self.drafts).remove(&field);
            }
            #[cfg(feature = "full")]
            Action::Change(change @ (Change::AddInvoice | Change::RemoveInvoice(_))) => self.change_actuals(change),
            Action::Change(change) if self.editable() => {
                // Rows below a removed one move up: their drafts move with them.
                let drafts = (*self.drafts).clone();
                self.drafts = Rc::new(drafts.into_iter().filter_map(|(f, d)| Some((f.after(change)?, d))).collect());
                let changed = apply_change(&self.scenario, change);
                self.commit(|w, i| w.set_scenario(i, changed), self.selected);
            }
            #[cfg(feature = "full")]
            Action::AddPosts(posts) if self.editable() => self.add_posts(&posts),
            #[cfg(feature = "full")]
            Action::AddAwards(awards) if self.editable() => self.add_awards(&awards),
            #[cfg(feature = "full")]
            Action::SetAllocations(allocations) if self.editable() => self.set_allocations(&allocations),
            #[cfg(feature = "full")]
            Action::SetActuals(actuals) => self.set_actuals(&actuals),
            Action::Reset if self.editable() => {
                let mut fresh = Scenario::default_scenario();
                if self.selected > 0 {
                    fresh.name = self.scenario.name.clone();
                }
                self.drafts = Rc::default();
                self.commit(|w, i| w.set_scenario(i, fresh), self.selected);
            }
            Action::Select(index) if index < self.workspace.len() => self.select(index),
            Action::Duplicate(from) => self.commit_new(|w| w.duplicate(from)),
            #[cfg(any(feature = "full", test))]
            Action::AddReadyMade(option) => self.commit_new(|w| w.add_ready_made(option)),
            Action::Delete(index) if index > 0 && index < self.workspace.len() => {
                let selected = if self.selected >= index { self.selected.saturating_sub(1) } else { self.selected };
                let name = self.workspace.scenario(index).map(|s| s.name.clone()).unwrap_or_default();
                self.commit(
                    |w, _| {
                        w.delete(index);
                    },
                    selected,
                );
                self.notice = Some(format!("Deleted “{name}”.").into());
                self.undo_offered = true;
            }
            Action::Move(index, up) => {
                let mut moved = (*self.workspace).clone();
                let to = moved.move_option(index, up);
                let selected = match self.selected {
                    s if s == index => to,
                    s if s == to => index,
                    s => s,
                };
                self.commit(|w, _| *w = moved, selected);
            }
            Action::SetBaselineLocked(locked) => {
                self.commit(|w, _| w.baseline_locked = locked, self.selected);
            }
            Action::Undo => {
                self.travel(true);
                if undo_offered {
                    self.notice = Some("The deleted option is back.".into());
                }
            }
            Action::Redo => self.travel(false),
            Action::ShowView(view) => self.view = view,
            Action::OfferLink(set) => self.link = LinkState::Offered(set),
            Action::OpenSet(set, open) => self.open_set(&set, open),
            Action::LeaveLink => {
                if let LinkState::Viewing { own } = &self.link {
                    let own = own.clone();
                    self.link = LinkState::None;
                    self.replace_workspace(own);
                    self.notice = Some("Back to your own work.".into());
                }
            }
            // While a link is viewed, other tabs' saves merge into the work set aside, so
            // going back returns to the newest work, never an older one to save over it.
            Action::External { base, theirs } => match &self.link {
                LinkState::Viewing { own } => {
                    self.link = LinkState::Viewing { own: Rc::new(own.merge(&base, &theirs)) }
                }
                _ => {
                    let merged = self.workspace.merge(&base, &theirs);
                    if merged != *self.workspace {
                        self.replace_workspace(Rc::new(merged));
                    }
                }
            },
            Action::Notify(notice) => self.notice = notice,
            #[cfg(feature = "full")]
            Action::Confirm(assumptions) => self.assumptions = assumptions,
            _ => {}
        }
    }

    fn edit(&mut self, field: Field, text: String) {
        if !self.may_edit(field) {
            let reason = "Business as usual is locked: unlock it to edit, or add an option to change.";
            Rc::make_mut(&mut self.drafts).insert(field, Draft { text, error: Some(reason.into()) });
            return;
        }
        match apply_edit(&self.scenario, field, &text) {
            Ok(changed) => {
                let drafts = Rc::make_mut(&mut self.drafts);
                drafts.insert(field, Draft { text, error: None });
                let changed = retry_rejected(changed, drafts);
                let id = self.workspace.entries.get(self.selected).map(|e| e.id).unwrap_or_default();
                let same_run = self.last_edit == Some((id, field));
                self.commit_scenario(changed);
                if same_run {
                    // One undo step for a run of typing in one field.
                    Rc::make_mut(&mut self.undo).pop();
                }
                self.last_edit = Some((id, field));
            }
            Err(error) => {
                let error = Some(planner_view::edit_error::describe(&error));
                Rc::make_mut(&mut self.drafts).insert(field, Draft { text, error });
            }
        }
    }

    /// Changes the workspace as one undoable step, then opens scenario `selected`.
    fn commit(&mut self, change: impl FnOnce(&mut Workspace, usize), selected: usize) {
        let before = self.workspace.clone();
        let mut w = (*self.workspace).clone();
        change(&mut w, self.selected);
        if w == *before {
            return;
        }
        let undo = Rc::make_mut(&mut self.undo);
        undo.push(before);
        if undo.len() > UNDO_LIMIT {
            undo.remove(0);
        }
        self.redo = Rc::default();
        self.last_edit = None;
        self.workspace = Rc::new(w);
        self.open(selected.min(self.workspace.len().saturating_sub(1)));
    }

    fn commit_new(&mut self, add: impl FnOnce(&mut Workspace) -> usize) {
        let mut w = (*self.workspace).clone();
        let index = add(&mut w);
        self.commit(|target, _| *target = w, index);
        self.drafts = Rc::default();
    }

    fn travel(&mut self, back: bool) {
        let (from, to) = if back { (&mut self.undo, &mut self.redo) } else { (&mut self.redo, &mut self.undo) };
        let Some(target) = Rc::make_mut(from).pop() else { return };
        Rc::make_mut(to).push(self.workspace.clone());
        self.workspace = target;
        self.last_edit = None;
        self.drafts = Rc::default();
        self.open(self.selected.min(self.workspace.len().saturating_sub(1)));
    }

    fn select(&mut self, index: usize) {
        if index != self.selected {
            self.drafts = Rc::default();
            self.last_edit = None;
        }
        self.open(index);
    }

    /// Points `selected` and `scenario` at entry `index` of the workspace.
    fn open(&mut self, index: usize) {
        self.selected = index;
        if let Some(s) = self.workspace.scenario(index) {
            self.scenario = s.clone();
        }
    }

    fn replace_workspace(&mut self, workspace: Rc<Workspace>) {
        self.workspace = workspace;
        self.drafts = Rc::default();
        self.last_edit = None;
        self.open(self.selected.min(self.workspace.len().saturating_sub(1)));
    }

    fn open_set(&mut self, set: &ScenarioSet, open: Open) {
        if let (Open::Replace | Open::Add, LinkState::Viewing { own }) = (open, &self.link) {
            // Replace or add to the planner's own work, not to the link being viewed.
            let own = own.clone();
            self.link = LinkState::None;
            self.replace_workspace(own);
        }
        let count = set.scenarios.len();
        let plural = if count == 1 { "scenario" } else { "scenarios" };
        match open {
            Open::ViewOnly => {
                let own = match &self.link {
                    LinkState::Viewing { own } => own.clone(),
                    _ => self.workspace.clone(),
                };
                self.link = LinkState::Viewing { own };
                self.workspace = Rc::new(Workspace::new(set.scenarios.clone()));
                self.drafts = Rc::default();
                self.open(0);
                self.notice =
                    Some(format!("Viewing {count} {plural} from the link. Your own work is untouched.").into());
            }
            Open::Replace => {
                self.link = LinkState::None;
                let w = Workspace::new(set.scenarios.clone());
                self.commit(|target, _| *target = w, 0);
                self.drafts = Rc::default();
                self.notice = Some(format!("Opened {count} {plural}. Undo brings your previous work back.").into());
            }
            Open::Add => {
                self.link = LinkState::None;
                self.commit_new(|w| w.add_all(set));
                self.notice = Some(format!("Added {count} {plural} to your work as options.").into());
            }
        }
    }
}

/// Text refused because of another field (a vacancy's end before its start) may be fine
/// once that field changed: apply every such draft that now passes.
fn retry_rejected(mut scenario: Scenario, drafts: &mut HashMap<Field, Draft>) -> Scenario {
    let mut progress = true;
    while progress {
        progress = false;
        for (field, draft) in drafts.iter_mut().filter(|(_, d)| d.error.is_some()) {
            if let Ok(next) = apply_edit(&scenario, *field, &draft.text) {
                scenario = next;
                draft.error = None;
                progress = true;
            }
        }
    }
    scenario
}

#[cfg(test)]
mod tests;
