//! Where a value is in a scenario file (`scenarios[1].posts[2].annual_cost`), as typed
//! steps: validation builds it, [`crate::Error`] carries it, an edit's field names it, and
//! the view words it. Nothing compares or parses it as text.

use std::borrow::Cow;
use std::fmt;

use crate::month::{FinancialYear, Month};

/// A path into a scenario file or set, from its top.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct FieldPath(Vec<Step>);

/// One step of a [`FieldPath`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Step {
    /// A field of an object: `posts`, `annual_cost`.
    Key(Cow<'static, str>),
    /// An item of a list, counted from 0 as files count: `[2]`.
    Index(usize),
    /// A financial year's entry, as the editor names a cap: `[2024/25]`.
    Year(FinancialYear),
    /// A month's entry, as the editor names an actual: `[2024-04]`.
    Month(Month),
}

impl FieldPath {
    /// The top of the file: errors about the whole file or scenario.
    pub fn root() -> FieldPath {
        FieldPath::default()
    }

    /// This path, then the field `key` (literal keys only: `"grant"`, never `"grant.name"`;
    /// [`FieldPath::from`] takes a dotted literal).
    pub fn key(mut self, key: impl Into<Cow<'static, str>>) -> FieldPath {
        self.0.push(Step::Key(key.into()));
        self
    }

    /// This path, then item `index` of the list it names.
    pub fn index(mut self, index: usize) -> FieldPath {
        self.0.push(Step::Index(index));
        self
    }

    /// This path, then the entry for financial year `fy`.
    pub fn year(mut self, fy: FinancialYear) -> FieldPath {
        self.0.push(Step::Year(fy));
        self
    }

    /// This path, then the entry for month `month`.
    pub fn month(mut self, month: Month) -> FieldPath {
        self.0.push(Step::Month(month));
        self
    }

    /// This path, then every step of `rest`.
    pub fn then(mut self, rest: &FieldPath) -> FieldPath {
        self.0.extend(rest.0.iter().cloned());
        self
    }

    /// The dotted keys of a literal (`"grant.stops_after"`) after this path.
    pub fn keys(self, dotted: &'static str) -> FieldPath {
        dotted.split('.').filter(|k| !k.is_empty()).fold(self, |path, k| path.key(k))
    }

    /// Whether this path is `prefix` or lies inside it.
    pub fn starts_with(&self, prefix: &FieldPath) -> bool {
        self.0.starts_with(&prefix.0)
    }

    pub fn steps(&self) -> &[Step] {
        &self.0
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

/// The path serde_path_to_error tracked while reading (`posts[2].annual_cost`).
#[cfg(feature = "field-paths")]
impl From<&serde_path_to_error::Path> for FieldPath {
    fn from(path: &serde_path_to_error::Path) -> FieldPath {
        use serde_path_to_error::Segment;
        path.iter().fold(FieldPath::root(), |at, segment| match segment {
            Segment::Seq { index } => at.index(*index),
            Segment::Map { key } => at.key(key.clone()),
            Segment::Enum { variant } => at.key(variant.clone()),
            Segment::Unknown => at.key("?"),
        })
    }
}

/// A literal path of dotted keys, `"grant.stops_after"`; items are added with
/// [`FieldPath::index`].
impl From<&'static str> for FieldPath {
    fn from(dotted: &'static str) -> FieldPath {
        FieldPath::root().keys(dotted)
    }
}

/// The path as files write it: `posts[2].vacancies[0].to`, `grant.allocations[2024/25]`.
impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if n == 0 => f.write_str(key)?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Index(i) => write!(f, "[{i}]")?,
                Step::Year(fy) => write!(f, "[{}]", fy.label())?,
                Step::Month(m) => write!(f, "[{m}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_reads_as_files_write_it() {
        let path = FieldPath::from("scenarios").index(1).key("posts").index(2).keys("vacancies").index(0).key("to");
        assert_eq!(path.to_string(), "scenarios[1].posts[2].vacancies[0].to");
        assert_eq!(
            FieldPath::from("grant").key("allocations").year(FinancialYear(2024)).to_string(),
            "grant.allocations[2024/25]"
        );
        assert_eq!(
            FieldPath::from("actuals.months").month(Month::known(2024, 4)).to_string(),
            "actuals.months[2024-04]"
        );
        assert_eq!(FieldPath::root().to_string(), "");
        assert_eq!(FieldPath::from("a.b"), FieldPath::root().key("a").key("b"));
        assert_eq!(FieldPath::from("posts").then(&FieldPath::root().index(3)).to_string(), "posts[3]");
        assert!(path.starts_with(&FieldPath::from("scenarios").index(1)));
        assert!(!path.starts_with(&FieldPath::from("scenarios").index(2)));
    }
}
