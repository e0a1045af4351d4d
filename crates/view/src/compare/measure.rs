//! What is compared, which way is better, and differences as display-ready text.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::format::{headcount, pounds, pounds_pence, pounds_signed};
use planner_engine::defaults::BASELINE_NAME;
use planner_engine::money::Money;
use planner_engine::month::FinancialYear;
use planner_engine::outcome::Outcome;
use planner_engine::scenario::Scenario;

/// Shown for a year a plan does not reach, and for a difference that cannot be taken.
pub const MISSING: &str = "—";

/// A figure compared between plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Measure {
    Pressure,
    Claimed,
    CapExcess,
    PeakCash,
    Headcount,
}

impl Measure {
    pub const ALL: [Measure; 5] =
        [Measure::Pressure, Measure::Claimed, Measure::CapExcess, Measure::PeakCash, Measure::Headcount];

    /// The position in [`Measure::ALL`], and so in [`Measured`]'s arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The same keys as the results headlines: `pressure`, `claimed`, `cap_excess`, `cash`, `headcount`.
    pub fn key(self) -> &'static str {
        match self {
            Measure::Pressure => "pressure",
            Measure::Claimed => "claimed",
            Measure::CapExcess => "cap_excess",
            Measure::PeakCash => "cash",
            Measure::Headcount => "headcount",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Measure::Pressure => "Unfunded pressure",
            Measure::Claimed => "Grant claimed",
            Measure::CapExcess => "Cost above the cap",
            Measure::PeakCash => "Most owed by the funder",
            Measure::Headcount => "Average FTE in post",
        }
    }

    /// Money in pounds; otherwise FTE.
    pub fn is_money(self) -> bool {
        self != Measure::Headcount
    }

    /// More pressure, cap excess or cash owed is worse; more grant claimed is better;
    /// headcount is neither.
    pub fn direction(self, difference: Decimal) -> Direction {
        match self {
            _ if difference.is_zero() => Direction::Same,
            Measure::Headcount => Direction::Neutral,
            Measure::Claimed if difference > Decimal::ZERO => Direction::Better,
            Measure::Claimed => Direction::Worse,
            _ if difference > Decimal::ZERO => Direction::Worse,
            _ => Direction::Better,
        }
    }

    /// `£95,648` or `4.67 FTE`.
    pub fn format(self, value: Decimal) -> String {
        if self.is_money() {
            pounds_or_pence(value)
        } else {
            format!("{} FTE", headcount(value))
        }
    }
}

/// Which way an option moves a figure, for the reader: shown in words, not colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    Worse,
    Better,
    Same,
    /// Different but neither better nor worse (headcount), or not comparable (a year one
    /// plan does not reach).
    Neutral,
}

impl Direction {
    /// A stable name for styling: `worse`, `better`, `same`, `neutral`.
    pub fn name(self) -> &'static str {
        match self {
            Direction::Worse => "worse",
            Direction::Better => "better",
            Direction::Same => "same",
            Direction::Neutral => "neutral",
        }
    }
}

/// One scenario's exact figures for comparison, in [`Measure::ALL`] order (money in pounds,
/// headcount in FTE).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measured {
    pub name: String,
    pub years: Vec<(FinancialYear, [Decimal; 5])>,
    pub total: [Decimal; 5],
}

impl Measured {
    pub fn of(scenario: &Scenario, outcome: &Outcome) -> Measured {
        let years = outcome
            .years
            .iter()
            .map(|y| {
                let f = &y.figures;
                let values =
                    [f.unfunded_pressure, f.claimed, f.cap_excess, y.peak_cash_position.amount].map(Money::value);
                (y.fy, [values[0], values[1], values[2], values[3], y.average_fte])
            })
            .collect();
        let t = &outcome.total;
        let money = [t.unfunded_pressure, t.claimed, t.cap_excess, outcome.peak_cash_position.amount].map(Money::value);
        Measured {
            name: scenario.name.clone(),
            years,
            total: [money[0], money[1], money[2], money[3], outcome.average_fte],
        }
    }

    pub fn year(&self, fy: FinancialYear) -> Option<[Decimal; 5]> {
        self.years.iter().find(|(y, _)| *y == fy).map(|(_, v)| *v)
    }
}

/// `business as usual` for the default baseline, else the name in quotes: for sentences.
pub fn baseline_phrase(name: &str) -> String {
    if name == BASELINE_NAME {
        "business as usual".into()
    } else {
        format!("“{name}”")
    }
}

/// Whole pounds, or pence when whole pounds would show a difference as £0.
fn pounds_or_pence(value: Decimal) -> String {
    let m = Money::from_decimal(value);
    if !value.is_zero() && value.abs() < Decimal::new(50, 2) {
        pounds_pence(m)
    } else {
        pounds(m)
    }
}

/// A difference from the baseline, display-ready.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// `+£95,648`, `-£1,234`, `+0.5 FTE`, `no change` or `—`.
    pub amount: String,
    /// `+12.3%` of the baseline's figure; `n/a` when the baseline's is zero; `no change`; `—`.
    pub percent: String,
    pub direction: Direction,
    /// For screen readers and titles: `£95,648 more than business as usual (worse)`.
    pub words: String,
}

impl Difference {
    /// `value` against `baseline` (either missing: not comparable).
    pub fn between(measure: Measure, baseline: Option<Decimal>, value: Option<Decimal>, phrase: &str) -> Difference {
        let (Some(base), Some(value)) = (baseline, value) else {
            let words = "not comparable: only one of the plans covers this period".into();
            return Difference {
                amount: MISSING.into(),
                percent: MISSING.into(),
                direction: Direction::Neutral,
                words,
            };
        };
        let diff = value - base;
        let direction = measure.direction(diff);
        if diff.is_zero() {
            let words = format!("the same as {phrase}");
            return Difference { amount: "no change".into(), percent: "no change".into(), direction, words };
        }
        let size = measure.format(diff.abs());
        let sign = if diff > Decimal::ZERO { "+" } else { "-" };
        let amount = match measure.is_money() {
            true if diff.abs() >= Decimal::new(50, 2) => pounds_signed(Money::from_decimal(diff)),
            _ => format!("{sign}{size}"),
        };
        let percent = diff
            .checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|d| d.checked_div(base))
            .filter(|_| !base.is_zero())
            .map_or_else(
                || "n/a".to_string(),
                |p| {
                    let mut p = p.abs().round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero);
                    p.rescale(1);
                    format!("{sign}{p}%")
                },
            );
        let more = match (diff > Decimal::ZERO, measure.is_money()) {
            (true, _) => "more",
            (false, true) => "less",
            (false, false) => "fewer",
        };
        let judged = match direction {
            Direction::Worse | Direction::Better => format!(" ({})", direction.name()),
            _ => String::new(),
        };
        Difference { amount, percent, direction, words: format!("{size} {more} than {phrase}{judged}") }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pounds_between(base: i64, value: i64) -> Difference {
        let d = |pence| Some(Decimal::new(pence, 2));
        Difference::between(Measure::Pressure, d(base), d(value), "business as usual")
    }

    #[test]
    fn more_pressure_cap_excess_or_cash_owed_is_worse_and_more_grant_better() {
        let up = Decimal::ONE;
        let directions: Vec<Direction> = Measure::ALL.iter().map(|m| m.direction(up)).collect();
        use Direction::*;
        assert_eq!(directions, [Worse, Better, Worse, Worse, Neutral]);
        let down: Vec<Direction> = Measure::ALL.iter().map(|m| m.direction(-up)).collect();
        assert_eq!(down, [Better, Worse, Better, Better, Neutral]);
        assert!(Measure::ALL.iter().all(|m| m.direction(Decimal::ZERO) == Same));
        assert!(Measure::ALL.iter().enumerate().all(|(i, m)| m.index() == i));
    }

    #[test]
    fn percentages_have_one_decimal_and_a_sign() {
        for (base, value, amount, percent) in [
            (100_000_00, 112_345_00, "+£12,345", "+12.3%"),
            (100_000_00, 87_655_00, "-£12,345", "-12.3%"),
            (300_00, 400_00, "+£100", "+33.3%"),
            (200_00, 100_00, "-£100", "-50.0%"),
            (0, 95_647_50, "+£95,648", "n/a"),
            (1_000_00, 1_000_40, "+£0.40", "+0.0%"),
            (1_000_00, 999_60, "-£0.40", "-0.0%"),
        ] {
            let c = pounds_between(base, value);
            assert_eq!((c.amount.as_str(), c.percent.as_str()), (amount, percent), "{base} → {value}");
        }
    }

    #[test]
    fn differences_are_said_in_words_not_only_signs() {
        assert_eq!(pounds_between(0, 95_647_50).words, "£95,648 more than business as usual (worse)");
        assert_eq!(pounds_between(10_00, 9_60).words, "£0.40 less than business as usual (better)");
        let gone = Difference::between(Measure::Pressure, None, Some(Decimal::ONE), "business as usual");
        assert_eq!((gone.amount.as_str(), gone.direction), (MISSING, Direction::Neutral));
    }

    #[test]
    fn a_renamed_baseline_is_quoted_in_sentences() {
        assert_eq!(baseline_phrase(BASELINE_NAME), "business as usual");
        assert_eq!(baseline_phrase("Plan A"), "“Plan A”");
    }
}
