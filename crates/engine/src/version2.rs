//! What version 2 of the scenario file adds to reading a scenario: which fields are
//! version 2 (refused in a file that says version 1), and a post's cost given exactly one
//! way. The new fields' own rules are checked with the rest, in `scenario`.

use serde_json::{Map, Value};

use crate::error::Error;
use crate::field_path::FieldPath;

/// The version 2 fields of a scenario, of a post and of a pay award.
const SCENARIO_FIELDS: [&str; 3] = ["on_costs", "actuals", "note"];
const POST_FIELDS: [&str; 2] = ["group", "pay"];
const AWARD_FIELDS: [&str; 1] = ["group"];

/// Checks a scenario's JSON object (without `version`) before it is read: in a version 1
/// file a version 2 field is an unknown field, and every post has exactly one of
/// `annual_cost` and `pay` (`null` counting as left out). Shapes that are wrong in other
/// ways are left for the reader to name.
///
/// # Errors
/// The first such field, on its path.
pub(crate) fn check_fields(map: &Map<String, Value>, version: u64, prefix: &FieldPath) -> Result<(), Error> {
    let list = |key: &str| map.get(key).and_then(Value::as_array).into_iter().flatten().enumerate();
    if version < 2 {
        let unknown = |path: FieldPath, key: &str| {
            Error::field(path, format!("unknown field `{key}`: a version 2 field, in a file that says \"version\": 1"))
        };
        if let Some(key) = SCENARIO_FIELDS.into_iter().find(|k| map.contains_key(*k)) {
            return Err(unknown(prefix.clone().key(key), key));
        }
        for (field, keys) in [("posts", &POST_FIELDS[..]), ("pay_awards", &AWARD_FIELDS[..])] {
            for (i, item) in list(field) {
                if let Some(key) = keys.iter().find(|k| item.get(**k).is_some()) {
                    return Err(unknown(prefix.clone().key(field).index(i).key(*key), key));
                }
            }
        }
    }
    for (i, post) in list("posts") {
        let Some(post) = post.as_object() else { continue };
        let given = |key: &str| post.get(key).is_some_and(|v| !v.is_null());
        match (given("annual_cost"), given("pay")) {
            (true, true) => {
                return Err(Error::field(
                    prefix.clone().key("posts").index(i).key("pay"),
                    "a post is costed all-in (annual_cost) or built from its pay (pay), not both",
                ))
            }
            (false, false) if version < 2 => {
                return Err(Error::field(prefix.clone().key("posts").index(i), "missing field `annual_cost`"))
            }
            (false, false) => {
                return Err(Error::field(
                    prefix.clone().key("posts").index(i).key("annual_cost"),
                    "missing: give annual_cost (all-in) or pay (salary and allowances)",
                ))
            }
            _ => {}
        }
    }
    Ok(())
}
