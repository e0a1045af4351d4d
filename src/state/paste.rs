//! Posts pasted from a spreadsheet (full build): added together, as one undo step.

use planner_engine::Post;

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
}
