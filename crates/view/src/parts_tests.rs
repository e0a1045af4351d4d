use super::*;
use planner_engine::{evaluate, ReadyMade};

fn published() -> Scenario {
    ReadyMade::PublishedPay.build(&Scenario::default_scenario())
}

#[test]
fn an_all_in_plan_has_no_parts_to_show() {
    let s = Scenario::default_scenario();
    let o = evaluate(&s).expect("evaluates");
    assert!(!has_parts(&s));
    assert!(year_rows(&s, &o).is_empty());
    assert_eq!(parts_table(&s, &o, "t"), None);
}

#[test]
fn a_built_plan_shows_each_part_per_year_adding_up_to_the_post_cost() {
    let s = published();
    let o = evaluate(&s).expect("evaluates");
    let t = parts_table(&s, &o, "parts").expect("parts");
    let headers: Vec<&str> = t.rows().map(|r| r.header.as_str()).collect();
    assert_eq!(headers, ["Pay", "Employer NI", "Employer pension", "Apprenticeship levy"]);
    let total = t.total.as_ref().expect("total");
    assert_eq!(total.cells.last(), Some(&pounds_pence(o.total.post_cost)));
    assert_eq!(t.columns.len(), o.years.len() + 2);
    let rows = year_rows(&s, &o);
    assert_eq!(rows[1].header, "Post cost: employer NI");
    assert_eq!(rows[0].cells.last(), Some(&pounds_pence(o.total.cost_breakdown.pay)));
}

#[test]
fn the_parts_that_differ_are_named() {
    let base = evaluate(&Scenario::default_scenario()).expect("evaluates");
    let built = evaluate(&published()).expect("evaluates");
    assert_eq!(parts_that_differ(&base, &base), None);
    assert_eq!(
        parts_that_differ(&base, &built).as_deref(),
        Some("pay, employer NI, employer pension, apprenticeship levy and all-in posts")
    );
}
