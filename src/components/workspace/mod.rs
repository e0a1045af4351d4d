//! The planner's workspace, above the editor: the scenarios (business as usual, then the
//! options) with their actions, Undo and Redo, adding options, share links, files and CSV,
//! and the questions a link or file asks before it changes anything.
//!
//! Components only render and dispatch [`Action`]s; the browser's clock, clipboard and
//! downloads are in [`browser`].

#[cfg(feature = "full")]
mod add_menu;
#[cfg(feature = "full")]
mod backups;
// Sharing and files use most of it; the first-load build has neither (see crate::shell).
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

pub use crate::state::Panel;
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

/// "1 scenario", "3 scenarios".
pub fn scenarios(count: usize) -> String {
    if count == 1 {
        "1 scenario".into()
    } else {
        format!("{count} scenarios")
    }
}
