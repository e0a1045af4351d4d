//! What counts as visible text, and how much of it an error repeats. Names and titles
//! must show something, and a spreadsheet guard must look past what does not show; both
//! use these, so they agree.

/// How many characters of what a person typed an error message repeats.
pub const ECHO: usize = 20;

/// At most `max` characters of `text`, then `…`: so 5,000 characters of input never
/// become 5,000 characters of error.
pub fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

/// A character that takes no visible place of its own: white space (no-break space
/// included), control characters, zero-width characters, the byte order mark, bidi marks
/// and controls, and the soft hyphen.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || is_bidi_control(c)
        || matches!(c, '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{061C}' | '\u{FEFF}')
}

/// The bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069):
/// they can make a name read as something else ("Trojan Source"). The marks LRM, RLM and
/// ALM are not among them: right-to-left text may need them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `text` has at least one character that shows.
pub fn has_visible(text: &str) -> bool {
    text.chars().any(|c| !is_invisible(c))
}

/// What is wrong with a given text of at most `max` characters, if anything: too long, a
/// bidirectional control, or nothing visible. Names and a note's parts share these rules.
pub fn problem(text: &str, max: usize) -> Option<String> {
    if text.chars().count() > max {
        return Some(format!("at most {max} characters"));
    }
    if text.chars().any(is_bidi_control) {
        return Some("must not contain bidirectional control characters".into());
    }
    if !has_visible(text) {
        return Some("must have at least one visible character".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_shows_and_what_does_not() {
        for text in ["", " ", "\u{00A0}", "\u{200B}\u{200D}", "\u{FEFF}", "\u{2066}\u{2069}", "\u{200E}", "\t\r\n"] {
            assert!(!has_visible(text), "{text:?}");
        }
        for text in ["a", " \u{200B}x", "£", "＝", "٣"] {
            assert!(has_visible(text), "{text:?}");
        }
    }
}
