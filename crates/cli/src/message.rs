//! Messages a person reads: one line, with what they typed or a file held cut short, so
//! 5,000 characters of input never become 5,000 characters of error.

use planner_engine::text::{shorten, ECHO};

/// How much of a file name or scenario name is shown: enough for any ordinary one.
const LABEL: usize = 60;
/// A word longer than this in an engine message is an echo (a field name from a file).
const WORD: usize = 64;

/// At most [`ECHO`] characters of `text`, then `…`.
pub(crate) fn cut(text: &str) -> String {
    shorten(text, ECHO)
}

/// A scenario's name, at most [`LABEL`] characters.
pub(crate) fn cut_name(text: &str) -> String {
    shorten(text, LABEL)
}

/// A file name, at most [`LABEL`] characters: its end, which names the file, is kept.
pub(crate) fn cut_path(text: &str) -> String {
    let count = text.chars().count();
    if count <= LABEL {
        return text.to_string();
    }
    let tail: String = text.chars().skip(count - (LABEL - 1)).collect();
    format!("…{tail}")
}

/// An engine message with every echo in it cut: each quoted part (`"…"` or `` `…` ``)
/// to [`ECHO`] characters, and any word longer than [`WORD`] too.
pub(crate) fn cut_echoes(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(400));
    let mut rest = message;
    while let Some(open) = rest.find(['"', '`']) {
        let quote = if rest[open..].starts_with('"') { '"' } else { '`' };
        out.push_str(&rest[..=open]);
        let inside = &rest[open + 1..];
        let close = closing(inside, quote);
        out.push_str(&cut(&inside[..close]));
        rest = &inside[close..];
        if let Some(after) = rest.strip_prefix(quote) {
            out.push(quote);
            rest = after;
        }
    }
    out.push_str(rest);
    out.split(' ').map(cut_word).collect::<Vec<_>>().join(" ")
}

/// A word longer than [`WORD`] cut, keeping the `:` that ends a field path.
fn cut_word(word: &str) -> String {
    if word.chars().count() <= WORD {
        return word.to_string();
    }
    match word.strip_suffix(':') {
        Some(path) => format!("{}:", cut(path)),
        None => cut(word),
    }
}

/// Where the quoted part that starts `text` ends: the next `quote` not escaped by `\`
/// (Rust's `{:?}` escapes quotes inside), or the end.
fn closing(text: &str, quote: char) -> usize {
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quote == '"' => escaped = true,
            c if c == quote => return i,
            _ => {}
        }
    }
    text.len()
}

/// Every run of white space (a newline included) as one space.
pub(crate) fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echoes_are_cut_and_the_rest_is_kept() {
        let long = "y".repeat(5000);
        assert_eq!(
            cut_echoes(&format!("posts[0].team: unknown variant `{long}`, expected `MARSOC`")),
            "posts[0].team: unknown variant `yyyyyyyyyyyyyyyyyyyy…`, expected `MARSOC`"
        );
        assert_eq!(cut_echoes(&format!("{long}: unknown field")), "yyyyyyyyyyyyyyyyyyyy…: unknown field");
        assert_eq!(cut_echoes(&format!("id \"a\\\"{long}\" twice")), "id \"a\\\"yyyyyyyyyyyyyyyyy…\" twice");
        assert_eq!(cut_echoes("unclosed `quote"), "unclosed `quote");
        assert_eq!(cut_echoes("café \"é\" `ü`"), "café \"é\" `ü`");
        assert_eq!(
            cut_echoes("scenarios[49].posts[1999].on_funding_stop.lag_months: at most 120"),
            "scenarios[49].posts[1999].on_funding_stop.lag_months: at most 120"
        );
    }

    #[test]
    fn names_keep_their_start_and_paths_their_end() {
        assert_eq!(cut("é".repeat(21).as_str()), format!("{}…", "é".repeat(20)));
        assert_eq!(cut("short"), "short");
        let path = format!("/{}/file.json", "d".repeat(100));
        let shown = cut_path(&path);
        assert_eq!(shown.chars().count(), LABEL);
        assert!(shown.starts_with('…') && shown.ends_with("dd/file.json"), "{shown}");
        assert_eq!(cut_path("/no/such/file.json"), "/no/such/file.json");
        assert_eq!(cut_name(&"n".repeat(61)).chars().count(), LABEL + 1);
    }
}
