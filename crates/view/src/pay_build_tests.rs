use super::*;
use planner_engine::edit::{apply_edit, Field, PayField};
use planner_engine::ReadyMade;

fn published() -> Scenario {
    ReadyMade::PublishedPay.build(&Scenario::default_scenario())
}

#[test]
fn the_build_up_shows_each_part_and_how_it_is_worked_out() {
    let s = published();
    let month = Month::known(2025, 10);
    let t = build_up_table(&s, 1, month).expect("built");
    let b = s.build_up(1, month).expect("built");
    let cells: Vec<(&str, &str, &str)> =
        t.rows().map(|r| (r.header.as_str(), r.cells[0].as_str(), r.cells[1].as_str())).collect();
    assert_eq!(cells[1].1, "15% of pay above £417.00 a month");
    assert_eq!(cells[2].1, "35.3% of pensionable pay");
    assert_eq!(cells[3].1, "0.5% of pay");
    assert!(cells[0].1.contains("pay awards so far × 1.1679"), "{}", cells[0].1);
    assert_eq!(cells[0].2, pounds_pence(b.cost.pay));
    assert_eq!(t.total.as_ref().map(|r| r.cells[1].clone()), Some(pounds_pence(b.cost.total())));
    assert_eq!(t.caption, "Cost in Oct 2025, if in post, in pounds and pence");
    assert_eq!(build_up_table(&Scenario::default_scenario(), 0, month), None);
}

#[test]
fn a_built_post_shows_its_modelled_cost_never_nothing() {
    let s = published();
    assert_ne!(modelled_cost(&s, 0), "£0 a year modelled");
    assert!(modelled_cost(&s, 0).ends_with(" a year modelled"));
}

#[test]
fn published_figures_show_their_source_and_assumptions_say_so() {
    let s = published();
    let ni = source_of(&s, Figure::EmployerNi(1)).expect("published");
    assert!(ni.text.contains("15% above £5,000 a year"), "{}", ni.text);
    assert_eq!(ni.label(), "Source");
    let staff = source_of(&s, Figure::PayAward(0)).expect("published");
    assert!(staff.assumption);
    assert_eq!(staff.label(), "Assumption to replace");
    assert!(source_of(&s, Figure::Allowance(0, 1)).is_some_and(|n| n.assumption));
    assert!(source_of(&s, Figure::Salary(4)).is_some_and(|n| !n.assumption));
    // A figure the planner changed is theirs: no source.
    let edited = apply_edit(&s, Field::Pay(PayField::NiRate(1)), "14").expect("valid");
    assert_eq!(source_of(&edited, Figure::EmployerNi(1)), None);
    let edited = apply_edit(&s, Field::Pay(PayField::Salary(4)), "30000").expect("valid");
    assert_eq!(source_of(&edited, Figure::Salary(4)), None);
    assert_eq!(source_of(&s, Figure::Pension(99)), None);
}
