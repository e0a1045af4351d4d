use super::*;

fn base() -> Scenario {
    Scenario::default_scenario()
}

const APRIL: Month = Month::known(2023, 4);

#[test]
fn a_column_from_excel_reads_with_pounds_commas_blanks_and_a_header() {
    let text = "Actual post cost\r\n£31,882.50\r\n31882.5\r\n\r\n\"£32,000\"\r\n";
    let pasted = paste_actuals(text, APRIL, &base());
    assert!(pasted.is_ready(), "{pasted:?}");
    assert_eq!(pasted.cells.len(), 4);
    assert_eq!(pasted.cells[0].line, 2);
    assert_eq!(pasted.cells[2].result, Ok(None));
    assert_eq!(pasted.cells[3].month, Month::known(2023, 7));
    assert_eq!(
        pasted.summary(),
        "4 months ready, Apr 2023 to Jul 2023: £95,765.00 in all (1 blank cell: no actual that month). \
         Nothing changes until you choose Use these actuals."
    );
    let actuals = pasted.actuals(&base()).expect("adds");
    assert_eq!(actuals.through, Month::known(2023, 7));
    assert_eq!(actuals.months.len(), 3);
    assert_eq!(actuals.post_cost(Month::known(2023, 6)), None);
    let s = Scenario { actuals: Some(actuals), ..base() };
    let outcome = evaluate(&s).expect("evaluates");
    assert_eq!(outcome.months[0].figures.post_cost, Money::parse("31882.50").unwrap());
}

#[test]
fn one_bad_cell_is_named_and_nothing_changes() {
    let column = (1..=12).map(|i| if i == 5 { "12,0x0".to_string() } else { "31882.50".into() });
    let text = column.collect::<Vec<_>>().join("\n");
    let pasted = paste_actuals(&text, APRIL, &base());
    assert!(!pasted.is_ready());
    assert_eq!(
        pasted.summary(),
        "Line 5 (Aug 2023) is not an amount: fix that cell and paste again. Nothing has changed."
    );
    let bad = &pasted.cells[4];
    assert!(bad.result.as_ref().unwrap_err().contains("12,0x0"), "{bad:?}");
    assert!(pasted.actuals(&base()).is_err());
    let two = paste_actuals("x\n1\ny", APRIL, &base());
    assert!(two.summary().starts_with("2 of 3 cells are not amounts (lines 1, 3)"), "{}", two.summary());
}

#[test]
fn a_column_past_the_plan_or_empty_is_refused_whole() {
    let long = vec!["1"; 40].join("\n");
    let pasted = paste_actuals(&long, APRIL, &base());
    assert_eq!(pasted.summary(), "40 cells from Apr 2023 run past the end of the plan (Mar 2026): paste at most 36.");
    assert!(!pasted.is_ready());
    assert!(paste_actuals("\n\n", APRIL, &base()).problem.is_some());
    assert!(paste_actuals("1\t2", APRIL, &base()).cells[0].result.is_err());
    assert!(paste_actuals(&"1".repeat(60_000), APRIL, &base()).problem.is_some());
}

#[test]
fn an_existing_actuals_end_is_kept_when_later_and_a_blank_removes_an_actual() {
    let mut s = base();
    s.actuals = Some(Actuals {
        through: Month::known(2024, 9),
        months: vec![planner_engine::ActualMonth { month: APRIL, post_cost: Money::parse("1.00").unwrap() }],
        invoices: vec![],
    });
    let actuals = paste_actuals("\t\n2.00", APRIL, &s).actuals(&s).expect("adds");
    assert_eq!(actuals.through, Month::known(2024, 9));
    assert_eq!(actuals.post_cost(APRIL), None);
    assert_eq!(actuals.post_cost(Month::known(2023, 5)), Money::parse("2.00").ok());
}
