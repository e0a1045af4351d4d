//! Line and point styles that tell scenarios apart without colour.

use crate::chart::coord;

/// Line styles, in the order scenarios take them (the baseline is solid).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dash {
    Solid,
    LongDash,
    ShortDash,
    DashDot,
    Dotted,
    LongShort,
}

impl Dash {
    pub const ALL: [Dash; 6] =
        [Dash::Solid, Dash::LongDash, Dash::ShortDash, Dash::DashDot, Dash::Dotted, Dash::LongShort];

    /// The SVG `stroke-dasharray`.
    pub fn dasharray(self) -> &'static str {
        match self {
            Dash::Solid => "none",
            Dash::LongDash => "10 4",
            Dash::ShortDash => "4 3",
            Dash::DashDot => "8 3 2 3",
            Dash::Dotted => "2 3",
            Dash::LongShort => "14 3 5 3",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Dash::Solid => "solid line",
            Dash::LongDash => "long dashes",
            Dash::ShortDash => "short dashes",
            Dash::DashDot => "dash-dot line",
            Dash::Dotted => "dotted line",
            Dash::LongShort => "long-short dashes",
        }
    }
}

/// Point symbols, in the order scenarios take them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Symbol {
    Circle,
    Square,
    Triangle,
    Diamond,
    Cross,
    TriangleDown,
}

impl Symbol {
    pub const ALL: [Symbol; 6] =
        [Symbol::Circle, Symbol::Square, Symbol::Triangle, Symbol::Diamond, Symbol::Cross, Symbol::TriangleDown];

    pub fn describe(self) -> &'static str {
        match self {
            Symbol::Circle => "circles",
            Symbol::Square => "squares",
            Symbol::Triangle => "triangles",
            Symbol::Diamond => "diamonds",
            Symbol::Cross => "crosses",
            Symbol::TriangleDown => "upside-down triangles",
        }
    }

    /// An SVG path of the symbol centred on (x, y), 8 units across; stroke it (the cross
    /// has no fill).
    pub fn path(self, x: f64, y: f64) -> String {
        const R: f64 = 4.0;
        let (l, r, t, b, cx, cy) = (coord(x - R), coord(x + R), coord(y - R), coord(y + R), coord(x), coord(y));
        match self {
            Symbol::Circle => format!("M{l},{cy}a4,4 0 1,0 8,0a4,4 0 1,0 -8,0Z"),
            Symbol::Square => format!("M{l},{t}H{r}V{b}H{l}Z"),
            Symbol::Triangle => format!("M{cx},{t}L{r},{b}L{l},{b}Z"),
            Symbol::Diamond => format!("M{cx},{t}L{r},{cy}L{cx},{b}L{l},{cy}Z"),
            Symbol::Cross => format!("M{l},{t}L{r},{b}M{r},{t}L{l},{b}"),
            Symbol::TriangleDown => format!("M{cx},{b}L{r},{t}L{l},{t}Z"),
        }
    }
}

/// The style of the `index`th scenario: 36 distinct pairs before any repeats.
pub fn style_of(index: usize) -> (Dash, Symbol) {
    (Dash::ALL[index % 6], Symbol::ALL[(index + index / 6) % 6])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirty_six_scenarios_get_thirty_six_different_styles() {
        let styles: std::collections::HashSet<(Dash, Symbol)> = (0..36).map(style_of).collect();
        assert_eq!(styles.len(), 36);
        assert_eq!(style_of(0), (Dash::Solid, Symbol::Circle));
    }

    #[test]
    fn symbols_are_centred_paths_eight_units_across() {
        assert_eq!(Symbol::Square.path(10.0, 20.0), "M6,16H14V24H6Z");
        assert_eq!(Symbol::Diamond.path(10.0, 20.0), "M10,16L14,20L10,24L6,20Z");
        assert!(Symbol::ALL.iter().all(|s| s.path(0.0, 0.0).starts_with('M')));
    }
}
