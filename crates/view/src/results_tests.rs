use super::*;
use crate::flags::Severity;
use planner_engine::month::Month;
use planner_engine::options::ReadyMade;
use planner_engine::timeline::evaluate;

fn view_of(scenario: &Scenario) -> (Outcome, ResultsView) {
    let outcome = evaluate(scenario).unwrap_or_else(|e| panic!("{e}"));
    let view = ResultsView::new(scenario, &outcome);
    (outcome, view)
}

fn headline<'a>(view: &'a ResultsView, key: &str) -> &'a Headline {
    view.headlines.iter().find(|h| h.key == key).unwrap_or_else(|| panic!("no headline {key}"))
}

fn values(h: &Headline) -> Vec<(&str, &str)> {
    h.by_year.iter().map(|b| (b.label.as_str(), b.value.as_str())).collect()
}

#[test]
fn the_default_scenario_has_no_pressure_and_claims_every_year_in_full() {
    let (_, view) = view_of(&Scenario::default_scenario());
    let pressure = headline(&view, "pressure");
    assert_eq!(pressure.value, "£0");
    assert_eq!(values(pressure), [("2023/24", "£0"), ("2024/25", "£0"), ("2025/26", "£0")]);
    let claimed = headline(&view, "claimed");
    assert_eq!(claimed.value, "£1,147,770");
    assert_eq!(claimed.note, "Of £1,382,590 allocated for these years.");
    assert_eq!(claimed.by_year[0].value, "£382,590 of £382,590");
    assert_eq!(view.funding, "Funding continues throughout the plan.");
    assert_eq!(view.context, "“Business as usual”, Apr 2023 to Mar 2026.");
}

#[test]
fn the_cash_headline_names_the_peak_month_overall_and_per_year() {
    let (_, view) = view_of(&Scenario::default_scenario());
    let cash = headline(&view, "cash");
    assert_eq!(cash.value, "£127,530");
    assert_eq!(cash.note, "At the end of Jul 2023: claimed but not yet paid.");
    assert_eq!(cash.by_year[0].value, "£127,530 (Jul 2023)");
    assert_eq!(view.cash_note, "The funder owes at most £127,530, at the end of Jul 2023.");
}

#[test]
fn headcount_is_fte_at_the_start_and_the_average_fte_per_year() {
    let (_, view) = view_of(&ReadyMade::ReviewEndsFunding.build(&Scenario::default_scenario()));
    let h = headline(&view, "headcount");
    assert_eq!(h.value, "5 FTE");
    assert_eq!(values(h), [("2023/24", "5 FTE"), ("2024/25", "0 FTE"), ("2025/26", "0 FTE")]);

    let mut s = Scenario::default_scenario();
    s.posts[0].vacancies.push(planner_engine::post::Vacancy { from: Month::known(2023, 4), to: Month::known(2023, 7) });
    let (_, view) = view_of(&s);
    let h = headline(&view, "headcount");
    assert_eq!(h.value, "4 FTE", "the DS is vacant in the first month");
    assert_eq!(h.by_year[0].value, "4.67 FTE", "(4 × 4 + 5 × 8) / 12 = 4.666…");
    assert_eq!(h.note, "In post in Apr 2023; each year shows the average FTE in post.");
}

#[test]
fn a_lapse_shows_the_pressure_per_year_and_a_warning() {
    let (_, view) = view_of(&ReadyMade::AgreementLapses.build(&Scenario::default_scenario()));
    let pressure = headline(&view, "pressure");
    assert_eq!(pressure.value, "£860,828");
    assert_eq!(values(pressure), [("2023/24", "£95,648"), ("2024/25", "£382,590"), ("2025/26", "£382,590")]);
    assert_eq!(view.funding, "Funding stops after Dec 2023.");
    let expiry = view.flags.iter().find(|f| f.code == "agreement_expiry");
    assert_eq!(expiry.map(|f| f.severity), Some(Severity::Warning));
    assert_eq!(expiry.map(|f| f.message.as_str()), Some("Agreement expires Dec 2023: no allocation after it"));
}

#[test]
fn headline_totals_are_rounded_exact_totals_not_sums_of_rounded_parts() {
    let scenario = Scenario::default_scenario();
    let mut outcome = evaluate(&scenario).unwrap_or_else(|e| panic!("{e}"));
    for y in &mut outcome.years {
        y.figures.unfunded_pressure = Money::pence(50);
    }
    outcome.total.unfunded_pressure = Money::pence(150);
    let view = ResultsView::new(&scenario, &outcome);
    let pressure = headline(&view, "pressure");
    assert_eq!(pressure.value, "£2", "£1.50 rounds to £2, not £1 + £1 + £1");
    assert!(pressure.by_year.iter().all(|b| b.value == "£1"));
}

#[test]
fn the_year_table_has_a_column_per_year_and_a_total_column() {
    let (_, view) = view_of(&Scenario::default_scenario());
    let t = &view.years;
    let headers: Vec<&str> = t.columns.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(headers, ["Figure", "2023/24", "2024/25", "2025/26", "Total"]);
    let row = |name: &str| t.rows().find(|r| r.header == name).map(|r| r.cells.clone()).unwrap_or_default();
    assert_eq!(row("Allocation"), ["£382,590.00", "£500,000.00", "£500,000.00", "£1,382,590.00"]);
    assert_eq!(row("Claimed"), ["£382,590.00", "£382,590.00", "£382,590.00", "£1,147,770.00"]);
    assert_eq!(row("Cap headroom"), ["£0.00", "£117,410.00", "£117,410.00", "£234,820.00"]);
    assert_eq!(t.rows().count(), 10);
    assert!(t.rows().all(|r| r.cells.len() + 1 == t.columns.len()));
}

#[test]
fn the_month_table_groups_months_by_quarter_and_year() {
    let (_, view) = view_of(&Scenario::default_scenario());
    let t = &view.months;
    assert_eq!(t.groups.len(), 3);
    let kinds = |k: RowKind| t.rows().filter(|r| r.kind == k).count();
    assert_eq!((kinds(RowKind::Detail), kinds(RowKind::Subtotal), kinds(RowKind::Total)), (36, 12, 3));
    let first: Vec<&str> = t.groups[0].iter().take(5).map(|r| r.header.as_str()).collect();
    assert_eq!(first, ["Apr 2023", "May 2023", "Jun 2023", "2023/24 Q1 total", "Jul 2023"]);
    assert_eq!(t.groups[0][0].cells, ["5", "£31,883", "£31,883", "£0", "£0", "£26,418", "£0", "£31,883"]);
    assert_eq!(t.groups[0][3].cells[1], "£95,648", "Q1 is £95,647.50 exactly");
    assert_eq!(t.groups[0][3].cells[0], "", "no headcount on a subtotal");
    assert_eq!(t.groups[0].last().map(|r| r.header.as_str()), Some("2023/24 total"));
    assert_eq!(t.groups[0].last().map(|r| r.cells[2].as_str()), Some("£382,590"));
    assert!(t.rows().all(|r| r.cells.len() + 1 == t.columns.len()));
}

#[test]
fn a_horizon_starting_mid_quarter_still_closes_each_quarter() {
    let mut s = Scenario::default_scenario();
    s.horizon.start = Month::known(2023, 5);
    s.horizon.end = Month::known(2023, 8);
    let (_, view) = view_of(&s);
    let headers: Vec<&str> = view.months.rows().map(|r| r.header.as_str()).collect();
    assert_eq!(
        headers,
        ["May 2023", "Jun 2023", "2023/24 Q1 total", "Jul 2023", "Aug 2023", "2023/24 Q2 total", "2023/24 total"]
    );
}

#[test]
fn invoices_show_pence_and_month_labels() {
    let (_, view) = view_of(&Scenario::default_scenario());
    let t = &view.invoices;
    let rows: Vec<&Row> = t.rows().collect();
    assert_eq!(rows.len(), 12);
    assert_eq!(rows[0].header, "2023/24 Q1");
    assert_eq!(rows[0].cells, ["£95,647.50", "Jul 2023", "Aug 2023"]);
    assert_eq!(t.total.as_ref().map(|r| r.cells[0].as_str()), Some("£1,147,770.00"));
    assert_eq!(t.columns.iter().map(|c| c.numeric).collect::<Vec<_>>(), [false, true, false, false]);
}

#[test]
fn the_publication_duty_is_information_not_a_warning() {
    let (_, view) = view_of(&Scenario::default_scenario());
    assert_eq!(view.flags.len(), 1);
    assert_eq!(view.flags[0].severity, Severity::Info);
    assert!(view.flags[0].message.contains("must be published"));
}

#[test]
fn a_year_after_the_stop_says_no_funding_rather_than_a_cap_left_unclaimed() {
    let s = ReadyMade::AgreementLapses.build(&Scenario::default_scenario());
    let mut s = s;
    // Keep the later caps, as a planner who only set the stop would.
    s.grant.allocations = Scenario::default_scenario().grant.allocations;
    let v = ResultsView::new(&s, &evaluate(&s).unwrap_or_else(|e| panic!("{e}")));
    let claimed = v.headlines.iter().find(|h| h.key == "claimed").map(|h| h.by_year.clone()).unwrap_or_default();
    assert_eq!(claimed[1].value, "no funding after Dec 2023");
    assert_eq!(claimed[0].value, "£286,943 of £382,590");
    let headroom = v.years.rows().find(|r| r.header == "Cap headroom").map(|r| r.cells.clone()).unwrap_or_default();
    assert_eq!(headroom, ["£95,647.50", "none: no funding", "none: no funding", "£95,647.50"]);
}
