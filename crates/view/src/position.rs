//! The report's position in two sentences, for the first screen: what the posts cost, what
//! the grant covers and to when, and the expiry of the agreement in force as a warning (a
//! chart marker alone is easy to miss).

use crate::format::pounds;
use planner_engine::flags::AGREEMENT_EXPIRY;
use planner_engine::money::Money;
use planner_engine::scenario::Scenario;

/// The report's position as [`position`] words it for the default scenario: the first load
/// shows these constants (a test keeps them equal), so it carries no code to make them.
pub const REPORT_POSITION: &str =
    "5 posts costing £382,590 a year; the grant: £382,590 for 2023/24, then up to £500,000 a year to March 2026.";
/// The expiry warning, as [`position`] words it.
pub const EXPIRY_WARNING: &str = "The funding agreement in force expires in December 2023: later years are \
     approved annually, so a decision is needed by then.";

/// The position and its warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    /// `5 posts costing £382,590 a year; the grant: £382,590 for 2023/24, then up to £500,000 a year to March 2026.`
    pub summary: String,
    /// `The funding agreement in force expires in December 2023: …`, when the plan runs past it.
    pub warning: Option<String>,
}

/// The position of `scenario` (the report's, for the default scenario), at its start.
pub fn position(scenario: &Scenario) -> Position {
    let start = scenario.horizon.start;
    let a_year: Money = scenario.posts.iter().filter(|p| p.start <= start).map(|p| p.annual_cost).sum();
    let allocations = &scenario.grant.allocations;
    let grant = match (allocations.first(), allocations.last()) {
        (Some(first), Some(last)) if allocations.len() > 1 => format!(
            "{} for {}, then up to {} a year to {}",
            pounds(first.amount),
            first.fy.label(),
            pounds(allocations.iter().skip(1).map(|a| a.amount).max().unwrap_or_default()),
            last.fy.last_month().long_label()
        ),
        (Some(only), _) => format!("{} for {}", pounds(only.amount), only.fy.label()),
        _ => "no allocation".into(),
    };
    let count = scenario.posts.len();
    let posts = if count == 1 { "1 post".to_string() } else { format!("{count} posts") };
    Position {
        summary: format!("{posts} costing {} a year; the grant: {grant}.", pounds(a_year)),
        warning: (scenario.horizon.end > AGREEMENT_EXPIRY).then(|| {
            format!(
                "The funding agreement in force expires in {}: later years are approved annually, so a decision \
                 is needed by then.",
                AGREEMENT_EXPIRY.long_label()
            )
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_load_constants_say_what_the_default_scenario_says() {
        let p = position(&Scenario::default_scenario());
        assert_eq!(p.summary, REPORT_POSITION);
        assert_eq!(p.warning.as_deref(), Some(EXPIRY_WARNING));
    }

    #[test]
    fn the_report_position_names_the_posts_the_grant_and_the_expiry() {
        let p = position(&Scenario::default_scenario());
        assert_eq!(
            p.summary,
            "5 posts costing £382,590 a year; the grant: £382,590 for 2023/24, then up to £500,000 a year to March 2026."
        );
        assert!(p.warning.is_some_and(|w| w.starts_with("The funding agreement in force expires in December 2023")));
    }
}
