//! Tests of the Green Book view's tables, deflators and discount factors.

use super::*;
use crate::decide::fixture::plans;

#[test]
fn the_green_book_view_has_each_plans_years_quarters_and_difference() {
    let view = green_book_view(&plans(), &Typed::default()).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(view.plans.len(), 2);
    let lapse = &view.plans[1].years;
    let headers: Vec<&str> = lapse.columns.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(headers, ["Figure", "2023/24", "2024/25", "2025/26", "Total"]);
    assert_eq!(lapse.groups[0][0].cells, ["£95,647.50", "£382,590.00", "£382,590.00", "£860,827.50"]);
    assert_eq!(lapse.groups[0][1].header, "Real terms (2023/24 prices)");
    // 2024/25: £382,590 ÷ 1.02 = £375,088.24 in 2023/24 prices.
    assert_eq!(lapse.groups[0][1].cells[1], "£375,088.24");
    assert_eq!(lapse.groups[1][0].cells[3], "+£860,827.50");
    assert_eq!(view.plans[0].years.groups.len(), 1, "business as usual has no difference");
    assert_eq!(view.plans[0].quarters.groups[0].len(), 12);
    assert_eq!(view.totals.groups[0][0].cells[3], "—");
    assert!(view.deflator_source.starts_with("Illustrative, not published figures"));
    assert!(view.notes[0].starts_with("Cost to the MPS"));
}

#[test]
fn typed_deflators_and_optimism_bias_change_the_real_terms() {
    let typed = Typed::default()
        .with(GreenBookField::Deflator(FinancialYear(2024)), "110".into())
        .with(GreenBookField::OptimismBias, "10".into());
    let view = green_book_view(&plans(), &typed).unwrap_or_else(|e| panic!("{e:?}"));
    let real = &view.plans[1].years.groups[0][1];
    assert_eq!(real.header, "Real terms (2023/24 prices, 10% optimism bias)");
    // £382,590 × 1.1 × 100 ÷ 110 = £382,590.00.
    assert_eq!(real.cells[1], "£382,590.00");
    assert!(view.deflator_source.starts_with("Your own figures for 2024/25"));
    let back = typed.with(GreenBookField::Deflator(FinancialYear(2024)), "102".into());
    let view = green_book_view(&plans(), &back).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(view.deflator_source.starts_with("Illustrative"), "typed back to the default");
    let bad = typed.with(GreenBookField::OptimismBias, "-1".into());
    assert_eq!(green_book_view(&plans(), &bad), Err(Blocked::Fields));
}

#[test]
fn green_book_years_run_from_the_base_with_their_discount_factors() {
    let (base, rows) = green_book_years(&plans());
    assert_eq!(base, FinancialYear(2023));
    let factors: Vec<(i32, &str)> = rows.iter().map(|r| (r.years_from_base, r.discount_factor.as_str())).collect();
    assert_eq!(factors, [(0, "1"), (1, "0.966184"), (2, "0.933511")]);
}
