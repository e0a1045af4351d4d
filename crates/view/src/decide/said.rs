//! The decision analysis in sentences: the engine gives typed switching values and
//! comparisons; these are the words the Decide view, the slides, the sheet and the CLI use.

use planner_engine::analysis::switching::{Cheaper, Segment};
use planner_engine::analysis::{CurvePoint, LimitSwitch, PayAwardSwitch};
use planner_engine::money::Money;
use planner_engine::month::Month;

use crate::format::{pounds, pounds_pence};

/// `£100,000`, or `£22.26` when the pennies matter.
pub fn amount(m: Money) -> String {
    if m.value().fract().is_zero() {
        pounds(m)
    } else {
        pounds_pence(m)
    }
}

/// `the end of Sep 2024` or `never`: how a stop point reads in a sentence.
pub fn stop_label(stops_after: Option<Month>) -> String {
    match stops_after {
        Some(m) => format!("the end of {}", m.label()),
        None => "never".into(),
    }
}

/// `Funding can stop as early as the end of Sep 2024 before pressure exceeds £100,000.`
pub fn limit_sentence(switch: &LimitSwitch) -> String {
    let limit_text = amount(switch.limit);
    let mut sentence = match switch.earliest_stop {
        None => format!("The pressure exceeds {limit_text} at every stop month, and also if funding never stops."),
        Some(CurvePoint { stops_after: None, .. }) => {
            format!("The pressure stays within {limit_text} only if funding never stops.")
        }
        Some(CurvePoint { stops_after: Some(m), .. }) => {
            format!("Funding can stop as early as the end of {} before pressure exceeds {limit_text}.", m.label())
        }
    };
    if let (Some(first), Some(safe)) = (switch.earliest_stop, switch.within_from) {
        if first != safe {
            sentence.push_str(&format!(
                " Some later stops exceed it; every stop from {} on stays within it.",
                stop_label(safe.stops_after)
            ));
        }
    }
    sentence
}

/// `The caps hold with a pay award of up to 5% every September; 5.01% exceeds …`
pub fn pay_award_sentence(switch: &PayAwardSwitch) -> String {
    match (switch.max_award, switch.breaks_at, &switch.first_breach) {
        (None, _, Some(b)) => format!(
            "The caps are exceeded even with no pay award: {} by {} from {}.",
            b.fy.label(),
            amount(b.cap_excess),
            b.from.label()
        ),
        (None, _, None) => "The caps are exceeded even with no pay award.".into(),
        (Some(_), None, _) => "The caps hold even with a pay award of 100% every September.".into(),
        (Some(max), Some(over), Some(b)) => format!(
            "The caps hold with a pay award of up to {max}% every September; {over}% exceeds the {} cap by {} from {}.",
            b.fy.label(),
            amount(b.cap_excess),
            b.from.label()
        ),
        (Some(max), Some(_), None) => format!("The caps hold with a pay award of up to {max}% every September."),
    }
}

/// The limit for a plan that stops on its own date: no other stop is tested, so its one
/// pressure is set against the limit (`pressure` is that plan's own total).
pub fn own_stop_sentence(own_stop: Month, pressure: Money, limit: Money) -> String {
    let side = if pressure > limit { "above" } else { "within" };
    format!(
        "Funding stops after {} in this plan, so no other stop is tested: its pressure of {} is {side} the {} limit.",
        own_stop.label(),
        pounds(pressure),
        amount(limit)
    )
}

/// [`pay_award_sentence`] for a plan whose funding ends after `own_stop`: no cap applies
/// after it, so the award the caps absorb is said to hold only until then.
pub fn own_stop_award_sentence(switch: &PayAwardSwitch, own_stop: Month) -> String {
    let until = own_stop.label();
    match (switch.max_award, switch.breaks_at) {
        (None, _) => format!("No cap applies after funding ends in {until}; before then the caps are exceeded even with no pay award."),
        (Some(_), None) => format!("No cap applies after funding ends in {until}; until then the caps hold with any pay award up to 100%."),
        (Some(max), Some(_)) => format!(
            "No cap applies after funding ends in {until}; until then the caps hold with a pay award of up to {max}% every September."
        ),
    }
}

/// `“A” costs the MPS less than “B” if funding stops after any month from Jan 2024 to Feb 2024.`
pub fn segment_sentence(first: &str, second: &str, segment: &Segment) -> String {
    let when = match (segment.from, segment.through) {
        (None, _) => "if funding never stops".to_string(),
        (Some(f), None) => format!("if funding stops after {} or later, or never stops", f.label()),
        (Some(f), Some(t)) if f == t => format!("if funding stops after {}", f.label()),
        (Some(f), Some(t)) => format!("if funding stops after any month from {} to {}", f.label(), t.label()),
    };
    match segment.cheaper {
        Cheaper::First => format!("“{first}” costs the MPS less than “{second}” {when}."),
        Cheaper::Second => format!("“{second}” costs the MPS less than “{first}” {when}."),
        Cheaper::Same => format!("“{first}” and “{second}” cost the MPS the same {when}."),
    }
}

#[cfg(test)]
#[path = "said_tests.rs"]
mod tests;
