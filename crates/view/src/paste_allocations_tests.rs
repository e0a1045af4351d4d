use super::*;

fn base() -> Scenario {
    Scenario::default_scenario()
}

fn money(text: &str) -> Money {
    Money::parse(text).unwrap_or_default()
}

#[test]
fn years_read_in_every_way_a_spreadsheet_writes_them() {
    for text in ["2023/24", "2023-24", "2023/2024", "FY2023/24", "FY 2023-24", "2023 to 2024", " fy2023/24 "] {
        assert_eq!(financial_year(text), Ok(FinancialYear(2023)), "{text}");
    }
    assert_eq!(financial_year("2099/00"), Ok(FinancialYear(2099)));
    for bad in ["2023", "23/24", "2023/25", "abc", "2023/24/25", "Apr 2023", "", "2100/01", "1999/00"] {
        assert!(financial_year(bad).is_err(), "{bad}");
    }
    assert_eq!(
        financial_year("2023/25"),
        Err("“2023/25” is not a financial year: the second year must follow the first, as in 2023/24".into())
    );
}

#[test]
fn allocations_read_with_or_without_a_header_and_say_what_they_replace() {
    let plain = paste_allocations("2023/24\t£382,590\r\n2024/25\t400000\r\n2026/27\t250,000.50\r\n", &base());
    assert!(plain.is_ready(), "{:?}", plain.rows);
    assert_eq!(plain.summary(), "3 allocations ready to set.");
    let set = plain.allocations();
    assert_eq!(set[0], Allocation { fy: FinancialYear(2023), amount: money("382590") });
    assert_eq!(set[2].amount, money("250000.50"));
    assert_eq!(plain.rows[0].said().as_deref(), Some("£382,590.00 for 2023/24, as now"));
    assert_eq!(plain.rows[1].said().as_deref(), Some("£400,000.00 for 2024/25, in place of £500,000.00"));
    assert_eq!(plain.rows[2].said().as_deref(), Some("£250,000.50 for 2026/27, a new year"));
    let headed = paste_allocations("Cap (£)\tFinancial year\n£1,000\t2025-26", &base());
    assert_eq!(headed.allocations(), [Allocation { fy: FinancialYear(2025), amount: money("1000") }]);
    assert_eq!(headed.rows[0].line, 2);
    assert_eq!(headed.rows[0].cells, ["2025-26".to_string(), "£1,000".to_string()]);
}

#[test]
fn a_bad_cell_or_a_repeated_year_is_named_and_nothing_is_set() {
    let pasted =
        paste_allocations("Financial year\tAllocation\n2023/24\tabc\n2024/25\t1\n2024-25\t2\n2025/27\t", &base());
    assert!(!pasted.is_ready());
    assert!(pasted.allocations().is_empty());
    assert_eq!(
        pasted.rows[0].result,
        Err(vec!["Allocation: “abc” is not an amount: write it like £382,590 or 382590.00".to_string()])
    );
    assert!(pasted.rows[1].result.is_ok());
    assert_eq!(
        pasted.rows[2].result,
        Err(vec!["Financial year: 2024/25 is also on line 3: paste each year once".to_string()])
    );
    let Err(errors) = &pasted.rows[3].result else { panic!("reads") };
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[1].starts_with("Allocation: missing"), "{errors:?}");
    assert_eq!(pasted.summary(), "3 of 4 rows have errors: fix them or delete those lines. Nothing is set until then.");
    assert!(paste_allocations("", &base()).problem.is_some());
    assert!(paste_allocations("Year\tCap", &base()).problem.is_some());
    assert!(paste_allocations(&"x".repeat(100_001), &base()).problem.is_some());
}

#[test]
fn pasted_years_replace_the_scenarios_or_join_them_in_year_order() {
    let own = base().grant.allocations;
    let pasted = [
        Allocation { fy: FinancialYear(2026), amount: money("1") },
        Allocation { fy: FinancialYear(2022), amount: money("2") },
        Allocation { fy: FinancialYear(2024), amount: money("3") },
    ];
    let out = with_allocations(&own, &pasted);
    assert_eq!(out.len(), own.len() + 2);
    assert!(out.windows(2).all(|w| w[0].fy < w[1].fy));
    assert_eq!(out.iter().find(|a| a.fy == FinancialYear(2024)).map(|a| a.amount), Some(money("3")));
    assert_eq!(out.iter().find(|a| a.fy == FinancialYear(2023)).map(|a| a.amount), Some(own[0].amount));
}
