//! Why an edit was refused, typed: the view words it beside the field
//! (the view crate's `edit_error`), naming another field in a planner's words.

use std::borrow::Cow;
use std::fmt;

use crate::field_path::FieldPath;
use crate::value_error::ValueError;

/// Why the text typed into one field was not applied. The scenario is unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// The text is not a value of the field (`"abc" is not an amount`).
    Value(ValueError),
    /// The text is none of the field's choices, or the field's row has gone.
    Refused(Cow<'static, str>),
    /// The value breaks a rule of the model: on the edited field itself (`elsewhere` is
    /// `None`), or on another field, which the message must name.
    Rule { message: String, elsewhere: Option<FieldPath> },
}

/// The message as a file's error would give it (`… (see posts[0].end)`); the page says the
/// path in words instead.
impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::Value(e) => e.fmt(f),
            EditError::Refused(why) => f.write_str(why),
            EditError::Rule { message, elsewhere: None } => f.write_str(message),
            EditError::Rule { message, elsewhere: Some(path) } => write!(f, "{message} (see {path})"),
        }
    }
}

impl std::error::Error for EditError {}

impl From<ValueError> for EditError {
    fn from(e: ValueError) -> Self {
        EditError::Value(e)
    }
}

impl From<&'static str> for EditError {
    fn from(why: &'static str) -> Self {
        EditError::Refused(Cow::Borrowed(why))
    }
}

impl From<String> for EditError {
    fn from(why: String) -> Self {
        EditError::Refused(Cow::Owned(why))
    }
}
