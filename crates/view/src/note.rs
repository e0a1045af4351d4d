//! A plan's note as the comparison, the slides, the A4 sheet and the CSV say it: each part
//! that is given, labelled, in the order why, source, author.

use planner_engine::note::{Note, NotePart};

/// A part's label: `Why`, `Source`, `Author`.
pub fn label(part: NotePart) -> &'static str {
    match part {
        NotePart::Why => "Why",
        NotePart::Source => "Source",
        NotePart::Author => "Author",
    }
}

/// The parts given, each with its label, in order.
pub fn lines(note: &Note) -> Vec<(&'static str, String)> {
    NotePart::ALL
        .into_iter()
        .filter(|p| !note.part(*p).is_empty())
        .map(|p| (label(p), note.part(p).to_string()))
        .collect()
}

/// The note on one line, for a list or a cell: `Why: …. Source: …. Author: ….` (no full
/// stop is doubled after a part that ends with one).
pub fn said(note: &Note) -> String {
    let sentence = |(label, text): (&str, String)| match text.ends_with(['.', '!', '?']) {
        true => format!("{label}: {text}"),
        false => format!("{label}: {text}."),
    };
    lines(note).into_iter().map(sentence).collect::<Vec<_>>().join(" ")
}

/// The note slide's title for the plan `name`: `Why “name”` when it says why, else
/// `About “name”`. The name is in quotes, for the slide to isolate.
pub fn slide_title(name: &str, note: &Note) -> String {
    match note.why.is_empty() {
        false => format!("Why “{name}”"),
        true => format!("About “{name}”"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(why: &str, source: &str, author: &str) -> Note {
        Note { why: why.into(), source: source.into(), author: author.into() }
    }

    #[test]
    fn only_the_parts_given_are_said_in_order() {
        let n = note("Tests a lapse in December 2023.", "IAM paper, para 4.2", "A. Planner");
        assert_eq!(
            lines(&n),
            [
                ("Why", "Tests a lapse in December 2023.".to_string()),
                ("Source", "IAM paper, para 4.2".into()),
                ("Author", "A. Planner".into())
            ]
        );
        assert_eq!(said(&n), "Why: Tests a lapse in December 2023. Source: IAM paper, para 4.2. Author: A. Planner.");
        assert_eq!(said(&note("", "", "A. Planner")), "Author: A. Planner.");
    }

    #[test]
    fn the_slide_is_titled_by_what_the_note_holds() {
        assert_eq!(slide_title("Lapse", &note("x", "", "")), "Why “Lapse”");
        assert_eq!(slide_title("Lapse", &note("", "IAM paper", "")), "About “Lapse”");
    }
}
