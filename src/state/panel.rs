//! The tool panels of the scenario bar: which one is open is part of where the planner is,
//! so a handover to the full build (`crate::shell`) can reopen it.

/// What a handover to the full build opens: a tool panel of the scenario bar, one of the
/// editor's paste previews, its On-costs section, or the fields of the plan's note.
#[derive(serde::Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "full", derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
pub enum Opening {
    Tool(Panel),
    PastePosts,
    PasteAwards,
    PasteAllocations,
    /// The editor's actuals section (monitoring is in the full build only).
    Actuals,
    /// The editor's On-costs section (version 2).
    OnCosts,
    /// Post `.0` built from its pay (version 2): the full build makes the change.
    PayBuild(usize),
    Note,
}

/// The tools of the bar that open a panel below it; one is open at a time.
#[derive(serde::Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "full", derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
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
