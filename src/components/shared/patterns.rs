//! The fill patterns that tell the chart series apart without colour: drawn once per page
//! and referenced by `url(#…)`. Their colours come from `styles/results.css`.

use planner_view::chart::Series;

use super::svg::n;
use yew::prelude::*;

/// The SVG `fill` of a series drawn with a pattern; `None` for solid fills set by CSS.
pub fn paint(series: Series) -> Option<&'static str> {
    match series {
        Series::CapExcess => Some("url(#pattern-cap-excess)"),
        Series::AfterStop => Some("url(#pattern-after-stop)"),
        Series::Backfill => Some("url(#pattern-backfill)"),
        Series::Redeployed => Some("url(#pattern-redeployed)"),
        Series::CumulativePressure => Some("url(#pattern-pressure)"),
        Series::EmployerNi => Some("url(#pattern-employer-ni)"),
        Series::EmployerPension => Some("url(#pattern-employer-pension)"),
        Series::Levy => Some("url(#pattern-levy)"),
        Series::ActualPart => Some("url(#pattern-actual-part)"),
        Series::Claimed
        | Series::NonStaff
        | Series::Allocation
        | Series::Cash
        | Series::Pay
        | Series::AllIn
        | Series::YearCap
        | Series::Actual
        | Series::Forecast
        | Series::Plan => None,
    }
}

/// What a pattern's tile holds over its background.
enum Ink {
    /// A bar `width` × `height` at the tile's corner: stripes (rotated, diagonal ones).
    Bar(f64, f64),
    /// A dot of radius `r` in the tile's middle.
    Dot(f64),
    /// Two diagonals: cross-hatch.
    Cross,
}

/// One fill pattern: `pattern-{name}`, a square tile of `size`, turned by `rotate` degrees,
/// its ink classed `ink-{name}`; `bg` adds a background class of its own
/// (`pattern-bg-{name}`) where the plain one is too faint beside its neighbours.
pub struct Pattern {
    name: &'static str,
    size: f64,
    rotate: Option<i32>,
    bg: bool,
    ink: Ink,
}

/// Every pattern of the results' charts, each with what it marks.
const RESULTS: [Pattern; 5] = [
    // Cross-hatch: cost above the cap.
    Pattern { name: "cap-excess", size: 8.0, rotate: None, bg: true, ink: Ink::Cross },
    // Diagonal stripes: post cost after funding stops.
    Pattern { name: "after-stop", size: 6.0, rotate: Some(45), bg: true, ink: Ink::Bar(3.0, 6.0) },
    // Horizontal stripes: backfill.
    Pattern { name: "backfill", size: 4.0, rotate: None, bg: true, ink: Ink::Bar(4.0, 1.5) },
    // Dots: redeployed officers, paid by the receiving budgets.
    Pattern { name: "redeployed", size: 5.0, rotate: None, bg: false, ink: Ink::Dot(1.3) },
    // Light diagonal stripes under the running total of pressure.
    Pattern { name: "pressure", size: 8.0, rotate: Some(-45), bg: true, ink: Ink::Bar(2.0, 8.0) },
];

/// The parts of a post's cost (the parts chart, full build).
#[cfg(feature = "full")]
pub const PARTS: &[Pattern] = &[
    // Diagonal stripes: employer NI.
    Pattern { name: "employer-ni", size: 6.0, rotate: Some(45), bg: false, ink: Ink::Bar(2.5, 6.0) },
    // Dots: employer pension.
    Pattern { name: "employer-pension", size: 5.0, rotate: None, bg: true, ink: Ink::Dot(1.5) },
    // Horizontal stripes: apprenticeship levy.
    Pattern { name: "levy", size: 4.0, rotate: None, bg: false, ink: Ink::Bar(4.0, 2.0) },
    // Cross-hatch: actual costs.
    Pattern { name: "actual-part", size: 8.0, rotate: None, bg: false, ink: Ink::Cross },
];

fn pattern(p: &Pattern) -> Html {
    // `n` (tenths, from whole numbers): formatting an f64 itself would bring float
    // formatting into the first load's wasm, some 15 kB.
    let size = n(p.size);
    let bg = if p.bg { format!("pattern-bg pattern-bg-{}", p.name) } else { "pattern-bg".to_string() };
    let ink = format!("ink-{}", p.name);
    let mark = match p.ink {
        Ink::Bar(width, height) => html! { <rect class={ink} width={n(width)} height={n(height)} /> },
        Ink::Dot(r) => html! { <circle class={ink} cx={n(p.size / 2.0)} cy={n(p.size / 2.0)} r={n(r)} /> },
        Ink::Cross => {
            let d = format!("M0,0L{0},{0}M{0},0L0,{0}", size);
            html! { <path class={classes!("pattern-ink-line", ink)} {d} /> }
        }
    };
    html! {
        <pattern id={format!("pattern-{}", p.name)} width={size.clone()} height={size.clone()} patternUnits="userSpaceOnUse"
            patternTransform={p.rotate.map(|degrees| format!("rotate({degrees})"))}>
            <rect class={bg} width={size.clone()} height={size} />
            { mark }
        </pattern>
    }
}

/// The patterns `patterns` as an invisible drawing of definitions, for `url(#…)` fills.
pub fn definitions(patterns: &[Pattern]) -> Html {
    html! {
        <svg class="chart-defs" width="0" height="0" aria-hidden="true" focusable="false">
            <defs>{ for patterns.iter().map(pattern) }</defs>
        </svg>
    }
}

/// The results' patterns, drawn once per page.
#[component]
pub fn ChartPatterns() -> Html {
    definitions(&RESULTS)
}
