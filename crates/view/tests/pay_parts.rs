//! The post cost's parts in the files a planner downloads (MODEL.md version 2).

use planner_engine::{evaluate, ReadyMade, Scenario};
use planner_view::export::csv::{months_csv, years_csv};

/// Lines split at commas outside quotes (no field here holds a quote or a line break).
fn rows(text: &str) -> Vec<Vec<String>> {
    let split = |line: &str| {
        let (mut cells, mut cell, mut quoted) = (Vec::new(), String::new(), false);
        for c in line.chars() {
            match c {
                '"' => quoted = !quoted,
                ',' if !quoted => cells.push(std::mem::take(&mut cell)),
                c => cell.push(c),
            }
        }
        cells.push(cell);
        cells
    };
    text.trim_start_matches('\u{FEFF}').split("\r\n").filter(|l| !l.is_empty()).map(split).collect()
}

#[test]
fn a_built_plan_s_files_add_the_parts_that_sum_to_the_post_cost() {
    let s = ReadyMade::PublishedPay.build(&Scenario::default_scenario());
    let o = evaluate(&s).expect("evaluates");
    let years = rows(&years_csv(&s, &o));
    let header = &years[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name}: {header:?}"));
    let parts = ["pay", "employer NI", "employer pension", "apprenticeship levy", "all-in posts", "actual costs"]
        .map(|p| col(&format!("Post cost: {p} (£)")));
    let post = col("Post cost (£)");
    for row in &years[1..] {
        let sum: rust_decimal::Decimal =
            parts.iter().map(|&i| row[i].parse::<rust_decimal::Decimal>().expect("a number")).sum();
        assert_eq!(sum, row[post].parse().expect("a number"), "{}", row[1]);
    }
    assert_eq!(years.last().map(|r| r[1].as_str()), Some("Total"));
    let total_pay = years.last().map(|r| r[parts[0]].clone());
    assert_eq!(total_pay, Some(o.total.cost_breakdown.pay.to_plain()));
    let months = rows(&months_csv(&s, &o));
    assert_eq!(months[0].len(), months[1].len());
    assert!(months[0].iter().any(|h| h == "Post cost: employer pension (£)"));
}

#[test]
fn an_all_in_plan_s_files_are_unchanged() {
    let s = Scenario::default_scenario();
    let o = evaluate(&s).expect("evaluates");
    assert!(!years_csv(&s, &o).contains("Post cost: pay"));
    assert!(!months_csv(&s, &o).contains("Post cost: pay"));
}
