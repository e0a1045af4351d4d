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

#[test]
fn compare_names_the_parts_that_differ_and_never_a_built_post_at_nothing() {
    use planner_view::compare_page::ComparePage;
    let base = Scenario::default_scenario();
    let built = ReadyMade::PublishedPay.build(&base);
    let page = ComparePage::new([&base, &built]);
    let said = &page.changes[0];
    assert!(
        said.iter().any(|l| l.starts_with("Post cost by part differs from business as usual in pay, employer NI")),
        "{said:#?}"
    );
    let ds = said.iter().find(|l| l.starts_with("Detective Sergeant (MARSOC): built from pay, £")).expect("its cost");
    assert!(ds.ends_with(" a year modelled (business as usual: £88,950)"), "{ds}");
    assert!(!said.iter().any(|l| l.contains("£0 a year")), "{said:#?}");
    assert!(said.iter().any(|l| l.contains("4.2% from Aug 2025 for police staff")), "{said:#?}");
    assert_eq!(page.parts.iter().map(Option::is_some).collect::<Vec<_>>(), [false, true]);
    let same = ComparePage::new([&built, &built]);
    assert!(
        same.changes[0]
            .iter()
            .any(|l| l == "Post cost by part is the same as “Published pay awards and on-costs, 2023 to 2026”"),
        "{:#?}",
        same.changes[0]
    );
}
