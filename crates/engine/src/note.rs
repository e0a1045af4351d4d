//! A plan's note (version 2): why the option is put to the panel, where its figures come
//! from, and who wrote it. Plain text, one paragraph each, carried in files, sets and links.

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::field_path::FieldPath;
use crate::text::problem;

/// The most characters of each part: a sentence or two of why, a reference, a name. A note
/// at its longest still leaves a one-scenario link near the 1,000 characters Outlook keeps.
pub const MAX_WHY: usize = 280;
pub const MAX_SOURCE: usize = 120;
pub const MAX_AUTHOR: usize = 60;

/// Why, source and author; an empty part is left out of the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
}

/// One part of a [`Note`], as the editor names its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "handoff", derive(serde::Deserialize))]
pub enum NotePart {
    Why,
    Source,
    Author,
}

impl NotePart {
    pub const ALL: [NotePart; 3] = [NotePart::Why, NotePart::Source, NotePart::Author];

    /// The part's key in a file: `why`, `source`, `author`.
    pub fn key(self) -> &'static str {
        match self {
            NotePart::Why => "why",
            NotePart::Source => "source",
            NotePart::Author => "author",
        }
    }

    /// The most characters the part may hold.
    pub fn max(self) -> usize {
        match self {
            NotePart::Why => MAX_WHY,
            NotePart::Source => MAX_SOURCE,
            NotePart::Author => MAX_AUTHOR,
        }
    }
}

impl Note {
    pub fn part(&self, part: NotePart) -> &str {
        match part {
            NotePart::Why => &self.why,
            NotePart::Source => &self.source,
            NotePart::Author => &self.author,
        }
    }

    pub fn part_mut(&mut self, part: NotePart) -> &mut String {
        match part {
            NotePart::Why => &mut self.why,
            NotePart::Source => &mut self.source,
            NotePart::Author => &mut self.author,
        }
    }

    /// Whether every part is empty: such a note is no note (a scenario holds `None`).
    pub fn is_empty(&self) -> bool {
        NotePart::ALL.into_iter().all(|p| self.part(p).is_empty())
    }

    /// `note` with `part` set to `text` (line breaks read as spaces, as a paragraph), or
    /// `None` once every part is empty.
    pub fn with_part(note: Option<&Note>, part: NotePart, text: &str) -> Option<Note> {
        let mut next = note.cloned().unwrap_or_default();
        let value = next.part_mut(part);
        value.clear();
        for c in text.chars() {
            match c {
                '\r' | '\n' if value.ends_with(' ') => {}
                '\r' | '\n' => value.push(' '),
                c => value.push(c),
            }
        }
        (!next.is_empty()).then_some(next)
    }

    /// Each part that is given shows something, on one line, within its length, and with no
    /// bidirectional control (which could make it read as something else).
    ///
    /// # Errors
    /// The first part that breaks a rule, on its path (`note.why`); a note with no part.
    pub fn validate(&self, at: &FieldPath) -> Result<(), Error> {
        if self.is_empty() {
            return Err(Error::field(at.clone(), "give at least one of why, source and author"));
        }
        for part in NotePart::ALL {
            let text = self.part(part);
            let path = at.clone().key(part.key());
            if text.chars().any(char::is_control) {
                return Err(Error::field(path, "must be one paragraph: no line breaks or control characters"));
            }
            if let Some(message) = problem(text, part.max()).filter(|_| !text.is_empty()) {
                return Err(Error::field(path, message));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(note: Note) -> Result<(), String> {
        note.validate(&FieldPath::from("note")).map_err(|e| e.to_string())
    }

    #[test]
    fn each_part_is_checked_on_its_path() {
        let why = |why: &str| Note { why: why.into(), ..Note::default() };
        assert_eq!(check(why("Tests a lapse")), Ok(()));
        assert_eq!(check(Note::default()), Err("note: give at least one of why, source and author".into()));
        assert_eq!(check(why(&"a".repeat(281))), Err("note.why: at most 280 characters".into()));
        assert_eq!(check(why(&"é".repeat(280))), Ok(()), "characters, not bytes");
        assert!(check(why("a\u{202E}b")).unwrap_err().starts_with("note.why: must not contain bidirectional"));
        assert!(check(why("a\nb")).unwrap_err().contains("one paragraph"));
        let author = Note { author: "\u{200B} ".into(), ..Note::default() };
        assert_eq!(check(author), Err("note.author: must have at least one visible character".into()));
        let source = Note { source: "s".repeat(121), ..Note::default() };
        assert_eq!(check(source), Err("note.source: at most 120 characters".into()));
    }

    #[test]
    fn a_part_set_to_nothing_leaves_no_note_once_all_are_empty() {
        let note = Note::with_part(None, NotePart::Why, "Two\r\nlines").expect("a note");
        assert_eq!(note.why, "Two lines");
        let note = Note::with_part(Some(&note), NotePart::Author, "A. Finance").expect("a note");
        let note = Note::with_part(Some(&note), NotePart::Why, "").expect("the author stays");
        assert_eq!(note, Note { author: "A. Finance".into(), ..Note::default() });
        assert_eq!(Note::with_part(Some(&note), NotePart::Author, ""), None);
    }
}
