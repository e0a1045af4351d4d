//! Tests of the scales' steps, tick labels and coordinates.

use super::*;

#[test]
fn coordinates_are_written_to_a_tenth_without_trailing_zeros() {
    for (v, text) in [(12.5, "12.5"), (3.0, "3"), (-3.04, "-3"), (-0.25, "-0.3"), (100.06, "100.1"), (0.0, "0")] {
        assert_eq!(coord(v), text, "{v}");
    }
    assert_eq!(coord(f64::NAN), "0");
}

#[test]
fn nice_scales_step_by_one_two_two_and_a_half_or_five() {
    for (max, top, step) in [
        (67_045, 80_000, 20_000),
        (146_660, 150_000, 50_000),
        (980_000, 1_000_000, 200_000),
        (100, 100, 20),
        (7, 8, 2),
        (1, 1, 1),
        (0, EMPTY_TOP, EMPTY_TOP / 5),
        (110_000, 125_000, 25_000),
    ] {
        assert_eq!(nice_scale(max, 5), (top, step), "max {max}");
    }
}

#[test]
fn tick_labels_are_short_pounds() {
    for (pounds, label) in [
        (0, "£0"),
        (500, "£500"),
        (20_000, "£20k"),
        (2_500, "£2.5k"),
        (125_000, "£125k"),
        (1_000_000, "£1m"),
        (1_250_000, "£1.25m"),
    ] {
        assert_eq!(compact_pounds(pounds), label);
    }
}
