//! One error type for the whole engine, built from small kinds whose messages a planner
//! can read. Every message that concerns a scenario names the field path, such as
//! `posts[2].annual_cost: must not be negative`.

use std::fmt;

use crate::field_path::FieldPath;
use crate::text::{shorten, ECHO};

/// Anything the engine refuses: a bad scenario, a bad link, or a figure too large to compute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The text is not JSON at all (with where it broke).
    Syntax { line: usize, column: usize, message: String },
    /// A field has a value the model does not accept.
    Field { path: FieldPath, message: String },
    /// A share link that cannot be read.
    Link(LinkError),
}

impl Error {
    pub(crate) fn field(path: impl Into<FieldPath>, message: impl Into<String>) -> Self {
        Error::Field { path: path.into(), message: message.into() }
    }

    /// The field path this error is about, if it is about one (`posts[2].annual_cost`).
    pub fn path(&self) -> Option<&FieldPath> {
        match self {
            Error::Field { path, .. } => Some(path),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Syntax { line, column, message } => {
                write!(f, "not valid JSON at line {line}, column {column}: {message}")
            }
            Error::Field { path, message } if path.is_root() => f.write_str(message),
            Error::Field { path, message } => write!(f, "{path}: {message}"),
            Error::Link(e) => write!(f, "share link: {e}"),
        }
    }
}

impl std::error::Error for Error {}

/// Why a share link could not be opened. None of these ever yields a partly read scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// No `s=` part was found in the text given.
    NoScenario,
    /// The fragment is longer than any link this planner makes.
    TooLong { length: usize, limit: usize },
    /// Made by a newer planner, or not one of ours.
    UnknownVersion(String),
    /// Characters that base64url does not use: the link was altered.
    BadCharacters,
    /// The data ended early or was changed: truncated in an e-mail, or edited by hand.
    Damaged,
    /// The link unpacks to more than the planner will read.
    TooLarge { limit: usize },
    /// The link unpacked, but what it holds is not a valid scenario set.
    Content(String),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::NoScenario => f.write_str("no scenario found: a planner link ends in #s=1.…"),
            LinkError::TooLong { length, limit } => {
                write!(f, "the link is {length} characters long, more than the {limit} a planner link can be")
            }
            LinkError::UnknownVersion(v) => write!(
                f,
                "link version {:?} is not one this planner reads (it reads versions 1 and 2); \
                 it may come from a newer planner",
                cut(v)
            ),
            LinkError::BadCharacters => {
                f.write_str("the link contains characters a planner link never has: it was altered")
            }
            LinkError::Damaged => f.write_str(
                "the link is incomplete or was changed (its checksum does not match); \
                 ask the sender to copy it again or to send the scenario file",
            ),
            LinkError::TooLarge { limit } => {
                write!(f, "the link unpacks to more than {limit} bytes, more than a planner link holds")
            }
            LinkError::Content(m) => write!(f, "the scenarios in the link are not valid: {m}"),
        }
    }
}

/// What a person typed, as an error repeats it (at most [`ECHO`] characters).
pub(crate) fn cut(text: &str) -> String {
    shorten(text, ECHO)
}

impl From<LinkError> for Error {
    fn from(e: LinkError) -> Self {
        Error::Link(e)
    }
}
