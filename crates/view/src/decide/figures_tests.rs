//! Tests of the decision figures with the confirmed assumptions.

use super::*;
use crate::decide::fixture::plans;
use crate::decide::Typed;

fn defaults() -> Assumptions {
    Assumptions::confirm("100,000", &OddsInputs::default(), &plans()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_assumptions_are_said_beside_the_figures() {
    let d = decision_figures(&plans(), &defaults());
    assert!(d.failed.is_empty(), "{:?}", d.failed);
    assert_eq!(
        d.assumptions,
        [
            "a limit of £100,000 of unfunded pressure",
            "chance funding continues after Dec 2023: 80%",
            "chance funding continues after Mar 2024: 80%",
            "chance funding continues after Mar 2025: 80%",
            "each plan's own pay awards",
        ]
    );
    let table = d.table("t");
    assert_eq!(table.columns.len(), 5);
    assert_eq!(table.columns[3].label, "Earliest stop within £100,000");
    assert_eq!(table.groups[0].len(), 2);
    assert_eq!(d.odds_table("s").columns.len(), 4);
}

#[test]
fn a_plan_that_stops_on_its_own_date_tests_no_other_stop_and_has_no_cap_after_it() {
    let d = decision_figures(&plans(), &defaults());
    let lapse = &d.rows[1];
    assert_eq!(lapse.odds.as_ref().map(|o| o[0].as_str()), Some("£860,828"));
    assert_eq!(lapse.name, "Agreement lapses December 2023 (stops after Dec 2023: certain)");
    assert_eq!(
        lapse.stop_sentence,
        "Funding stops after Dec 2023 in this plan, so no other stop is tested: its pressure of £860,828 is above \
         the £100,000 limit."
    );
    assert!(lapse.pay_award_sentence.starts_with("No cap applies after funding ends in Dec 2023; until then"));
    assert!(!lapse.pay_award_sentence.contains("exceeds"), "{}", lapse.pay_award_sentence);
    assert!(lapse.earliest_stop.starts_with("Not tested"));
    let bau = &d.rows[0];
    assert!(bau.stop_sentence.starts_with("Funding can stop as early as"), "{}", bau.stop_sentence);
}

#[test]
fn nothing_unparsed_can_be_confirmed() {
    assert!(Assumptions::confirm("lots", &OddsInputs::default(), &plans()).is_err());
    let month = planner_engine::month::Month::known(2023, 12);
    let odds = OddsInputs { typed: Typed::default().with(OddsField::Chance(month), "180".into()), cases_on: false };
    let e = Assumptions::confirm("100000", &odds, &plans()).err().unwrap_or_default();
    assert!(e.starts_with("The odds:"), "{e}");
}
