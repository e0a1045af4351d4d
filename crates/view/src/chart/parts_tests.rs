use super::*;
use crate::chart::DEFAULT_SIZE;
use planner_engine::{evaluate, ReadyMade};

#[test]
fn a_built_plan_has_a_bar_per_year_stacked_by_part_with_its_cap() {
    let s = ReadyMade::PublishedPay.build(&Scenario::default_scenario());
    let o = evaluate(&s).expect("evaluates");
    let chart = parts_chart(&s, &o, DEFAULT_SIZE).expect("built posts");
    assert_eq!(chart.axes.years.len(), o.years.len());
    assert_eq!(chart.bars.len(), o.years.len() * 4, "pay, NI, pension and levy each year");
    assert_eq!(chart.bars[0].series, Series::Pay);
    // Stacked: each part starts where the one below ended.
    assert!((chart.bars[1].y + chart.bars[1].height - chart.bars[0].y).abs() < 0.11);
    assert_eq!(chart.guides.len(), o.years.iter().filter(|y| y.allocation.is_positive()).count());
    assert_eq!(chart.legend.last(), Some(&Series::YearCap));
    assert!(chart.summary.contains("grows most"), "{}", chart.summary);
    let row = chart.table.rows().next().expect("a year");
    assert_eq!(row.cells.len(), 4 + 2);
    assert_eq!(row.cells[4], pounds(o.years[0].figures.post_cost));
}

#[test]
fn the_summary_says_when_the_cost_passes_the_cap() {
    let mut s = ReadyMade::PublishedPay.build(&Scenario::default_scenario());
    for a in &mut s.grant.allocations {
        a.amount = Money::pence(30_000_000);
    }
    let o = evaluate(&s).expect("evaluates");
    let chart = parts_chart(&s, &o, DEFAULT_SIZE).expect("built posts");
    assert!(chart.summary.contains("first above the cap in 2023/24"), "{}", chart.summary);
    assert_eq!(parts_chart(&Scenario::default_scenario(), &o, DEFAULT_SIZE), None);
}
