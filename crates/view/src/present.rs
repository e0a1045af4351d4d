//! Meeting mode and the printed options sheet: the order of the slides, how a key moves
//! through them, the counter the room reads ("3 of 9") and the sheet's date.
//!
//! The deck opens on the overview the panel comes back to with Home: every option's headline
//! figures beside the baseline, then their running totals of unfunded pressure on one chart
//! (two slides, not one, so both stay large enough to read from the back of the room). Then,
//! for each option, its headline figures and flags, followed by what it changes. Last, the
//! Decide view's figures with its default inputs. So with four options: 2 + 4 × 2 + 1 = 11
//! slides.

/// One slide of the deck; `usize` is the option's position among the options (0 is the
/// first option after the baseline).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slide {
    Comparison,
    Chart,
    Figures(usize),
    Changes(usize),
    /// The Decide view's figures with its default inputs.
    Decision,
}

/// The slides for `options` options, in the order they are shown.
pub fn deck(options: usize) -> Vec<Slide> {
    [Slide::Comparison, Slide::Chart]
        .into_iter()
        .chain((0..options).flat_map(|i| [Slide::Figures(i), Slide::Changes(i)]))
        .chain([Slide::Decision])
        .collect()
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
    fn four_options_make_eleven_slides_opening_on_the_comparison_ending_on_the_decision() {
        let slides = deck(4);
        assert_eq!(slides.len(), 11);
        assert_eq!(&slides[..4], [Slide::Comparison, Slide::Chart, Slide::Figures(0), Slide::Changes(0)]);
        assert_eq!(slides[9], Slide::Changes(3));
        assert_eq!(slides[10], Slide::Decision);
        assert_eq!(deck(0), [Slide::Comparison, Slide::Chart, Slide::Decision]);
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
