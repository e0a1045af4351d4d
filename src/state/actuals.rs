//! Actuals are facts, not options: entered in any plan, they are written into business as
//! usual and every option at once (each scenario file stays self-contained), as one undo
//! step. Business as usual's lock guards its plan, not the ledger, so actuals may be
//! entered while it is locked (never into a link being viewed).

#[cfg(feature = "full")]
use std::rc::Rc;

use planner_engine::edit::actuals::is_actuals;
use planner_engine::edit::Field;
#[cfg(feature = "full")]
use planner_engine::edit::{apply_change, Change};
use planner_engine::Scenario;
#[cfg(feature = "full")]
use planner_engine::{evaluate, Actuals};

use super::State;
#[cfg(feature = "full")]
use crate::workspace::Workspace;

impl State {
    /// Whether `field` may be edited now.
    pub(super) fn may_edit(&self, field: Field) -> bool {
        self.editable() || (is_actuals(field) && !self.viewing())
    }

    /// Commits `changed` (the open scenario) as one step. The first load never changes
    /// actuals (their section hands over), so it carries none of the spreading.
    #[cfg(not(feature = "full"))]
    pub(super) fn commit_scenario(&mut self, changed: Scenario) {
        self.commit(|w, i| w.set_scenario(i, changed), self.selected);
    }

    /// Commits `changed` (the open scenario) as one step; when its actuals changed, every
    /// other scenario takes them too.
    #[cfg(feature = "full")]
    pub(super) fn commit_scenario(&mut self, changed: Scenario) {
        let actuals = (changed.actuals != self.scenario.actuals).then(|| changed.actuals.clone());
        let selected = self.selected;
        let mut refused = Vec::new();
        self.commit(
            |w, i| {
                w.set_scenario(i, changed);
                if let Some(actuals) = &actuals {
                    refused = spread(w, i, actuals);
                }
            },
            selected,
        );
        if !refused.is_empty() {
            self.notice =
                Some(format!("These plans cannot take the actuals and keep their own: {}.", refused.join("; ")).into());
        }
    }

    /// An invoice row added or removed (its drafts move with it).
    #[cfg(feature = "full")]
    pub(super) fn change_actuals(&mut self, change: Change) {
        if self.viewing() {
            return;
        }
        let drafts = (*self.drafts).clone();
        self.drafts = Rc::new(drafts.into_iter().filter_map(|(f, d)| Some((f.after(change)?, d))).collect());
        self.commit_scenario(apply_change(&self.scenario, change));
    }

    /// A column of actuals pasted and confirmed (already checked against the open plan).
    #[cfg(feature = "full")]
    pub(super) fn set_actuals(&mut self, actuals: &Actuals) {
        if self.viewing() {
            return;
        }
        let months = actuals.months.len();
        let mut changed = (*self.scenario).clone();
        changed.actuals = Some(actuals.clone());
        self.commit_scenario(changed);
        if self.notice.is_none() {
            let what = if months == 1 { "1 month".to_string() } else { format!("{months} months") };
            self.notice = Some(
                format!(
                    "Actuals to {} ({what} with an actual) are in every plan. Undo takes them out again.",
                    actuals.through.label()
                )
                .into(),
            );
        }
    }
}

#[cfg(feature = "full")]
/// Writes `actuals` into every scenario but `skip`; a scenario they would break (an actual
/// invoice above that plan's claim) keeps its own, and is named.
fn spread(w: &mut Workspace, skip: usize, actuals: &Option<Actuals>) -> Vec<String> {
    let mut refused = Vec::new();
    for i in (0..w.len()).filter(|i| *i != skip) {
        let Some(s) = w.scenario(i) else { continue };
        if s.actuals == *actuals {
            continue;
        }
        let mut next = (**s).clone();
        next.actuals = actuals.clone();
        match next.validate().map_err(|e| e.to_string()).and_then(|()| evaluate(&next).map_err(|e| e.to_string())) {
            Ok(_) => w.set_scenario(i, next),
            Err(why) => refused.push(format!("“{}” ({why})", next.name)),
        }
    }
    refused
}
