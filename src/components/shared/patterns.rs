//! The fill patterns that tell the chart series apart without colour: drawn once per page
//! and referenced by `url(#…)`. Their colours come from `styles/results.css`.

use planner_view::chart::Series;
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

#[component]
pub fn ChartPatterns() -> Html {
    html! {
        <svg class="chart-defs" width="0" height="0" aria-hidden="true" focusable="false">
            <defs>
                // Cross-hatch: cost above the cap.
                <pattern id="pattern-cap-excess" width="8" height="8" patternUnits="userSpaceOnUse">
                    <rect class="pattern-bg pattern-bg-cap-excess" width="8" height="8" />
                    <path class="pattern-ink-line ink-cap-excess" d="M0,0L8,8M8,0L0,8" />
                </pattern>
                // Diagonal stripes: post cost after funding stops.
                <pattern id="pattern-after-stop" width="6" height="6" patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)">
                    <rect class="pattern-bg pattern-bg-after-stop" width="6" height="6" />
                    <rect class="ink-after-stop" width="3" height="6" />
                </pattern>
                // Horizontal stripes: backfill.
                <pattern id="pattern-backfill" width="4" height="4" patternUnits="userSpaceOnUse">
                    <rect class="pattern-bg pattern-bg-backfill" width="4" height="4" />
                    <rect class="ink-backfill" width="4" height="1.5" />
                </pattern>
                // Dots: redeployed officers, paid by the receiving budgets.
                <pattern id="pattern-redeployed" width="5" height="5" patternUnits="userSpaceOnUse">
                    <rect class="pattern-bg" width="5" height="5" />
                    <circle class="ink-redeployed" cx="2.5" cy="2.5" r="1.3" />
                </pattern>
                // Light diagonal stripes under the running total of pressure.
                <pattern id="pattern-pressure" width="8" height="8" patternUnits="userSpaceOnUse"
                    patternTransform="rotate(-45)">
                    <rect class="pattern-bg pattern-bg-pressure" width="8" height="8" />
                    <rect class="ink-pressure" width="2" height="8" />
                </pattern>
            </defs>
        </svg>
    }
}
