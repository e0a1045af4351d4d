//! Tests of the curves' sentences, comparisons and chart.

use super::*;
use crate::decide::fixture::plans;

#[test]
fn the_curves_give_the_limit_and_pay_award_sentences_and_the_comparisons() {
    let c = curves(&plans());
    assert_eq!(c.plans.len(), 2);
    assert!(c.failed.is_empty());
    let said = limit_sentences(&c, Money::pence(100_000_00));
    assert_eq!(said[0].sentence, "Funding can stop as early as the end of Dec 2025 before pressure exceeds £100,000.");
    assert_eq!(said[1].sentence, "The pressure exceeds £100,000 at every stop month, and also if funding never stops.");
    let pay = c.pay_award_sentences();
    assert!(pay[1].sentence.starts_with("No cap applies after funding ends in Dec 2023; until then the caps hold with a pay award of up to 74.99% every September"));
    assert_eq!(c.against_baseline.len(), 1);
    assert!(c.between_options.is_empty());
    assert_eq!(c.against_baseline[0].segments.len(), 2);
    let chart = c.chart(Some(Money::pence(100_000_00)));
    assert_eq!(chart.lines.len(), 2);
    assert!(chart.limit.is_some());
}
