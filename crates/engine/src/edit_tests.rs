use super::*;

fn base() -> Scenario {
    Scenario::default_scenario()
}

#[test]
fn every_field_reads_back_what_was_written() {
    let s = apply_change(
        &apply_change(&apply_change(&base(), Change::AddVacancy(0)), Change::AddAward),
        Change::AddNonStaff,
    );
    let fields = [
        (Field::Name, "Option A"),
        (Field::HorizonEnd, "2027-03"),
        (Field::StopsAfter, "2023-12"),
        (Field::PaymentLag, "2"),
        (Field::Allocation(FinancialYear(2026)), "100000.00"),
        (Field::PostTitle(1), "DC (MARSOC)"),
        (Field::PostTeam(1), "Corruption"),
        (Field::PostCost(1), "70000.00"),
        (Field::PostFte(1), "0.6"),
        (Field::PostStart(1), "2023-06"),
        (Field::PostEnd(1), "2025-03"),
        (Field::PostBackfill(4), "50000.00"),
        (Field::PostAction(1), "redeploy_piu"),
        (Field::PostLag(1), "3"),
        (Field::VacancyTo(0, 0), "2024-06"),
        (Field::VacancyFrom(0, 0), "2024-01"),
        (Field::AwardEffective(0), "2024-09"),
        (Field::AwardPercent(0), "4.75"),
        (Field::NonStaffCost(1), "1200.00"),
        (Field::Note(NotePart::Why), "Tests the agreement lapsing"),
        (Field::Note(NotePart::Source), "IAM paper, para 4.2"),
        (Field::Note(NotePart::Author), "A. Planner"),
    ];
    let mut s = s;
    for (field, text) in fields {
        s = apply_edit(&s, field, text).unwrap_or_else(|e| panic!("{field:?}: {e}"));
        assert_eq!(field_text(&s, field), text, "{field:?}");
    }
    assert!(crate::evaluate(&s).is_ok());
}

#[test]
fn people_may_type_pounds_and_commas() {
    let s = apply_edit(&base(), Field::PostCost(0), "£90,000").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(field_text(&s, Field::PostCost(0)), "90000.00");
}

#[test]
fn empty_text_clears_optional_fields() {
    let s = apply_edit(&base(), Field::StopsAfter, "2023-12").unwrap_or_else(|e| panic!("{e}"));
    let s = apply_edit(&s, Field::StopsAfter, "").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.grant.stops_after, None);
    let s = apply_edit(&s, Field::PostBackfill(0), " ").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.posts[0].backfill, None);
    let s = apply_edit(&s, Field::Allocation(FinancialYear(2025)), "").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.grant.allocation(FinancialYear(2025)), Money::ZERO);
}

#[test]
fn bad_text_is_refused_with_a_message_and_no_change() {
    for (field, text, needle) in [
        (Field::PostCost(0), "abc", "not an amount"),
        (Field::PostCost(0), "-5", "must not be negative"),
        (Field::PostFte(0), "2", "at most 1"),
        (Field::PostStart(0), "2023-13", "month 13 does not exist"),
        (Field::PostLag(0), "three", "not a whole number"),
        (Field::PostEnd(0), "2023-01", "before the post starts"),
        (Field::HorizonEnd, "2020-01", "ends before the horizon starts"),
        (Field::Name, "", "must not be empty"),
        (Field::PostTitle(9), "x", "no longer exists"),
    ] {
        let err = apply_edit(&base(), field, text).expect_err(text);
        assert!(err.to_string().contains(needle), "{field:?} {text:?}: {err}");
    }
}

#[test]
fn an_edit_that_breaks_another_field_says_which() {
    let s = apply_edit(&base(), Field::PostEnd(0), "2024-03").unwrap_or_else(|e| panic!("{e}"));
    let err = apply_edit(&s, Field::PostStart(0), "2024-06").expect_err("start after end");
    let elsewhere = Some(FieldPath::from("posts").index(0).key("end"));
    assert_eq!(err, EditError::Rule { message: "2024-03 is before the post starts (2024-06)".into(), elsewhere });
    let own = apply_edit(&s, Field::PostEnd(0), "2023-01").expect_err("end before start");
    assert!(matches!(own, EditError::Rule { elsewhere: None, .. }), "{own:?}");
}

#[test]
fn every_field_names_its_path_as_files_write_it() {
    assert_eq!(Field::VacancyTo(1, 0).path().to_string(), "posts[1].vacancies[0].to");
    assert_eq!(Field::PostLag(0).path().to_string(), "posts[0].on_funding_stop.lag_months");
    assert_eq!(Field::Allocation(FinancialYear(2024)).path().to_string(), "grant.allocations[2024/25]");
    assert_eq!(Field::StopsAfter.path(), FieldPath::from("grant").key("stops_after"));
}

#[test]
fn fields_follow_their_rows_when_a_row_above_is_removed() {
    assert_eq!(Field::PostCost(3).after(Change::RemovePost(1)), Some(Field::PostCost(2)));
    assert_eq!(Field::PostCost(1).after(Change::RemovePost(1)), None);
    assert_eq!(Field::PostCost(0).after(Change::RemovePost(1)), Some(Field::PostCost(0)));
    assert_eq!(Field::VacancyTo(2, 1).after(Change::RemovePost(0)), Some(Field::VacancyTo(1, 1)));
    assert_eq!(Field::VacancyTo(2, 1).after(Change::RemoveVacancy(2, 0)), Some(Field::VacancyTo(2, 0)));
    assert_eq!(Field::VacancyTo(1, 1).after(Change::RemoveVacancy(2, 0)), Some(Field::VacancyTo(1, 1)));
    assert_eq!(Field::AwardPercent(1).after(Change::RemoveAward(1)), None);
    assert_eq!(Field::NonStaffCost(2).after(Change::RemoveNonStaff(0)), Some(Field::NonStaffCost(1)));
    assert_eq!(Field::Name.after(Change::RemovePost(0)), Some(Field::Name));
    assert_eq!(Field::PostCost(4).after(Change::AddPost), Some(Field::PostCost(4)));
}

#[test]
fn added_posts_get_unique_ids_and_removal_is_bounded() {
    let s = apply_change(&apply_change(&base(), Change::AddPost), Change::AddPost);
    assert_eq!(s.posts.len(), 7);
    assert!(s.validate().is_ok());
    let s = apply_change(&s, Change::RemovePost(99));
    assert_eq!(s.posts.len(), 7);
    let s = apply_change(&s, Change::RemovePost(0));
    assert_eq!(s.posts[0].id, "dc-marsoc");
}

#[test]
fn actuals_are_edited_field_by_field_and_checked_against_the_claims() {
    let s = apply_edit(&base(), Field::ActualsThrough, "2023-06").expect("through");
    assert_eq!(field_text(&s, Field::ActualsThrough), "2023-06");
    let april = Month::known(2023, 4);
    let s = apply_edit(&s, Field::ActualCost(april), "30000.00").expect("a cost");
    assert_eq!(field_text(&s, Field::ActualCost(april)), "30000.00");
    let outcome = crate::evaluate(&s).expect("evaluates");
    assert_eq!(outcome.months[0].figures.post_cost, Money::parse("30000.00").unwrap());
    assert_ne!(outcome.months[0].figures.variance, Money::ZERO);
    // After "actuals to": refused, and said so in a planner's words.
    let late = apply_edit(&s, Field::ActualCost(Month::known(2023, 9)), "1.00").unwrap_err();
    assert_eq!(late.to_string(), "Sep 2023 is after the actuals end (Jun 2023)");
    // Blank removes the month's actual.
    let none = apply_edit(&s, Field::ActualCost(april), " ").expect("blank");
    assert_eq!(none.actuals.as_ref().map(|a| a.months.len()), Some(0));
    // An invoice starts as claimed and paid on time; an amount above the claim is refused.
    let s = apply_change(&s, Change::AddInvoice);
    assert_eq!(field_text(&s, Field::InvoiceQuarter(0)), "2023/24 Q1");
    let claim = field_text(&s, Field::InvoiceAmount(0));
    assert!(apply_edit(&s, Field::InvoiceAmount(0), "1.00").is_ok());
    let above = apply_edit(&s, Field::InvoiceAmount(0), "999999.00").unwrap_err();
    assert!(above.to_string().contains(&format!("is more than the 2023/24 Q1 claim ({claim})")), "{above}");
    assert_eq!(Field::InvoiceAmount(0).path().to_string(), "actuals.invoices[0].amount");
    assert_eq!(Field::ActualCost(april).path().to_string(), "actuals.months[2023-04].post_cost");
    let s = apply_edit(&s, Field::InvoicePaid(0), "2023-10").expect("late");
    let two = apply_change(&s, Change::AddInvoice);
    assert_eq!(field_text(&two, Field::InvoiceQuarter(1)), "2023/24 Q2");
    assert_eq!(Field::InvoicePaid(1).after(Change::RemoveInvoice(0)), Some(Field::InvoicePaid(0)));
    assert_eq!(
        apply_change(&two, Change::RemoveInvoice(0)).actuals.map(|a| a.invoices[0].quarter.to_string()),
        Some("2023/24 Q2".into())
    );
    // Empty "actuals to" removes every actual; a cost without it is refused.
    let cleared = apply_edit(&s, Field::ActualsThrough, "").expect("cleared");
    assert_eq!(cleared.actuals, None);
    assert!(apply_edit(&cleared, Field::ActualCost(april), "5").is_err());
}

#[test]
fn a_note_is_edited_part_by_part_and_goes_when_every_part_is_empty() {
    let why = Field::Note(NotePart::Why);
    assert_eq!(why.path().to_string(), "note.why");
    let s = apply_edit(&base(), why, "  Tests the lapse\nin December  ").expect("a note");
    assert_eq!(field_text(&s, why), "Tests the lapse in December");
    assert_eq!(s.file_version(), 2, "a note is a version 2 field");
    let long = apply_edit(&s, why, &"a".repeat(281)).expect_err("too long");
    assert_eq!(long, EditError::Rule { message: "at most 280 characters".into(), elsewhere: None });
    let bidi = apply_edit(&s, Field::Note(NotePart::Author), "A\u{202E}B").expect_err("bidi");
    assert!(bidi.to_string().contains("bidirectional"), "{bidi}");
    let cleared = apply_edit(&s, why, "").expect("cleared");
    assert_eq!(cleared.note, None);
    assert_eq!(cleared.file_version(), 1);
}
