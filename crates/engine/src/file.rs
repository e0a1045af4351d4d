//! What every JSON file of the planner shares: the JSON-error form, the version check and
//! the optional-field reading. Scenario files, set files, saved work and analysis inputs
//! all read through here, so they all say the same thing about the same mistake.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Number, Value};

use crate::error::{cut, Error};
use crate::field_path::FieldPath;

/// The newest file version this planner reads and writes (MODEL.md): version 2 adds pay
/// built from its parts, pay groups, on-costs and actuals. Version 1 files still read.
pub const FILE_VERSION: u64 = 2;

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

/// Parses JSON text, with a syntax error saying where it broke. A key given twice in one
/// object is an error (MODEL.md), where serde_json's own parsing would keep the last.
///
/// # Errors
/// Text that is not JSON ([`Error::Syntax`]); a key given twice, on the key's path
/// ([`Error::Field`], `posts[0].title: appears twice`).
pub fn parse_json(text: &str) -> Result<Value, Error> {
    let duplicate = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = Checked { place: Place::Root, duplicate: &duplicate }
        .deserialize(&mut de)
        .and_then(|value| de.end().map(|()| value));
    parsed.map_err(|e| match duplicate.into_inner() {
        Some(path) => Error::field(path, "appears twice"),
        None => syntax_error(&e),
    })
}

/// Where a value sits in the document; the path text is built only for an error.
/// serde_json's recursion limit (128) bounds its depth.
enum Place<'a> {
    Root,
    Key(&'a Place<'a>, &'a str),
    Index(&'a Place<'a>, usize),
}

impl Place<'_> {
    fn path(&self) -> FieldPath {
        match self {
            Place::Root => FieldPath::root(),
            Place::Key(parent, key) => {
                let key = if key.is_empty() { "\"\"".to_string() } else { cut(key) };
                parent.path().key(key)
            }
            Place::Index(parent, i) => parent.path().index(*i),
        }
    }
}

/// Builds a [`Value`] as serde_json does, but refuses a key already in its object. The
/// path of the duplicate goes out through `duplicate`, so that the parser's error (which
/// only carries a message) can become a field error.
struct Checked<'a> {
    place: Place<'a>,
    duplicate: &'a RefCell<Option<FieldPath>>,
}

impl<'de> DeserializeSeed<'de> for Checked<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Checked<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    // JSON's own number form, kept as serde_json keeps it; money is never read from it
    // (amounts are strings, read as Decimal).
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(value) =
            seq.next_element_seed(Checked { place: Place::Index(&self.place, out.len()), duplicate: self.duplicate })?
        {
            out.push(value);
        }
        Ok(Value::Array(out))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                *self.duplicate.borrow_mut() = Some(Place::Key(&self.place, &key).path());
                return Err(de::Error::custom("a key appears twice"));
            }
            let value =
                map.next_value_seed(Checked { place: Place::Key(&self.place, &key), duplicate: self.duplicate })?;
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

/// Takes `"version"` out of a file's object, checks it is 1 to [`FILE_VERSION`] and
/// returns it. `path` is the field's path (`version`, `scenarios[1].version`); `what`
/// names the file in the message for a missing version (`a scenario file`, `a set file`).
///
/// # Errors
/// A missing, non-numeric or other version, on `path`.
pub fn take_version(map: &mut Map<String, Value>, path: FieldPath, what: &str) -> Result<u64, Error> {
    match map.remove("version") {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v @ 1..=FILE_VERSION) => Ok(v),
            _ => Err(Error::field(
                path,
                format!("version {n} is not supported; this planner reads versions 1 and {FILE_VERSION}"),
            )),
        },
        Some(_) => Err(Error::field(path, format!("must be a number: 1 or {FILE_VERSION}"))),
        None => Err(Error::field(path, format!("missing: {what} starts with \"version\": 1 or {FILE_VERSION}"))),
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
    fn a_key_given_twice_is_an_error_on_its_path() {
        let dup = |text: &str| match parse_json(text) {
            Err(Error::Field { path, message }) => Some(format!("{path}: {message}")),
            _ => None,
        };
        assert_eq!(dup(r#"{"a": 1, "a": 1}"#).as_deref(), Some("a: appears twice"));
        assert_eq!(dup(r#"{"a": [{}, {"b": {"c": 1, "c": 2}}]}"#).as_deref(), Some("a[1].b.c: appears twice"));
        assert_eq!(dup(r#"[{"a": 1}, {"a": 1, "": 1, "": 2}]"#).as_deref(), Some("[1].\"\": appears twice"));
        // A long key is cut in the path, as every echo of input is.
        let long = "k".repeat(5_000);
        let path = dup(&format!(r#"{{"{long}": 1, "{long}": 2}}"#)).unwrap_or_default();
        assert!(path.len() < 60, "{path}");
        // Keys once in each of several objects, and values that repeat, are fine.
        assert_eq!(
            parse_json(r#"{"a": {"a": 1}, "b": [{"a": 1}, {"a": 1}], "c": 1.5, "d": null, "e": -2}"#)
                .map(|v| v.to_string()),
            Ok(r#"{"a":{"a":1},"b":[{"a":1},{"a":1}],"c":1.5,"d":null,"e":-2}"#.to_string())
        );
    }

    #[test]
    fn deep_nesting_and_trailing_text_are_syntax_errors() {
        for text in ["[".repeat(100_000), format!("{}1{}", "[".repeat(200), "]".repeat(200)), "{} {}".into()] {
            assert!(matches!(parse_json(&text), Err(Error::Syntax { .. })), "{}", &text[..10]);
        }
    }

    #[test]
    fn the_version_must_be_the_number_one_or_two() {
        let check = |v: &str| {
            let Value::Object(mut map) = parse_json(&format!("{{\"version\": {v}}}")).unwrap() else { unreachable!() };
            take_version(&mut map, "version".into(), "a set file").map_err(|e| e.to_string())
        };
        assert_eq!(check("1"), Ok(1));
        assert_eq!(check("2"), Ok(2));
        assert_eq!(check("3"), Err("version: version 3 is not supported; this planner reads versions 1 and 2".into()));
        assert_eq!(check("0"), Err("version: version 0 is not supported; this planner reads versions 1 and 2".into()));
        assert_eq!(check("\"1\""), Err("version: must be a number: 1 or 2".into()));
        let mut empty = Map::new();
        assert_eq!(
            take_version(&mut empty, "version".into(), "a set file").unwrap_err().to_string(),
            "version: missing: a set file starts with \"version\": 1 or 2"
        );
    }
}
