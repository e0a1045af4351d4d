//! A plan's note in what a person reads: the Compare page's model, the slides, the CSV and
//! the CLI's JSON.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use planner_engine::{evaluate, Note, ReadyMade, Scenario};
use planner_view::compare_page::ComparePage;
use planner_view::export::csv::comparison_csv;
use planner_view::export::json::outcome_report;
use planner_view::present::{deck, Slide};

fn lapse_with_note(why: &str) -> Scenario {
    let base = Scenario::default_scenario();
    let note = Note { why: why.into(), source: "HMPPS letter, 3 October 2023".into(), author: "A. Planner".into() };
    Scenario { note: Some(note), ..ReadyMade::AgreementLapses.build(&base) }
}

#[test]
fn the_compare_page_carries_each_plans_note_the_baseline_first() {
    let base = Scenario::default_scenario();
    let plans = [base.clone(), ReadyMade::PayAwards.build(&base), lapse_with_note("Tests a lapse.")];
    let page = ComparePage::new(plans.iter());
    assert_eq!(page.notes.len(), 3);
    assert_eq!(page.option_note(0), None);
    assert_eq!(page.option_note(1).map(|n| n.why.as_str()), Some("Tests a lapse."));
    let noted: Vec<bool> = (0..page.options()).map(|i| page.option_note(i).is_some()).collect();
    let slides = deck(page.options(), &[1, 1], &noted, false);
    assert_eq!(slides.iter().filter(|s| matches!(s, Slide::Note(_))).collect::<Vec<_>>(), [&Slide::Note(1)]);
}

#[test]
fn the_comparison_csv_ends_each_row_with_its_plans_note_only_when_a_plan_has_one() {
    let base = Scenario::default_scenario();
    let pair = |s: Scenario| {
        let o = evaluate(&s).unwrap();
        (s, o)
    };
    let plain = comparison_csv(&[pair(base.clone()), pair(ReadyMade::PayAwards.build(&base))]);
    assert!(!plain.contains("Note: why"), "no note, no columns");
    let noted = comparison_csv(&[pair(base.clone()), pair(lapse_with_note("=HYPERLINK(\"x\")"))]);
    let lines: Vec<&str> = noted.split("\r\n").collect();
    assert!(lines[0].ends_with(",Note: why,Note: source,Note: author"), "{}", lines[0]);
    let lapse = lines.iter().find(|l| l.starts_with("Agreement lapses December 2023,Total")).unwrap();
    assert!(lapse.ends_with(",\"'=HYPERLINK(\"\"x\"\")\",\"HMPPS letter, 3 October 2023\",A. Planner"), "{lapse}");
    let baseline = lines.iter().find(|l| l.starts_with("Business as usual,Total")).unwrap();
    assert!(baseline.ends_with(",,,"), "the baseline has no note: {baseline}");
}

#[test]
fn planner_eval_shows_the_note_after_the_name_and_nothing_without_one() {
    let s = lapse_with_note("Tests a lapse.");
    let json = serde_json::to_value(outcome_report(&s, &evaluate(&s).unwrap())).unwrap();
    assert_eq!(json["note"]["why"], "Tests a lapse.");
    assert_eq!(json["note"]["author"], "A. Planner");
    let text = serde_json::to_string(&outcome_report(&s, &evaluate(&s).unwrap())).unwrap();
    assert!(text.starts_with("{\"scenario\":\"Agreement lapses December 2023\",\"note\":{\"why\""), "{text}");
    let base = Scenario::default_scenario();
    let plain = serde_json::to_value(outcome_report(&base, &evaluate(&base).unwrap())).unwrap();
    assert!(plain.get("note").is_none());
}
