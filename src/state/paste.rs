//! Posts, pay awards and allocations pasted from a spreadsheet (full build): added
//! together, as one undo step.

use planner_engine::{Allocation, PayAward, Post};

use super::State;

impl State {
    /// Adds every pasted post at once, and only if the scenario still holds together
    /// with them (the preview checked each row; this checks the whole).
    pub(super) fn add_posts(&mut self, posts: &[Post]) {
        let mut changed = (*self.scenario).clone();
        changed.posts.extend(posts.iter().cloned());
        if let Err(e) = changed.validate() {
            self.notice = Some(format!("The posts were not added: {e}").into());
            return;
        }
        self.commit(|w, i| w.set_scenario(i, changed), self.selected);
        let added = match posts.len() {
            1 => "1 post".to_string(),
            n => format!("{n} posts"),
        };
        self.notice = Some(format!("Added {added} to “{}”. Undo takes them out again.", self.scenario.name).into());
    }

    /// Adds every pasted pay award at once, as [`State::add_posts`] does posts.
    pub(super) fn add_awards(&mut self, awards: &[PayAward]) {
        let mut changed = (*self.scenario).clone();
        changed.pay_awards.extend(awards.iter().copied());
        if let Err(e) = changed.validate() {
            self.notice = Some(format!("The pay awards were not added: {e}").into());
            return;
        }
        self.commit(|w, i| w.set_scenario(i, changed), self.selected);
        let added = match awards.len() {
            1 => "1 pay award".to_string(),
            n => format!("{n} pay awards"),
        };
        self.notice = Some(format!("Added {added} to “{}”. Undo takes them out again.", self.scenario.name).into());
    }

    /// Sets every pasted allocation at once, each in place of its year's (or a new year),
    /// as [`State::add_posts`] adds posts.
    pub(super) fn set_allocations(&mut self, allocations: &[Allocation]) {
        let mut changed = (*self.scenario).clone();
        changed.grant.allocations =
            planner_view::paste_allocations::with_allocations(&changed.grant.allocations, allocations);
        if let Err(e) = changed.validate() {
            self.notice = Some(format!("The allocations were not set: {e}").into());
            return;
        }
        self.commit(|w, i| w.set_scenario(i, changed), self.selected);
        let set = match allocations.len() {
            1 => "1 allocation".to_string(),
            n => format!("{n} allocations"),
        };
        self.notice = Some(format!("Set {set} in “{}”. Undo puts the previous ones back.", self.scenario.name).into());
    }
}
