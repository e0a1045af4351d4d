//! Undo, Redo and half-typed fields in a form that crosses from the first load to the full
//! build (`crate::shell`).

use std::rc::Rc;

use planner_engine::edit::Field;

use super::State;
use crate::workspace::Workspace;

/// What a field shows while a person is typing in it: their text, and the engine's reason
/// if it is not (yet) a valid value.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "full", derive(serde::Deserialize))]
pub struct Draft {
    pub text: String,
    pub error: Option<String>,
}

/// What Undo and Redo can step to, and what is being typed in fields, in a form that can
/// cross to the full build (`crate::shell`): the workspaces in their saved form.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "full", derive(serde::Deserialize))]
pub struct History {
    pub undo: Vec<String>,
    pub redo: Vec<String>,
    pub drafts: Vec<(Field, Draft)>,
}

impl State {
    pub fn history(&self) -> History {
        let saved = |stack: &Vec<Rc<Workspace>>| stack.iter().map(|w| w.to_storage(0)).collect();
        History {
            undo: saved(&self.undo),
            redo: saved(&self.redo),
            drafts: self.drafts.iter().map(|(f, d)| (*f, d.clone())).collect(),
        }
    }

    /// This state with `history` restored; a step that no longer reads is left out (it
    /// never happens between two builds of one version, but saved text is never trusted).
    pub fn with_history(mut self, history: History) -> State {
        let read = |stack: Vec<String>| -> Rc<Vec<Rc<Workspace>>> {
            Rc::new(stack.iter().filter_map(|t| Workspace::from_storage(t).ok()).map(|(w, _)| Rc::new(w)).collect())
        };
        self.undo = read(history.undo);
        self.redo = read(history.redo);
        self.drafts = Rc::new(history.drafts.into_iter().collect());
        self
    }
}
