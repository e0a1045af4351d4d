//! Who bears every pound of each plan: the funder, the MPS (unfunded pressure), the retained
//! core budget (backfill), the budgets that receive redeployed officers, and the MPS's
//! non-staff costs, with their total. Unfunded pressure alone makes an option that moves
//! officers onto other budgets look free; this table and its sentences show where the cost went.
//!
//! The funder's share is post cost less unfunded pressure (claimed less any disallowed
//! shortfall), so the five parts add up exactly to the total.

use crate::compare::baseline_phrase;
use crate::format::pounds;
use crate::table::{columns, Row, RowKind, Table};
use planner_engine::money::Money;
use planner_engine::outcome::{Figures, Outcome};
use planner_engine::scenario::Scenario;

/// The budgets, in the order the table shows them (the total after them).
pub const BUDGETS: [&str; 5] = [
    "Grant (the funder pays)",
    "Unfunded pressure (the MPS must find it)",
    "Backfill (retained core budget)",
    "Redeployed officers (receiving budgets)",
    "Non-staff (MPS-provided)",
];

/// One plan's cost by who bears it, in [`BUDGETS`] order, and the total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Borne {
    pub parts: [Money; 5],
    pub total: Money,
}

impl Borne {
    pub fn of(f: &Figures) -> Borne {
        let parts = [
            f.post_cost - f.unfunded_pressure,
            f.unfunded_pressure,
            f.backfill_cost,
            f.redeployed_cost,
            f.non_staff_cost,
        ];
        Borne { parts, total: parts.iter().copied().sum() }
    }
}

/// Every plan's whole-horizon cost by who bears it, a row each, the baseline first.
pub fn who_pays_table(scenarios: &[(Scenario, Outcome)], id: &str) -> Table {
    let rows = scenarios
        .iter()
        .map(|(s, o)| {
            let b = Borne::of(&o.total);
            Row {
                kind: RowKind::Detail,
                header: s.name.clone(),
                cells: b.parts.iter().chain([&b.total]).map(|m| pounds(*m)).collect(),
            }
        })
        .collect();
    Table {
        id: id.into(),
        caption: "Who bears the cost of each plan over its whole period, in whole pounds".into(),
        columns: columns("Scenario", BUDGETS.iter().copied().chain(["Total, all budgets"])),
        groups: vec![rows],
        total: None,
    }
}

/// `£765,180 more` / `£1 less` / `no change`.
fn moved(diff: Money) -> String {
    match diff {
        d if d.is_zero() => "no change".into(),
        d if d.is_positive() => format!("{} more", pounds(d)),
        d => format!("{} less", pounds(Money::ZERO - d)),
    }
}

/// What an option does to each budget compared with the baseline, in sentences.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Moved {
    /// Said when the option moves cost onto other budgets rather than saving it.
    pub moved: Option<String>,
    /// `Against business as usual: Grant (the funder pays): £765,180 less; …`.
    pub per_budget: String,
    /// `Across all budgets it costs £634,020 less than business as usual.`
    pub overall: String,
}

impl Moved {
    /// Every sentence, in order, for a list.
    pub fn lines(&self) -> Vec<String> {
        self.moved.iter().cloned().chain([self.per_budget.clone(), self.overall.clone()]).collect()
    }
}

/// What an option does to each budget compared with the baseline.
pub fn who_pays_said(baseline: &(Scenario, Outcome), option: &(Scenario, Outcome)) -> Moved {
    let phrase = baseline_phrase(&baseline.0.name);
    let (b, o) = (Borne::of(&baseline.1.total), Borne::of(&option.1.total));
    let diff: Vec<Money> = o.parts.iter().zip(&b.parts).map(|(o, b)| *o - *b).collect();
    let total = o.total - b.total;
    let (pressure, backfill, redeployed) = (diff[1], diff[2], diff[3]);
    let mut said = Moved::default();
    let onto_others = backfill.max(Money::ZERO) + redeployed.max(Money::ZERO);
    if onto_others.is_positive() && !pressure.is_positive() {
        let whom = match (redeployed.is_positive(), backfill.is_positive()) {
            (true, false) => "the budgets that receive the redeployed officers",
            (false, true) => "the retained core budget (backfill)",
            _ => "the receiving budgets and the retained core budget",
        };
        let pressure_said = if pressure.is_zero() {
            "The unfunded pressure does not change, but this option".to_string()
        } else {
            format!("The unfunded pressure falls by {}, but this option", pounds(Money::ZERO - pressure))
        };
        said.moved =
            Some(format!("{pressure_said} moves {} of cost onto {whom}: moved, not saved.", pounds(onto_others)));
    }
    let per_budget: Vec<String> = BUDGETS.iter().zip(&diff).map(|(name, d)| format!("{name}: {}", moved(*d))).collect();
    said.per_budget = format!("Against {phrase}: {}.", per_budget.join("; "));
    said.overall = match total {
        t if t.is_zero() => format!("Across all budgets it costs the same as {phrase}."),
        t => format!("Across all budgets it costs {} than {phrase}.", moved(t)),
    };
    said
}

#[cfg(test)]
mod tests {
    use super::*;
    use planner_engine::{evaluate, ReadyMade};

    fn pair(option: ReadyMade) -> [(Scenario, Outcome); 2] {
        let base = Scenario::default_scenario();
        let o = option.build(&base);
        let eval = |s: &Scenario| evaluate(s).unwrap_or_else(|e| panic!("{e}"));
        [(base.clone(), eval(&base)), (o.clone(), eval(&o))]
    }

    #[test]
    fn redeploying_officers_moves_their_cost_and_says_it_is_not_a_saving() {
        let [base, review] = pair(ReadyMade::ReviewEndsFunding);
        let table = who_pays_table(&[base.clone(), review.clone()], "t");
        let row: Vec<&Row> = table.rows().collect();
        // Funder, pressure, backfill, redeployed, non-staff, total.
        assert_eq!(row[1].cells[1], "£0", "no pressure: why it looked free");
        assert_eq!(row[1].cells[3], "£765,180");
        let said = who_pays_said(&base, &review).lines();
        assert_eq!(
            said[0],
            "The unfunded pressure does not change, but this option moves £765,180 of cost onto the budgets \
             that receive the redeployed officers: moved, not saved."
        );
        assert!(said[1].contains("Redeployed officers (receiving budgets): £765,180 more"), "{}", said[1]);
        assert!(said[1].contains("Unfunded pressure (the MPS must find it): no change"), "{}", said[1]);
    }

    #[test]
    fn the_parts_add_up_to_the_total_and_a_lapse_moves_nothing() {
        let [base, lapse] = pair(ReadyMade::AgreementLapses);
        for (_, o) in [&base, &lapse] {
            let b = Borne::of(&o.total);
            assert_eq!(b.parts.iter().copied().sum::<Money>(), b.total);
            assert_eq!(b.parts[0], o.total.claimed, "no disallowed shortfall: the funder pays what is claimed");
        }
        let said = who_pays_said(&base, &lapse).lines();
        assert_eq!(said.len(), 2, "nothing moved: {said:?}");
        assert!(said[0].contains("Unfunded pressure (the MPS must find it): £860,828 more"), "{}", said[0]);
        assert_eq!(said[1], "Across all budgets it costs the same as business as usual.");
    }
}
