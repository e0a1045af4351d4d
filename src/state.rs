//! The app's state and its pure reducer: the scenario being edited and the raw text of
//! fields being typed in. Figures are never stored: the root derives them with `use_memo`.

use std::collections::HashMap;
use std::rc::Rc;

use planner_engine::edit::{apply_change, apply_edit, field_text, Change, Field};
use planner_engine::{decode_link, evaluate, Scenario};
use yew::Reducible;

/// What a field shows while a person is typing in it: their text, and the engine's reason
/// if it is not (yet) a valid value.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub text: String,
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The last valid scenario: every figure on the page comes from it.
    pub scenario: Rc<Scenario>,
    pub drafts: Rc<HashMap<Field, Draft>>,
}

impl Default for State {
    fn default() -> Self {
        State { scenario: Rc::new(Scenario::default_scenario()), drafts: Rc::default() }
    }
}

impl State {
    /// The state for a page opened at `fragment` (the address after `#`): the first
    /// scenario of a share link, or the report's position. A link that cannot be opened
    /// gives the report's position and the reason, for the page to say.
    pub fn from_fragment(fragment: &str) -> (State, Option<String>) {
        if !fragment.contains("s=") {
            return (State::default(), None);
        }
        let opened = decode_link(fragment).map_err(|e| e.to_string()).and_then(|set| {
            let first = set.scenarios.into_iter().next().ok_or_else(|| "the link holds no scenario".to_string())?;
            evaluate(&first).map_err(|e| e.to_string())?;
            Ok(first)
        });
        match opened {
            Ok(scenario) => (State { scenario: Rc::new(scenario), drafts: Rc::default() }, None),
            Err(reason) => (State::default(), Some(reason)),
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
}

pub enum Action {
    /// A field's text changed: applied if valid, kept with its error if not.
    Edit(Field, String),
    /// The field lost focus: valid text is shown again in its standard form.
    Blur(Field),
    /// A row was added or removed.
    Change(Change),
    /// Start again from the report's position.
    Reset,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut drafts = (*self.drafts).clone();
        let scenario = match action {
            Action::Edit(field, text) => match apply_edit(&self.scenario, field, &text) {
                Ok(next) => {
                    drafts.insert(field, Draft { text, error: None });
                    Rc::new(retry_rejected(next, &mut drafts))
                }
                Err(error) => {
                    drafts.insert(field, Draft { text, error: Some(error) });
                    self.scenario.clone()
                }
            },
            Action::Blur(field) => {
                if drafts.get(&field).is_some_and(|d| d.error.is_none()) {
                    drafts.remove(&field);
                }
                self.scenario.clone()
            }
            Action::Change(change) => {
                // Rows below a removed one move up: their drafts move with them.
                drafts = drafts.into_iter().filter_map(|(f, d)| Some((f.after(change)?, d))).collect();
                Rc::new(apply_change(&self.scenario, change))
            }
            Action::Reset => {
                drafts.clear();
                Rc::new(Scenario::default_scenario())
            }
        };
        Rc::new(State { scenario, drafts: Rc::new(drafts) })
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
mod tests {
    use super::*;
    use planner_engine::Money;

    fn reduce(state: Rc<State>, action: Action) -> Rc<State> {
        state.reduce(action)
    }

    #[test]
    fn a_valid_edit_changes_the_scenario_and_keeps_the_typed_text() {
        let s = reduce(Rc::default(), Action::Edit(Field::PostCost(0), "90000".into()));
        assert_eq!(s.scenario.posts[0].annual_cost, Money::pence(90_000_00));
        assert_eq!(s.text(Field::PostCost(0)), "90000");
        let s = reduce(s, Action::Blur(Field::PostCost(0)));
        assert_eq!(s.text(Field::PostCost(0)), "90000.00");
    }

    #[test]
    fn an_invalid_edit_keeps_the_last_valid_scenario_and_shows_why() {
        let before = Rc::new(State::default());
        let s = reduce(before.clone(), Action::Edit(Field::PostCost(0), "abc".into()));
        assert_eq!(s.scenario, before.scenario);
        assert_eq!(s.text(Field::PostCost(0)), "abc");
        assert!(s.error(Field::PostCost(0)).is_some_and(|e| e.contains("not an amount")));
        assert_eq!(s.pending_errors(), 1);
        let s = reduce(s, Action::Blur(Field::PostCost(0)));
        assert_eq!(s.text(Field::PostCost(0)), "abc", "invalid text stays until corrected");
    }

    #[test]
    fn a_page_opened_at_a_link_starts_with_its_first_scenario() {
        let mut option = Scenario::default_scenario();
        option.name = "Option A".into();
        let set = planner_engine::ScenarioSet { made: None, scenarios: vec![option.clone()] };
        let fragment = format!("#{}", planner_engine::encode_link(&set));
        let (state, notice) = State::from_fragment(&fragment);
        assert_eq!((&*state.scenario, notice), (&option, None));
        let (state, notice) = State::from_fragment(&fragment[..fragment.len() - 10]);
        assert_eq!(*state.scenario, Scenario::default_scenario());
        assert!(notice.is_some_and(|n| n.contains("incomplete or was changed")));
        assert_eq!(State::from_fragment("").1, None);
    }

    #[test]
    fn a_rejected_field_is_applied_once_the_field_it_depended_on_is_fixed() {
        let s = reduce(Rc::default(), Action::Change(Change::AddVacancy(0))); // Apr to Jun 2023
        let s = reduce(s, Action::Edit(Field::VacancyFrom(0, 0), "2024-01".into()));
        assert!(s.error(Field::VacancyFrom(0, 0)).is_some(), "from after to is refused");
        let s = reduce(s, Action::Edit(Field::VacancyTo(0, 0), "2024-03".into()));
        assert_eq!(s.error(Field::VacancyFrom(0, 0)), None);
        assert_eq!(field_text(&s.scenario, Field::VacancyFrom(0, 0)), "2024-01");
    }

    #[test]
    fn removing_a_row_keeps_what_was_typed_in_the_others() {
        let s = reduce(Rc::default(), Action::Edit(Field::PostCost(3), "abc".into()));
        let s = reduce(s, Action::Change(Change::RemovePost(1)));
        assert_eq!(s.text(Field::PostCost(2)), "abc");
        assert_eq!(s.pending_errors(), 1);
        let s = reduce(s, Action::Change(Change::RemovePost(2)));
        assert_eq!(s.pending_errors(), 0, "the removed post's draft goes with it");
    }
}
