//! SVG pieces every chart draws the same way: every position comes from `planner_view::chart`.

use planner_view::chart::{coord, Axes, Label, Marker};
use yew::prelude::*;

/// A coordinate as an attribute value.
pub(crate) fn n(value: f64) -> AttrValue {
    AttrValue::from(coord(value))
}

/// A label placed where the engine put it.
pub(crate) fn text(label: &Label, class: &'static str) -> Html {
    html! {
        <text class={class} x={n(label.x)} y={n(label.y)} text-anchor={label.anchor.as_str()}>
            { label.text.clone() }
        </text>
    }
}

/// A drawing that is one image to a screen reader, its title and description its text
/// alternative; `id` prefixes their ids. The results charts (first load) keep their own
/// wrapper, whose description is the summary shown above them.
#[cfg(feature = "full")]
pub(crate) fn image(
    class: &'static str,
    id: &str,
    (width, height): (f64, f64),
    title: &str,
    description: String,
    body: Html,
) -> Html {
    html! {
        <svg class={classes!("chart-svg", class)} viewBox={format!("0 0 {} {}", coord(width), coord(height))}
            preserveAspectRatio="xMidYMid meet" role="img"
            aria-labelledby={format!("{id}-title")} aria-describedby={format!("{id}-desc")}>
            <title id={format!("{id}-title")}>{ title.to_string() }</title>
            <desc id={format!("{id}-desc")}>{ description }</desc>
            { body }
        </svg>
    }
}

/// The gridlines with their value labels, and a rule between years.
pub(crate) fn grid(axes: &Axes) -> Html {
    let f = axes.frame;
    html! {
        <g class="grid">
            { for axes.y_ticks.iter().map(|t| html! {
                <>
                    <line class="gridline" x1={n(f.left)} x2={n(f.right)} y1={n(t.at)} y2={n(t.at)} />
                    <text class="tick-label" x={n(f.left - 8.0)} y={n(t.at + 4.0)} text-anchor="end">
                        { t.label.clone() }
                    </text>
                </>
            }) }
            { for axes.years.iter().skip(1).map(|y| html! {
                <line class="year-rule" x1={n(y.from)} x2={n(y.from)} y1={n(f.top)} y2={n(f.bottom + 40.0)} />
            }) }
        </g>
    }
}

/// The month axis: its line, ticks and labels, and each year's name.
pub(crate) fn x_axis(axes: &Axes) -> Html {
    let f = axes.frame;
    html! {
        <g class="axis">
            <line class="axis-line" x1={n(f.left)} x2={n(f.right)} y1={n(f.bottom)} y2={n(f.bottom)} />
            { for axes.x_ticks.iter().map(|t| html! {
                <>
                    <line class="axis-line" x1={n(t.at)} x2={n(t.at)} y1={n(f.bottom)} y2={n(f.bottom + 5.0)} />
                    <text class="tick-label" x={n(t.at)} y={n(f.bottom + 18.0)} text-anchor="middle">
                        { t.label.clone() }
                    </text>
                </>
            }) }
            { for axes.years.iter().map(|y| text(&y.label, "year-label")) }
        </g>
    }
}

/// Each marker's rule and label.
pub(crate) fn markers(markers: &[Marker]) -> Html {
    html! {
        { for markers.iter().map(|m| html! {
            <>
                <line class={classes!("marker", format!("marker-{}", m.kind.name()))}
                    x1={n(m.x)} x2={n(m.x)} y1={n(m.y1)} y2={n(m.y2)} />
                { text(&m.label, "marker-label") }
            </>
        }) }
    }
}
