//! Tests of the decision figures with the default inputs.

use super::*;
use crate::decide::fixture::plans;

#[test]
fn decision_figures_use_the_default_inputs() {
    let d = decision_figures(&plans());
    assert!(d.failed.is_empty(), "{:?}", d.failed);
    assert_eq!(d.rows.len(), 2);
    assert!(d.assumption.contains("80% chance funding continues at each review point"));
    let lapse = &d.rows[1];
    assert!(lapse.odds.as_ref().is_some_and(|o| o[0].starts_with('£')), "{lapse:?}");
    assert!(lapse.stop_sentence.contains("£100,000"), "{lapse:?}");
    assert!(!lapse.pay_award_sentence.is_empty());
    let table = d.table("t");
    assert_eq!(table.columns.len(), 5);
    assert_eq!(table.groups[0].len(), 2);
    assert_eq!(d.odds_table("s").columns.len(), 4);
}
