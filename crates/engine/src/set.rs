//! A scenario set: business as usual first, then the options. Links carry sets; files
//! export and import them as JSON (version 2 when a scenario uses a version 2 field):
//!
//! ```json
//! { "version": 1, "kind": "scenario_set", "made": "2026-11-26T10:15Z",
//!   "scenarios": [ { "version": 1, "name": "Business as usual", … }, … ] }
//! ```
//!
//! Each scenario is exactly a MODEL.md version 1 file, so a set file is a list of them.

use serde::Serialize;
use serde_json::Value;

use crate::error::Error;
use crate::field_path::FieldPath;
use crate::file::{parse_json, take_version};
use crate::scenario::{FileOut, Scenario};

/// What `kind` says in a set file.
pub const SET_KIND: &str = "scenario_set";
/// The most scenarios a set may hold: more options than a panel can weigh side by side.
pub const MAX_SCENARIOS: usize = 20;
/// The most posts a set may hold across its scenarios: two national-scale plans (500 posts
/// each), so a link or file never holds more work than the planner shows at once.
pub const MAX_SET_POSTS: usize = 1_000;

/// Refuses a set with more posts across its scenarios than [`MAX_SET_POSTS`].
pub(crate) fn check_posts(scenarios: &[Scenario]) -> Result<(), String> {
    let posts: usize = scenarios.iter().map(|s| s.posts.len()).sum();
    if posts > MAX_SET_POSTS {
        return Err(format!("at most {MAX_SET_POSTS} posts across the scenarios, not {posts}"));
    }
    Ok(())
}

#[derive(Serialize)]
struct SetOut<'a> {
    version: u64,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    made: Option<&'a str>,
    scenarios: Vec<FileOut<'a>>,
}

/// Scenarios travelling together: the first is the baseline, the others are options.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioSet {
    /// When the set was made, as the maker's clock gave it (`2026-11-26T10:15Z`); the
    /// engine never reads a clock.
    pub made: Option<String>,
    pub scenarios: Vec<Scenario>,
}

impl ScenarioSet {
    /// The set file, pretty-printed, fields in the order people read them.
    pub fn to_json(&self) -> String {
        // The set is as new as its newest scenario, so an older planner refuses it whole.
        let file = SetOut {
            version: self.scenarios.iter().map(Scenario::file_version).max().unwrap_or(1),
            kind: SET_KIND,
            made: self.made.as_deref(),
            scenarios: self
                .scenarios
                .iter()
                .map(|scenario| FileOut { version: scenario.file_version(), scenario })
                .collect(),
        };
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }

    /// Reads a set file, or a single scenario file as a set of one.
    ///
    /// # Errors
    /// Bad JSON, a wrong version or kind, an unknown field, or any scenario the model
    /// refuses; paths name the scenario (`scenarios[1].posts[0].annual_cost: …`).
    pub fn from_json(text: &str) -> Result<ScenarioSet, Error> {
        let value = parse_json(text)?;
        let Value::Object(mut map) = value else {
            return Err(Error::field("set", "must be a JSON object: a scenario set or a scenario"));
        };
        if !map.contains_key("scenarios") {
            let scenario = Scenario::from_value(Value::Object(map), &FieldPath::root())?;
            return Ok(ScenarioSet { made: None, scenarios: vec![scenario] });
        }
        take_version(&mut map, "version".into(), "a set file")?;
        match map.remove("kind") {
            Some(Value::String(kind)) if kind == SET_KIND => {}
            _ => return Err(Error::field("kind", format!("must be \"{SET_KIND}\""))),
        }
        let made = match map.remove("made") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if s.chars().count() <= 40 => Some(s),
            Some(_) => return Err(Error::field("made", "must be a date and time as text")),
        };
        let Some(Value::Array(items)) = map.remove("scenarios") else {
            return Err(Error::field("scenarios", "must be a list of scenarios"));
        };
        if let Some(key) = map.keys().next() {
            return Err(Error::field(FieldPath::root().key(key.clone()), format!("unknown field `{key}`")));
        }
        let set = ScenarioSet::from_values(made, items)?;
        Ok(set)
    }

    /// Builds a set from scenario values in the file form (each with its `"version"`).
    ///
    /// # Errors
    /// No scenario, too many, or any scenario the model refuses.
    pub fn from_values(made: Option<String>, items: Vec<Value>) -> Result<ScenarioSet, Error> {
        if items.is_empty() || items.len() > MAX_SCENARIOS {
            return Err(Error::field("scenarios", format!("a set holds 1 to {MAX_SCENARIOS} scenarios")));
        }
        let scenarios = items
            .into_iter()
            .enumerate()
            .map(|(i, item)| Scenario::from_value(item, &FieldPath::from("scenarios").index(i)))
            .collect::<Result<Vec<_>, _>>()?;
        check_posts(&scenarios).map_err(|e| Error::field("scenarios", e))?;
        Ok(ScenarioSet { made, scenarios })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::ReadyMade;

    fn set() -> ScenarioSet {
        let base = Scenario::default_scenario();
        ScenarioSet {
            made: Some("2026-11-26T10:15Z".into()),
            scenarios: vec![base.clone(), ReadyMade::PayAwards.build(&base)],
        }
    }

    #[test]
    fn a_set_file_round_trips() {
        let text = set().to_json();
        assert!(text.contains("\"kind\": \"scenario_set\""));
        assert_eq!(ScenarioSet::from_json(&text), Ok(set()));
    }

    #[test]
    fn a_single_scenario_file_imports_as_a_set_of_one() {
        let one = ScenarioSet::from_json(&Scenario::default_scenario().to_json());
        assert_eq!(one.map(|s| s.scenarios.len()), Ok(1));
    }

    #[test]
    fn bad_set_files_name_what_is_wrong() {
        let text = set().to_json();
        for (bad, expected) in [
            (text.replacen("\"version\": 1,\n  \"kind\"", "\"version\": 3,\n  \"kind\"", 1), "version: version 3"),
            (text.replacen("scenario_set", "something", 1), "kind: must be"),
            (text.replacen("\"88950.00\"", "\"-1\"", 1), "scenarios[0].posts[0].annual_cost: must not be negative"),
            (text.replacen("\"made\"", "\"colour\": 1, \"made\"", 1), "colour: unknown field"),
            (text.replacen("\"made\"", "\"kind\": \"scenario_set\", \"made\"", 1), "kind: appears twice"),
            (
                text.replacen("\"name\": \"Business", "\"name\": \"A\", \"name\": \"Business", 1),
                "scenarios[0].name: appears twice",
            ),
            (
                "{\"version\": 1, \"kind\": \"scenario_set\", \"scenarios\": []}".into(),
                "scenarios: a set holds 1 to 20",
            ),
        ] {
            let err = ScenarioSet::from_json(&bad).map(|_| ()).unwrap_err().to_string();
            assert!(err.starts_with(expected), "{expected} / {err}");
        }
    }
}
