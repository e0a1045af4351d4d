//! What every JSON file of the planner shares: the JSON-error form, the version check and
//! the optional-field reading. Scenario files, set files, saved work and analysis inputs
//! all read through here, so they all say the same thing about the same mistake.

use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

use crate::error::Error;

/// The scenario file version this planner writes and reads (MODEL.md).
pub const FILE_VERSION: u64 = 1;

/// Bad JSON, with where it broke. serde_json appends " at line L column C" to its message;
/// the position is reported in its own fields instead.
pub fn syntax_error(e: &serde_json::Error) -> Error {
    Error::Syntax { line: e.line(), column: e.column(), message: without_position(e) }
}

/// serde_json's message without the " at line L column C" it appends.
pub fn without_position(e: &serde_json::Error) -> String {
    let message = e.to_string();
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message,
    }
}

/// Parses JSON text, with a syntax error saying where it broke.
///
/// # Errors
/// Text that is not JSON ([`Error::Syntax`]).
pub fn parse_json(text: &str) -> Result<Value, Error> {
    serde_json::from_str(text).map_err(|e| syntax_error(&e))
}

/// Takes `"version"` out of a file's object and checks it is [`FILE_VERSION`]. `path` is
/// the field's path (`version`, `scenarios[1].version`); `what` names the file in the
/// message for a missing version (`a scenario file`, `a set file`).
///
/// # Errors
/// A missing, non-numeric or other version, on `path`.
pub fn take_version(map: &mut Map<String, Value>, path: &str, what: &str) -> Result<(), Error> {
    match map.remove("version") {
        Some(Value::Number(n)) if n.as_u64() == Some(FILE_VERSION) => Ok(()),
        Some(Value::Number(n)) => {
            Err(Error::field(path, format!("version {n} is not supported; this planner reads version {FILE_VERSION}")))
        }
        Some(_) => Err(Error::field(path, format!("must be the number {FILE_VERSION}"))),
        None => Err(Error::field(path, format!("missing: {what} starts with \"version\": {FILE_VERSION}"))),
    }
}

/// `null` in an optional field means the field was left out.
pub(crate) fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_syntax_error_keeps_its_position_out_of_the_message() {
        let e = parse_json("{\n  \"a\": ,\n}").unwrap_err();
        let Error::Syntax { line, column, message } = e else { panic!("not a syntax error") };
        assert_eq!((line, column), (2, 8));
        assert!(!message.contains(" at line "), "{message}");
    }

    #[test]
    fn the_version_must_be_the_number_one() {
        let check = |v: &str| {
            let Value::Object(mut map) = parse_json(&format!("{{\"version\": {v}}}")).unwrap() else { unreachable!() };
            take_version(&mut map, "version", "a set file").map_err(|e| e.to_string())
        };
        assert_eq!(check("1"), Ok(()));
        assert_eq!(check("2"), Err("version: version 2 is not supported; this planner reads version 1".into()));
        assert_eq!(check("\"1\""), Err("version: must be the number 1".into()));
        let mut empty = Map::new();
        assert_eq!(
            take_version(&mut empty, "version", "a set file").unwrap_err().to_string(),
            "version: missing: a set file starts with \"version\": 1"
        );
    }
}
