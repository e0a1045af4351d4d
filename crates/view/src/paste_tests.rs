use super::*;
use planner_engine::Scenario;

fn base() -> Scenario {
    Scenario::default_scenario()
}

const FIVE: &str = "Title\tTeam\tGroup\tAnnual cost\tFTE\tStart\tEnd\r\n\
    Detective Constable\tMARSOC\tofficer\t£76,020\t1\tApr 2023\t\r\n\
    Detective Constable\tCorruption\tofficer\t76020.00\t0.8\t04/2023\tMar 2025\r\n\
    Intelligence Analyst\tmarsoc\tstaff\t£52,000.00\t1\t2023-06\t\r\n\
    Detective Sergeant\tCorruption\t\t\"£88,950\"\t\t01/07/2023\t\r\n\
    Researcher\tMARSOC\tstaff\t£ 41,400\t0.5\tSeptember 2023\tMar-26\r\n";

#[test]
fn five_rows_with_a_header_read_as_five_posts_with_new_ids() {
    let pasted = paste_posts(FIVE, &base());
    assert!(pasted.is_ready(), "{:?}", pasted.rows);
    assert_eq!(pasted.summary(), "5 posts ready to add.");
    let posts = pasted.posts();
    assert_eq!(posts.len(), 5);
    let ids: Vec<&str> = posts.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["post-6", "post-7", "post-8", "post-9", "post-10"]);
    assert_eq!(posts[0].annual_cost, Money::pence(76_020_00));
    assert_eq!(posts[1].fte.to_string(), "0.8");
    assert_eq!(posts[1].start, Month::known(2023, 4));
    assert_eq!(posts[1].end, Some(Month::known(2025, 3)));
    assert_eq!(posts[2].team, Team::Marsoc);
    assert_eq!(posts[3].start, Month::known(2023, 7), "a day is read day first, as UK Excel copies it");
    assert_eq!(posts[3].annual_cost, Money::pence(88_950_00));
    assert_eq!(posts[4].annual_cost, Money::pence(41_400_00));
    assert_eq!(posts[4].end, Some(Month::known(2026, 3)));
    assert_eq!(pasted.rows[0].line, 2);
}

#[test]
fn without_a_header_the_columns_are_in_order_and_six_cells_have_no_group() {
    let pasted =
        paste_posts("DC\tMARSOC\t76020\t1\tApr 2023\t\nDC\tCorruption\tofficer\t76020\t1\t2023-04\t2024-03", &base());
    assert!(pasted.is_ready(), "{:?}", pasted.rows);
    let posts = pasted.posts();
    assert_eq!(posts[0].end, None);
    assert_eq!(posts[1].end, Some(Month::known(2024, 3)));
}

#[test]
fn a_cost_of_abc_is_named_in_its_row_and_nothing_is_added() {
    let text = FIVE.replace("£52,000.00", "abc");
    let pasted = paste_posts(&text, &base());
    assert!(!pasted.is_ready());
    assert!(pasted.posts().is_empty(), "nothing is added until it is fixed or left out");
    let bad = &pasted.rows[2];
    assert_eq!(bad.line, 4);
    let Err(errors) = &bad.result else { panic!("row 3 reads") };
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].column, Column::AnnualCost);
    assert_eq!(errors[0].message, "Annual cost: “abc” is not an amount: write it like £76,020 or 76020.00");
    assert_eq!(pasted.summary(), "1 of 5 rows has errors: fix it or delete that line. Nothing is added until then.");
}

#[test]
fn every_bad_cell_of_a_row_is_named() {
    let pasted = paste_posts("Title\tTeam\tCost\tFTE\tStart\tEnd\n\tPIU\t-5\t1.5\t13/2023\tApr 2022", &base());
    let Err(errors) = &pasted.rows[0].result else { panic!("reads") };
    let columns: Vec<Column> = errors.iter().map(|e| e.column).collect();
    assert_eq!(columns, [Column::Title, Column::Team, Column::AnnualCost, Column::Fte, Column::Start]);
    assert_eq!(errors[1].message, "Team: “PIU” is not a team: MARSOC or Corruption");
    assert_eq!(errors[4].message, "Start: “13/2023” is not a month: write it like Apr 2023, 04/2023 or 2023-04");
    let late = paste_posts("DC\tMARSOC\t1000\t1\tApr 2024\tMar 2024", &base());
    let Err(errors) = &late.rows[0].result else { panic!("reads") };
    assert_eq!(errors[0].message, "End: Mar 2024 is before the start, Apr 2024");
}

#[test]
fn months_are_read_as_planners_write_them() {
    for (text, want) in [
        ("Apr 2023", (2023, 4)),
        ("april 2023", (2023, 4)),
        ("Apr-23", (2023, 4)),
        ("Sept 2024", (2024, 9)),
        ("04/2023", (2023, 4)),
        ("4/2023", (2023, 4)),
        ("2023-04", (2023, 4)),
        ("01/04/2023", (2023, 4)),
        ("31/12/2025", (2025, 12)),
    ] {
        assert_eq!(month(text), Ok(Month::known(want.0, want.1)), "{text}");
    }
    for bad in ["13/2023", "Ap 2023", "Aprill 2023", "2023", "32/01/2023", "abc", "04/23/2023", "Apr 1899"] {
        assert!(month(bad).is_err(), "{bad}");
    }
}

#[test]
fn headers_in_another_order_with_extra_columns_are_read_and_said() {
    let text = "Start\tGrade\tTitle\tSalary\tTeam\nApr 2023\tDC\tDetective Constable\t£46,044\tCorruption";
    let pasted = paste_posts(text, &base());
    assert!(pasted.is_ready(), "{:?}", pasted.rows);
    assert_eq!(pasted.columns, [Column::Title, Column::Team, Column::AnnualCost, Column::Start]);
    assert_eq!(pasted.rows[0].cells, ["Detective Constable", "Corruption", "£46,044", "Apr 2023"]);
    assert_eq!(
        pasted.notes,
        [
            "Column 2 “Grade” is not one the planner reads: left out.",
            "Salary is read as the annual cost of the post, salary and on-costs together."
        ]
    );
    let missing = paste_posts("Title\tTeam\nDC\tMARSOC", &base());
    assert_eq!(missing.problem.as_deref(), Some("The header row has no Annual cost, Start column."));
    assert!(!missing.is_ready());
}

#[test]
fn empty_or_huge_pastes_are_refused_whole() {
    assert!(!paste_posts("", &base()).is_ready());
    assert!(!paste_posts("\n\t\n", &base()).is_ready());
    assert_eq!(
        paste_posts("Title\tTeam\tCost\tStart", &base()).summary(),
        "Only a header row: paste the rows of posts under it."
    );
    assert!(paste_posts(&"x".repeat(MOST_TEXT + 1), &base()).problem.is_some());
}

#[test]
fn titles_in_a_right_to_left_script_or_formula_text_are_kept_as_typed_and_bidi_controls_refused() {
    let rows = "Title\tTeam\tAnnual cost\tStart\n\
        שוטר בלש\tMARSOC\t76020\tApr 2023\n\
        =HYPERLINK(\"http://example.com\",\"Claim\")\tMARSOC\t76020\tApr 2023\n\
        +SUM(A1:A9)\tCorruption\t76020\tApr 2023\n";
    let pasted = paste_posts(rows, &base());
    assert!(pasted.is_ready(), "{:?}", pasted.rows);
    let posts = pasted.posts();
    let titles: Vec<&str> = posts.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, ["שוטר בלש", "=HYPERLINK(\"http://example.com\",\"Claim\")", "+SUM(A1:A9)"]);
    // Text here; a spreadsheet would run the last two, so every export guards them.
    assert!(titles[1..].iter().all(|t| crate::export::csv::runs_as_formula(t)));

    let pasted = paste_posts("Title\tTeam\tAnnual cost\tStart\n\u{202e}Constable\tMARSOC\t76020\tApr 2023\n", &base());
    assert!(!pasted.is_ready());
    let Err(errors) = &pasted.rows[0].result else { panic!("a title with U+202E reads") };
    assert_eq!(errors[0].column, Column::Title);
    assert_eq!(errors[0].message, "Title: must not contain bidirectional control characters");
}

#[test]
fn a_month_with_a_letter_of_two_bytes_in_its_first_three_is_an_error_not_a_panic() {
    // Found by the paste fuzzer: `[..3]` cut `û` in half.
    assert_eq!(
        month("Août 2023"),
        Err("“Août 2023” is not a month: write it like Apr 2023, 04/2023 or 2023-04".into())
    );
    assert!(month("a£ 2023").is_err());
    assert_eq!(month("Sept 2023"), Ok(Month::known(2023, 9)));
}
