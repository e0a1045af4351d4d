//! The planner's workspace, above the editor: the scenarios (business as usual, then the
//! options) with their actions, Undo and Redo, adding options, share links, files and CSV,
//! and the questions a link or file asks before it changes anything.
//!
//! Components only render and dispatch [`Action`]s; the browser's clock, clipboard and
//! downloads are in [`browser`].

mod add_menu;
#[cfg(feature = "full")]
mod backups;
// Sharing and files use most of it; the first-load build has neither (see crate::upgrade).
#[cfg_attr(not(feature = "full"), allow(dead_code))]
mod browser;
#[cfg(feature = "full")]
mod files;
#[cfg(feature = "full")]
mod held;
mod history;
mod link_offer;
mod notice;
#[cfg(feature = "full")]
mod open_link;
mod scenario_actions;
mod scenario_bar;
mod scenario_tabs;
mod set_offer;
#[cfg(feature = "full")]
mod share;
mod viewing;

use std::rc::Rc;

use yew::prelude::*;

#[cfg(feature = "full")]
pub use held::HeldWork;
pub use link_offer::LinkOffer;
pub use notice::Notice;
pub use scenario_bar::ScenarioBar;
pub use viewing::ViewingBanner;

use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct WorkspaceProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
}

/// What a panel of the bar gets: the state, where to send actions, and how to close itself.
#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
    pub onclose: Callback<()>,
}

/// The tools of the bar that open a panel below it; one is open at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Add,
    Share,
    OpenLink,
    Files,
}

impl Panel {
    pub const ALL: [Panel; 4] = [Panel::Add, Panel::Share, Panel::OpenLink, Panel::Files];

    pub fn label(self) -> &'static str {
        match self {
            Panel::Add => "Add an option",
            Panel::Share => "Share a link",
            Panel::OpenLink => "Open a link",
            Panel::Files => "Files and CSV",
        }
    }

    /// The name a handover to the full build uses (see `crate::upgrade`).
    pub fn code(self) -> &'static str {
        match self {
            Panel::Add => "add",
            Panel::Share => "share",
            Panel::OpenLink => "open_link",
            Panel::Files => "files",
        }
    }

    pub fn from_code(code: &str) -> Option<Panel> {
        Panel::ALL.into_iter().find(|p| p.code() == code)
    }

    /// Whether the first-load build has this panel (the others load on first use).
    pub fn in_first_load(self) -> bool {
        self == Panel::Add
    }

    /// The id of the panel's toggle, where focus goes back when the panel closes.
    pub fn toggle_id(self) -> &'static str {
        match self {
            Panel::Add => "tool-add",
            Panel::Share => "tool-share",
            Panel::OpenLink => "tool-open-link",
            Panel::Files => "tool-files",
        }
    }
}

/// "1 scenario", "3 scenarios".
pub fn scenarios(count: usize) -> String {
    if count == 1 {
        "1 scenario".into()
    } else {
        format!("{count} scenarios")
    }
}
