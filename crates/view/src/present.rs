//! Meeting mode and the printed options sheet: the order of the slides, how a key moves
//! through them, the counter the room reads ("3 of 9") and the sheet's date.
//!
//! The deck opens on the overview the panel comes back to with Home: every option's headline
//! figures beside the baseline, who bears every pound, then their running totals of unfunded
//! pressure on one chart. Then, for each option, its headline figures and who bears them,
//! its note (why, source, author) if it has one, followed by what it changes and its flags. Last, the decision figures with the assumptions
//! the planner confirmed. Tables and lists too long for one slide continue on the next (the
//! baseline heads every page), so no slide scrolls: with four options of a sentence or two
//! each, 2 + 2 + 1 + 4 × 2 + 4 = 17 slides (14 before the
//! assumptions are confirmed: one decision slide says there are none).

/// How many options a table slide shows beside the baseline: three rows of 80-character
/// names and their figures fit a 1280 × 720 projector in type read from the back.
pub const OPTIONS_PER_SLIDE: usize = 2;
/// How many options a decision slide shows beside the baseline: each has a sentence or
/// two as well as its row.
pub const DECISIONS_PER_SLIDE: usize = 1;
/// How many sentences of "what changes" a slide shows.
pub const CHANGES_PER_SLIDE: usize = 3;

/// One slide of the deck. An option is told by its position among the options (0 is the
/// first after the baseline); a page by its position in a table or list that continues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slide {
    Comparison(usize),
    /// Who bears every pound of each plan.
    WhoPays(usize),
    Chart,
    Figures(usize),
    /// Option `.0`'s note: why it is put forward, its source and author.
    Note(usize),
    /// What option `.0` changes, page `.1`.
    Changes(usize, usize),
    /// The decision figures with the confirmed assumptions, page `.0`.
    Decision(usize),
    /// "Post cost by part" of scenario `.0` (0 is the baseline), one with a built post.
    Parts(usize),
}

/// Pages needed for `items` at `per` a page (at least one, so an empty list still says so).
pub fn pages(items: usize, per: usize) -> usize {
    items.div_ceil(per.max(1)).max(1)
}

/// The options shown on page `page` of a table slide of `per` options a page.
pub fn options_on(page: usize, options: usize, per: usize) -> std::ops::Range<usize> {
    let from = (page * per).min(options);
    from..(from + per).min(options)
}

/// Rows `0` (the baseline) and the rows of the options on `page`, `per` a page: a
/// continued table keeps the baseline at its head, so every page is read against it.
pub fn page_rows<T: Clone>(rows: &[T], page: usize, per: usize) -> Vec<T> {
    let options = rows.len().saturating_sub(1);
    rows.iter().take(1).chain(options_on(page, options, per).filter_map(|i| rows.get(i + 1))).cloned().collect()
}

/// `Who bears the cost (2 of 3)` for a slide that continues, else the title as it is.
pub fn continued(title: &str, page: usize, of: usize) -> String {
    if of > 1 {
        format!("{title} ({} of {of})", page + 1)
    } else {
        title.into()
    }
}

/// The slides for `options` options, where option `i` has `changes[i]` sentences of what it
/// changes and of its warnings and a note slide if `noted[i]`, in the order they are shown.
/// Without `confirmed` assumptions, one decision slide says there are no figures.
pub fn deck(options: usize, changes: &[usize], noted: &[bool], confirmed: bool) -> Vec<Slide> {
    let tables = pages(options, OPTIONS_PER_SLIDE);
    let decisions = if confirmed { pages(options, DECISIONS_PER_SLIDE) } else { 1 };
    (0..tables)
        .map(Slide::Comparison)
        .chain((0..tables).map(Slide::WhoPays))
        .chain([Slide::Chart])
        .chain((0..options).flat_map(|i| {
            let said = pages(changes.get(i).copied().unwrap_or(1), CHANGES_PER_SLIDE);
            let note = noted.get(i).copied().unwrap_or(false).then_some(Slide::Note(i));
            std::iter::once(Slide::Figures(i)).chain(note).chain((0..said).map(move |p| Slide::Changes(i, p)))
        }))
        .chain((0..decisions).map(Slide::Decision))
        .collect()
}

/// The deck with a "Post cost by part" slide after the chart for each scenario (the
/// baseline first) whose `parts` are shown.
pub fn with_parts(deck: Vec<Slide>, parts: &[bool]) -> Vec<Slide> {
    let at = deck.iter().position(|s| *s == Slide::Chart).map_or(deck.len(), |i| i + 1);
    let mut out = deck;
    let slides: Vec<Slide> = parts.iter().enumerate().filter(|(_, p)| **p).map(|(n, _)| Slide::Parts(n)).collect();
    out.splice(at..at, slides);
    out
}

/// A move through the deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Next,
    Previous,
    First,
    Last,
    /// Leave meeting mode.
    Leave,
}

impl Nav {
    /// The move a key makes (`KeyboardEvent.key`), if any: → ↓ PageDown Space go on,
    /// ← ↑ PageUp go back, Home and End jump, Escape leaves.
    pub fn from_key(key: &str) -> Option<Nav> {
        match key {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Spacebar" => Some(Nav::Next),
            "ArrowLeft" | "ArrowUp" | "PageUp" => Some(Nav::Previous),
            "Home" => Some(Nav::First),
            "End" => Some(Nav::Last),
            "Escape" | "Esc" => Some(Nav::Leave),
            _ => None,
        }
    }

    /// The slide shown after this move from slide `at` of `count` (staying within the deck);
    /// `None` for [`Nav::Leave`].
    pub fn apply(self, at: usize, count: usize) -> Option<usize> {
        let last = count.saturating_sub(1);
        match self {
            Nav::Next => Some((at + 1).min(last)),
            Nav::Previous => Some(at.saturating_sub(1).min(last)),
            Nav::First => Some(0),
            Nav::Last => Some(last),
            Nav::Leave => None,
        }
    }
}

/// `3 of 9`, for slide index `at` (from 0) of `count`.
pub fn counter(at: usize, count: usize) -> String {
    format!("{} of {count}", at + 1)
}

/// `26 November 2026` (en-GB, as GOV.UK writes dates), from a calendar date with `month`
/// 1 to 12; `None` for a date that is not one.
pub fn long_date(year: i32, month: u32, day: u32) -> Option<String> {
    let name = planner_engine::month::LONG_MONTH_NAMES.get(usize::try_from(month).ok()?.checked_sub(1)?)?;
    (1..=31).contains(&day).then(|| format!("{day} {name} {year}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_options_make_fifteen_slides_and_long_tables_continue() {
        let slides = deck(4, &[1, 2, 3, 4], &[], true);
        assert_eq!(
            &slides[..6],
            [
                Slide::Comparison(0),
                Slide::Comparison(1),
                Slide::WhoPays(0),
                Slide::WhoPays(1),
                Slide::Chart,
                Slide::Figures(0)
            ]
        );
        assert_eq!(slides.iter().filter(|s| matches!(s, Slide::Changes(3, _))).count(), 2, "4 sentences: 2 slides");
        assert_eq!(slides[slides.len() - 4..], (0..4).map(Slide::Decision).collect::<Vec<_>>()[..]);
        assert_eq!(deck(4, &[1; 4], &[], true).len(), 17);
        assert_eq!(deck(4, &[1; 4], &[], false).len(), 14, "one slide says no figures are confirmed");
        assert_eq!(
            deck(0, &[], &[], true),
            [Slide::Comparison(0), Slide::WhoPays(0), Slide::Chart, Slide::Decision(0)]
        );
        assert_eq!(deck(6, &[1; 6], &[], true).len(), 3 + 3 + 1 + 12 + 6);
    }

    #[test]
    fn an_option_with_a_note_has_its_note_slide_after_its_figures() {
        let slides = deck(2, &[1, 1], &[false, true], false);
        let at = |s: Slide| slides.iter().position(|x| *x == s);
        assert_eq!(slides.iter().filter(|s| matches!(s, Slide::Note(_))).count(), 1);
        assert_eq!(at(Slide::Note(1)), at(Slide::Figures(1)).map(|i| i + 1));
        assert_eq!(at(Slide::Changes(1, 0)), at(Slide::Note(1)).map(|i| i + 1));
        assert_eq!(slides.len(), deck(2, &[1, 1], &[], false).len() + 1);
    }

    #[test]
    fn plans_with_parts_get_a_slide_each_after_the_chart() {
        let slides = with_parts(deck(2, &[1, 1], &[], true), &[false, true, true]);
        let at = slides.iter().position(|s| *s == Slide::Chart).expect("a chart");
        assert_eq!(slides[at + 1..at + 3], [Slide::Parts(1), Slide::Parts(2)]);
        assert_eq!(slides.len(), deck(2, &[1, 1], &[], true).len() + 2);
        assert_eq!(with_parts(deck(2, &[1, 1], &[], true), &[]), deck(2, &[1, 1], &[], true));
    }

    #[test]
    fn every_page_of_a_table_starts_with_the_baseline() {
        let rows = ["base", "a", "b", "c"];
        assert_eq!(page_rows(&rows, 0, 2), ["base", "a", "b"]);
        assert_eq!(page_rows(&rows, 1, 2), ["base", "c"]);
        assert_eq!(page_rows(&rows, 5, 2), ["base"]);
        assert_eq!(page_rows(&rows, 2, 1), ["base", "c"]);
        assert_eq!(continued("Who pays", 1, 2), "Who pays (2 of 2)");
        assert_eq!(continued("Who pays", 0, 1), "Who pays");
    }

    #[test]
    fn keys_move_within_the_deck_and_escape_leaves() {
        let to = |key: &str, at: usize| Nav::from_key(key).and_then(|n| n.apply(at, 9));
        assert_eq!(to("ArrowRight", 2), Some(3));
        assert_eq!(to(" ", 2), Some(3));
        assert_eq!(to("PageDown", 8), Some(8), "the last slide stays");
        assert_eq!(to("ArrowLeft", 0), Some(0), "the first slide stays");
        assert_eq!(to("PageUp", 5), Some(4));
        assert_eq!((to("Home", 5), to("End", 5)), (Some(0), Some(8)));
        assert_eq!(to("Escape", 5), None);
        assert_eq!(Nav::from_key("a"), None);
        assert_eq!(Nav::Next.apply(0, 0), Some(0), "an empty deck does not overflow");
    }

    #[test]
    fn the_counter_counts_from_one() {
        assert_eq!(counter(2, 9), "3 of 9");
    }

    #[test]
    fn dates_are_written_day_month_year_in_words() {
        assert_eq!(long_date(2026, 11, 26).as_deref(), Some("26 November 2026"));
        assert_eq!(long_date(2024, 1, 5).as_deref(), Some("5 January 2024"));
        assert_eq!(long_date(2024, 13, 5), None);
        assert_eq!(long_date(2024, 0, 5), None);
        assert_eq!(long_date(2024, 2, 0), None);
    }
}
