//! What the planner can do to the state: one [`Action`] per change, applied by the pure
//! reducer in [`super::State`].

use std::rc::Rc;

use planner_engine::edit::{Change, Field};
#[cfg(any(feature = "full", test))]
use planner_engine::ReadyMade;
use planner_engine::ScenarioSet;
#[cfg(feature = "full")]
use planner_engine::{Allocation, PayAward, Post};

use super::{State, View};
use crate::workspace::Workspace;

pub enum Action {
    /// A field's text changed: applied if valid, kept with its error if not.
    Edit(Field, String),
    /// The field lost focus: valid text is shown again in its standard form.
    Blur(Field),
    /// A row was added or removed.
    Change(Change),
    /// Posts pasted from a spreadsheet, added together as one undoable step.
    #[cfg(feature = "full")]
    AddPosts(Rc<Vec<Post>>),
    /// Pay awards pasted from a spreadsheet, added together as one undoable step.
    #[cfg(feature = "full")]
    AddAwards(Rc<Vec<PayAward>>),
    /// Allocations pasted from a spreadsheet, each in place of its year's, as one step.
    #[cfg(feature = "full")]
    SetAllocations(Rc<Vec<Allocation>>),
    /// A column of actuals pasted and confirmed: written into every plan, one undo step.
    #[cfg(feature = "full")]
    SetActuals(Rc<planner_engine::Actuals>),
    /// The open scenario goes back to the report's position (keeping its name).
    Reset,
    Select(usize),
    Duplicate(usize),
    /// From the "Add an option" panel, which is the full build's (tests use it in both).
    #[cfg(any(feature = "full", test))]
    AddReadyMade(ReadyMade),
    Delete(usize),
    Move(usize, bool),
    SetBaselineLocked(bool),
    Undo,
    Redo,
    ShowView(View),
    /// A link in the address, when there is saved work it must not overwrite unasked.
    OfferLink(Rc<ScenarioSet>),
    /// The choice for the offered link, or for an imported file.
    OpenSet(Rc<ScenarioSet>, Open),
    /// Back from viewing a link to the planner's own work.
    LeaveLink,
    /// Another tab saved: `base` is what this tab last saved or loaded.
    External {
        base: Rc<Workspace>,
        theirs: Rc<Workspace>,
    },
    Notify(Option<Rc<str>>),
    /// The Decide view's assumptions confirmed for the slides and sheet (or withdrawn).
    #[cfg(feature = "full")]
    Confirm(Option<Rc<planner_view::decide::Assumptions>>),
}

impl Action {
    /// Whether the action changes the set of options or their history, which a link being
    /// viewed does not allow.
    pub(super) fn reshapes(&self) -> bool {
        match self {
            Action::Duplicate(_)
            | Action::Delete(_)
            | Action::Move(..)
            | Action::SetBaselineLocked(_)
            | Action::Undo
            | Action::Redo => true,
            #[cfg(any(feature = "full", test))]
            Action::AddReadyMade(_) => true,
            _ => false,
        }
    }
}

impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// What the planner chose to do with a link or an imported file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    ViewOnly,
    Replace,
    Add,
}
