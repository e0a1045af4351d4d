//! What the two-column pastes share (pay awards, allocations): the text read as lines of
//! tab-separated cells, one row per line with what it becomes or each cell's error, and the
//! summary that says whether the paste is ready. Each paste reads its own cells.

/// The most text a two-column paste reads: more than any list a planner would paste.
pub const MAX_TEXT: usize = 100_000;

/// One pasted row: its line (from 1), its two cells as pasted, and what it becomes or each
/// cell's error.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<T> {
    pub line: usize,
    pub cells: [String; 2],
    pub result: Result<T, Vec<String>>,
}

/// What a ready row becomes, in words, for the preview (`7% from Sep 2023`).
pub trait Said {
    fn said(&self) -> String;
}

impl<T: Said> Row<T> {
    /// What the row becomes, when it has no error.
    pub fn said(&self) -> Option<String> {
        self.result.as_ref().ok().map(Said::said)
    }
}

/// The words of one kind of paste, for its summary and its button.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Words {
    /// `pay award`
    pub one: &'static str,
    /// `pay awards`
    pub many: &'static str,
    /// `add`, or `set`
    pub verb: &'static str,
    /// `added`, or `set`
    pub done: &'static str,
    /// What goes under a header row: `the pay awards`.
    pub under_header: &'static str,
}

/// A paste read row by row: nothing of it is used until every row reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Pasted<T> {
    pub rows: Vec<Row<T>>,
    pub problem: Option<String>,
    pub words: Words,
}

impl<T: Clone> Pasted<T> {
    pub fn new(words: Words) -> Pasted<T> {
        Pasted { rows: Vec::new(), problem: None, words }
    }

    pub fn is_ready(&self) -> bool {
        all_read(&self.problem, self.rows.iter().map(|r| &r.result))
    }

    /// What the rows become, when [`Pasted::is_ready`]; nothing otherwise.
    pub fn items(&self) -> Vec<T> {
        if !self.is_ready() {
            return Vec::new();
        }
        self.rows.iter().filter_map(|r| r.result.as_ref().ok().cloned()).collect()
    }

    /// `2 pay awards ready to add.`, or which rows stop it.
    pub fn summary(&self) -> String {
        let bad = self.rows.iter().filter(|r| r.result.is_err()).count();
        summary_of(self.problem.as_deref(), self.rows.len(), bad, self.words)
    }

    /// The confirming button: `Add 2 pay awards`.
    pub fn confirm_label(&self) -> String {
        let Words { one, many, verb, .. } = self.words;
        let mut verb = verb.to_string();
        if let Some(first) = verb.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        match self.rows.len() {
            1 => format!("{verb} 1 {one}"),
            n => format!("{verb} {n} {many}"),
        }
    }

    /// Says what is wrong with the paste as a whole, once its rows are read: nothing pasted,
    /// or only a header row.
    pub fn check_not_empty(&mut self, lines: &[(usize, Vec<String>)]) {
        let Words { verb, under_header, .. } = self.words;
        if lines.is_empty() {
            self.problem = Some(format!("Nothing to {verb}: paste rows copied from a spreadsheet."));
        } else if self.rows.is_empty() {
            self.problem = Some(format!("Only a header row: paste {under_header} under it."));
        }
    }
}

/// A paste is ready when nothing is wrong with it as a whole, it has a row, and every row reads.
pub fn all_read<'a, T: 'a, E: 'a>(
    problem: &Option<String>,
    results: impl ExactSizeIterator<Item = &'a Result<T, E>>,
) -> bool {
    problem.is_none() && results.len() > 0 && results.into_iter().all(|r| r.is_ok())
}

/// `2 pay awards ready to add.`, or which of `rows` rows stop it (`bad` of them), or the
/// paste's `problem` as a whole.
pub fn summary_of(problem: Option<&str>, rows: usize, bad: usize, words: Words) -> String {
    if let Some(problem) = problem {
        return problem.to_string();
    }
    let Words { one, many, verb, done, .. } = words;
    match (bad, rows) {
        (0, 1) => format!("1 {one} ready to {verb}."),
        (0, n) => format!("{n} {many} ready to {verb}."),
        (1, n) => format!("1 of {n} rows has errors: fix it or delete that line. Nothing is {done} until then."),
        (b, n) => format!("{b} of {n} rows have errors: fix them or delete those lines. Nothing is {done} until then."),
    }
}

/// A cell Excel quoted (it holds a tab, a quote or a line break): quotes removed.
fn unquoted(cell: &str) -> String {
    let cell = cell.trim_end_matches('\r');
    match cell.strip_prefix('"').and_then(|c| c.strip_suffix('"')) {
        Some(inner) => inner.replace("\"\"", "\""),
        None => cell.to_string(),
    }
}

/// One pasted line's tab-separated cells, unquoted and trimmed.
pub(crate) fn cells(line: &str) -> Vec<String> {
    line.split('\t').map(unquoted).map(|c| c.trim().to_string()).collect()
}

/// The pasted text's lines that hold anything, each with its number (from 1) and its cells,
/// unquoted and trimmed.
pub fn lines(text: &str) -> Vec<(usize, Vec<String>)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, cells(l)))
        .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: Words = Words { one: "thing", many: "things", verb: "add", done: "added", under_header: "the things" };

    #[test]
    fn the_summary_and_button_count_rows_and_errors() {
        let mut pasted: Pasted<u8> = Pasted::new(WORDS);
        pasted.check_not_empty(&[]);
        assert_eq!(pasted.summary(), "Nothing to add: paste rows copied from a spreadsheet.");
        let mut pasted: Pasted<u8> = Pasted::new(WORDS);
        pasted.check_not_empty(&lines("Name\tCount"));
        assert_eq!(pasted.summary(), "Only a header row: paste the things under it.");
        let row = |line, result| Row { line, cells: [String::new(), String::new()], result };
        let mut pasted = Pasted::new(WORDS);
        pasted.rows = vec![row(1, Ok(1)), row(2, Ok(2))];
        assert_eq!(
            (pasted.summary(), pasted.confirm_label()),
            ("2 things ready to add.".into(), "Add 2 things".into())
        );
        assert_eq!(pasted.items(), [1, 2]);
        pasted.rows.push(row(3, Err(vec!["bad".into()])));
        assert!(!pasted.is_ready() && pasted.items().is_empty());
        assert_eq!(
            pasted.summary(),
            "1 of 3 rows has errors: fix it or delete that line. Nothing is added until then."
        );
    }

    #[test]
    fn lines_drop_blank_ones_and_unquote_cells() {
        assert_eq!(
            lines("a\t\"b \"\"c\"\"\"\r\n\t \n x "),
            [(1, vec!["a".into(), "b \"c\"".into()]), (3, vec!["x".into()])]
        );
    }
}
