//! The planner's work: business as usual and its options, each with a stable id so two
//! browser tabs can merge their edits. Pure: storage and the address bar live in hooks.

use std::rc::Rc;

use planner_engine::file::{parse_json, take_version};
#[cfg(any(feature = "full", test))]
use planner_engine::ReadyMade;
use planner_engine::{FieldPath, Scenario, ScenarioSet};
use serde_json::{json, Value};

/// Where saved work lives in the browser, with the format version in the key.
pub const STORAGE_KEY: &str = "marsoc-planner.workspace.v1";
/// Saved work that could not be read is kept here, never dropped; later ones under
/// `….unreadable.2`, `….unreadable.3`… (see [`backup_key`]).
pub const BACKUP_KEY: &str = "marsoc-planner.workspace.v1.unreadable";
/// How many unreadable saves are kept; with every one in use, the next is not set aside
/// and so not written over either (the planner is asked).
pub const MAX_BACKUPS: usize = 20;
/// The largest save stamp read: JavaScript's largest exact integer, which no run of saves
/// reaches, so a stamp at or above it was written by hand (and would stop tabs merging).
pub const MAX_STAMP: u64 = (1 << 53) - 1;
/// The largest scenario id read: a planner adds one id per option, never a million.
pub const MAX_ID: u32 = 1_000_000;

/// The key of backup `n` (1 to [`MAX_BACKUPS`]): the first is [`BACKUP_KEY`] itself.
pub fn backup_key(n: usize) -> String {
    if n <= 1 {
        BACKUP_KEY.to_string()
    } else {
        format!("{BACKUP_KEY}.{n}")
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: u32,
    pub scenario: Rc<Scenario>,
}

#[derive(Debug, Clone)]
pub struct Workspace {
    /// Business as usual first, then the options.
    pub entries: Vec<Entry>,
    /// Business as usual can be edited only once deliberately unlocked.
    pub baseline_locked: bool,
    next_id: u32,
}

/// Two workspaces are the same work when they hold the same scenarios (ids included) and
/// lock: the next free id is bookkeeping, and comparing it would make a merge that changed
/// nothing look like an edit to save.
impl PartialEq for Workspace {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries && self.baseline_locked == other.baseline_locked
    }
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace::new(vec![Scenario::default_scenario()])
    }
}

impl Workspace {
    pub fn new(scenarios: Vec<Scenario>) -> Workspace {
        let mut w = Workspace { entries: Vec::new(), baseline_locked: true, next_id: 1 };
        for s in scenarios {
            w.push(s);
        }
        if w.entries.is_empty() {
            w.push(Scenario::default_scenario());
        }
        w
    }

    fn push(&mut self, scenario: Scenario) -> usize {
        self.entries.push(Entry { id: self.next_id, scenario: Rc::new(scenario) });
        self.next_id = self.next_id.saturating_add(1);
        self.entries.len() - 1
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn scenario(&self, index: usize) -> Option<&Rc<Scenario>> {
        self.entries.get(index).map(|e| &e.scenario)
    }

    /// Whether the scenario at `index` may be edited now.
    pub fn editable(&self, index: usize) -> bool {
        index != 0 || !self.baseline_locked
    }

    pub fn set_scenario(&mut self, index: usize, scenario: Scenario) {
        if let Some(e) = self.entries.get_mut(index) {
            e.scenario = Rc::new(scenario);
        }
    }

    /// A name no scenario has yet: `name`, else `name (2)`, `name (3)`…
    pub fn unique_name(&self, name: &str) -> String {
        let taken = |n: &str| self.entries.iter().any(|e| e.scenario.name == n);
        if !taken(name) {
            return name.to_string();
        }
        (2..).map(|k| format!("{name} ({k})")).find(|n| !taken(n)).unwrap_or_default()
    }

    /// Adds an option copied from the scenario at `from`; returns its index.
    pub fn duplicate(&mut self, from: usize) -> usize {
        let Some(source) = self.scenario(from) else { return 0 };
        let mut copy = (**source).clone();
        copy.name = self.unique_name(&format!("Copy of {}", source.name));
        self.push(copy)
    }

    /// Adds a ready-made option built from business as usual; returns its index. Only the
    /// full build's "Add an option" panel offers them, so the first load carries no builder.
    #[cfg(any(feature = "full", test))]
    pub fn add_ready_made(&mut self, option: ReadyMade) -> usize {
        let base = self.scenario(0).map(|s| (**s).clone()).unwrap_or_else(Scenario::default_scenario);
        let mut s = option.build(&base);
        s.name = self.unique_name(&s.name);
        self.push(s)
    }

    /// Adds every scenario of a set as options (names kept unique); returns the first index.
    pub fn add_all(&mut self, set: &ScenarioSet) -> usize {
        let first = self.entries.len();
        for s in &set.scenarios {
            let mut s = s.clone();
            s.name = self.unique_name(&s.name);
            self.push(s);
        }
        first
    }

    /// Removes an option; business as usual cannot be removed.
    pub fn delete(&mut self, index: usize) -> bool {
        if index == 0 || index >= self.entries.len() {
            return false;
        }
        self.entries.remove(index);
        true
    }

    /// Moves an option up or down among the options (business as usual stays first);
    /// returns its new index.
    pub fn move_option(&mut self, index: usize, up: bool) -> usize {
        let target = if up { index.saturating_sub(1) } else { index + 1 };
        if index == 0 || target == 0 || target >= self.entries.len() {
            return index;
        }
        self.entries.swap(index, target);
        target
    }

    pub fn to_set(&self, made: Option<String>) -> ScenarioSet {
        ScenarioSet { made, scenarios: self.entries.iter().map(|e| (*e.scenario).clone()).collect() }
    }

    /// The saved form: the scenarios as version 1 files, with their ids and a stamp that
    /// grows with every save (so tabs know whose save is newer).
    pub fn to_storage(&self, stamp: u64) -> String {
        let entries: Vec<Value> =
            self.entries.iter().map(|e| json!({ "id": e.id, "scenario": e.scenario.to_value() })).collect();
        json!({ "version": 1, "stamp": stamp, "baseline_locked": self.baseline_locked, "entries": entries }).to_string()
    }

    /// Reads the saved form.
    ///
    /// # Errors
    /// Why the saved text is not a workspace (it is then kept under [`BACKUP_KEY`]).
    pub fn from_storage(text: &str) -> Result<(Workspace, u64), String> {
        let mut v = parse_json(text).map_err(|e| format!("not JSON: {e}"))?;
        let Some(map) = v.as_object_mut() else { return Err("not a saved workspace".into()) };
        take_version(map, "version".into(), "saved work")
            .map_err(|e| format!("saved by another version of the planner ({e})"))?;
        // Crafted values are refused: a stamp or id at its type's maximum would wrap on the
        // next save or option, and tabs would stop merging.
        let stamp =
            v["stamp"].as_u64().filter(|s| *s <= MAX_STAMP).ok_or("stamp: not a whole number up to 2^53 - 1")?;
        let locked = v["baseline_locked"].as_bool().unwrap_or(true);
        let items = v["entries"].as_array().filter(|a| !a.is_empty()).ok_or("no scenarios")?;
        let mut entries: Vec<Entry> = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let id = item["id"]
                .as_u64()
                .and_then(|id| u32::try_from(id).ok())
                .filter(|id| *id <= MAX_ID && entries.iter().all(|e| e.id != *id))
                .ok_or_else(|| format!("entries[{i}].id: not a whole number up to {MAX_ID} used once"))?;
            let scenario =
                Scenario::from_value(item["scenario"].clone(), &FieldPath::from("entries").index(i).key("scenario"))
                    .map_err(|e| e.to_string())?;
            entries.push(Entry { id, scenario: Rc::new(scenario) });
        }
        let next_id = entries.iter().map(|e| e.id).max().unwrap_or(0) + 1;
        Ok((Workspace { entries, baseline_locked: locked, next_id }, stamp))
    }

    /// Another tab saved `theirs` while this tab changed `base` into `self`. Keeps every
    /// edit: a scenario changed on one side only takes that side; changed on both, both
    /// are kept (this tab's as "… (this tab)"); a scenario added on either side is kept;
    /// one deleted on a side and unchanged on the other is deleted.
    pub fn merge(&self, base: &Workspace, theirs: &Workspace) -> Workspace {
        let find = |w: &Workspace, id: u32| w.entries.iter().find(|e| e.id == id).map(|e| e.scenario.clone());
        let mut kept: Vec<Rc<Scenario>> = Vec::new();
        let mut ids: Vec<Option<u32>> = Vec::new();
        let mut keep = |scenario: Rc<Scenario>, id: Option<u32>| {
            kept.push(scenario);
            ids.push(id);
        };
        for e in &theirs.entries {
            let Some(before) = find(base, e.id) else {
                // New there: it keeps its id unless this tab gave the same id to one of its own.
                keep(e.scenario.clone(), find(self, e.id).is_none().then_some(e.id));
                continue;
            };
            match find(self, e.id) {
                Some(mine) if mine != before && e.scenario != before => {
                    keep(e.scenario.clone(), Some(e.id));
                    let mut copy = (*mine).clone();
                    copy.name = format!("{} (this tab)", copy.name);
                    keep(Rc::new(copy), None);
                }
                Some(mine) => keep(if e.scenario == before { mine } else { e.scenario.clone() }, Some(e.id)),
                None if e.scenario == before => {} // deleted here, untouched there
                None => keep(e.scenario.clone(), Some(e.id)),
            }
        }
        for e in &self.entries {
            match find(base, e.id) {
                None => keep(e.scenario.clone(), find(theirs, e.id).is_none().then_some(e.id)), // new here
                Some(before) if find(theirs, e.id).is_none() && e.scenario != before => {
                    keep(e.scenario.clone(), None) // deleted there, but changed here
                }
                Some(_) => {}
            }
        }
        if kept.is_empty() {
            return theirs.clone();
        }
        // Ids kept from before stay; anything new gets an id neither side has used.
        let mut next_id = self.next_id.max(theirs.next_id).max(base.next_id);
        let entries = kept
            .into_iter()
            .zip(ids)
            .map(|(scenario, id)| {
                let id = id.unwrap_or_else(|| {
                    next_id = next_id.saturating_add(1);
                    next_id - 1
                });
                Entry { id, scenario }
            })
            .collect();
        Workspace { entries, baseline_locked: theirs.baseline_locked, next_id }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn renamed(w: &Workspace, index: usize, name: &str) -> Workspace {
        let mut w = w.clone();
        let mut s = (*w.entries[index].scenario).clone();
        s.name = name.into();
        w.set_scenario(index, s);
        w
    }

    #[test]
    fn options_are_added_named_uniquely_and_kept_after_the_baseline() {
        let mut w = Workspace::default();
        assert_eq!(w.duplicate(0), 1);
        assert_eq!(w.duplicate(0), 2);
        assert_eq!(w.entries[2].scenario.name, "Copy of Business as usual (2)");
        let i = w.add_ready_made(ReadyMade::AgreementLapses);
        assert_eq!(w.entries[i].scenario.name, "Agreement lapses December 2023");
        assert!(!w.delete(0), "business as usual stays");
        assert_eq!(w.move_option(1, true), 1, "nothing moves above business as usual");
        assert_eq!(w.move_option(1, false), 2);
        assert!(w.delete(3));
        assert_eq!(w.len(), 3);
    }

    #[test]
    fn saved_work_round_trips_and_bad_saves_say_why() {
        let mut w = Workspace::default();
        w.add_ready_made(ReadyMade::PayAwards);
        w.baseline_locked = false;
        let (back, stamp) = Workspace::from_storage(&w.to_storage(7)).unwrap();
        assert_eq!((back, stamp), (w, 7));
        assert!(Workspace::from_storage("{").is_err());
        assert!(Workspace::from_storage("{\"version\": 3}").unwrap_err().contains("another version"));
    }

    #[test]
    fn edits_in_two_tabs_are_both_kept() {
        let mut base = Workspace::default();
        base.duplicate(0);
        base.duplicate(0);
        let mine = renamed(&base, 1, "Mine");
        let theirs = renamed(&base, 2, "Theirs");
        let merged = mine.merge(&base, &theirs);
        let names: Vec<_> = merged.entries.iter().map(|e| e.scenario.name.clone()).collect();
        assert_eq!(names, ["Business as usual", "Mine", "Theirs"]);
    }

    #[test]
    fn the_same_scenario_edited_in_two_tabs_keeps_both_versions() {
        let base = Workspace::default();
        let mine = renamed(&base, 0, "Mine");
        let theirs = renamed(&base, 0, "Theirs");
        let merged = mine.merge(&base, &theirs);
        let names: Vec<_> = merged.entries.iter().map(|e| e.scenario.name.clone()).collect();
        assert_eq!(names, ["Theirs", "Mine (this tab)"]);
        let ids: std::collections::HashSet<_> = merged.entries.iter().map(|e| e.id).collect();
        assert_eq!(ids.len(), 2, "ids stay unique");
    }

    #[test]
    fn options_added_or_deleted_in_either_tab_survive_the_merge() {
        let mut base = Workspace::default();
        base.duplicate(0);
        let mut mine = base.clone();
        mine.add_ready_made(ReadyMade::LowerCap);
        let mut theirs = base.clone();
        theirs.delete(1);
        theirs.add_ready_made(ReadyMade::PayAwards);
        let merged = mine.merge(&base, &theirs);
        let names: Vec<_> = merged.entries.iter().map(|e| e.scenario.name.clone()).collect();
        assert_eq!(names, ["Business as usual", "Police pay awards applied", "Grant cut to a lower cap"]);
    }

    #[test]
    fn a_tab_with_no_edits_of_its_own_takes_the_other_tab_s_save_exactly() {
        // Viewing a link, a tab merges what others save into its set-aside work; going back
        // must then find nothing to save, or it would write the same work again.
        let base = Workspace::default();
        let mut theirs = base.clone();
        theirs.add_ready_made(ReadyMade::PayAwards);
        let theirs = renamed(&theirs, 0, "Edited there");
        assert_eq!(base.merge(&base, &theirs), theirs);
    }

    #[test]
    fn crafted_stamps_and_ids_are_refused_with_the_field_named() {
        let saved = |stamp: &str, ids: &[&str]| {
            let scenario = Scenario::default_scenario().to_value();
            let entries: Vec<String> =
                ids.iter().map(|id| format!("{{\"id\": {id}, \"scenario\": {scenario}}}")).collect();
            format!("{{\"version\": 1, \"stamp\": {stamp}, \"entries\": [{}]}}", entries.join(","))
        };
        assert!(Workspace::from_storage(&saved("9007199254740991", &["1000000"])).is_ok(), "the bounds themselves");
        let stamp = "stamp: not a whole number up to 2^53 - 1";
        for (crafted, ids, field) in [
            ("18446744073709551615", &["1"][..], stamp),
            ("9007199254740992", &["1"][..], stamp),
            ("-1", &["1"][..], stamp),
            ("1", &["4294967295"][..], "entries[0].id: not a whole number up to 1000000 used once"),
            ("1", &["1000001"][..], "entries[0].id: not"),
            ("1", &["1", "1"][..], "entries[1].id: not"),
            ("1", &["1.5"][..], "entries[0].id: not"),
        ] {
            let why = Workspace::from_storage(&saved(crafted, ids)).unwrap_err();
            assert!(why.contains(field), "{crafted} {ids:?}: {why}");
        }
    }

    #[test]
    fn ids_never_wrap_to_zero() {
        let mut w = Workspace { next_id: u32::MAX, ..Workspace::default() };
        w.duplicate(0);
        w.duplicate(0);
        assert_eq!(w.next_id, u32::MAX, "saturates");
        let merged = w.merge(&Workspace::default(), &Workspace::default());
        assert!(merged.entries.iter().all(|e| e.id != 0));
    }

    #[test]
    fn every_backup_has_its_own_key() {
        assert_eq!(backup_key(1), BACKUP_KEY);
        assert_eq!(backup_key(2), "marsoc-planner.workspace.v1.unreadable.2");
        let keys: std::collections::HashSet<_> = (1..=MAX_BACKUPS).map(backup_key).collect();
        assert_eq!(keys.len(), MAX_BACKUPS);
    }
}
