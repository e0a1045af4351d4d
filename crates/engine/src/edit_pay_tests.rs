use super::*;
use crate::edit::{apply_change, apply_edit, field_text, Change, Field};

fn base() -> Scenario {
    Scenario::default_scenario()
}

fn edit(s: &Scenario, f: PayField, text: &str) -> Scenario {
    apply_edit(s, Field::Pay(f), text).unwrap_or_else(|e| panic!("{f:?} {text:?}: {e}"))
}

#[test]
fn a_post_built_from_pay_keeps_its_cost_as_salary_and_goes_back_to_its_modelled_cost() {
    let s = edit(&base(), PayField::Basis(0), BASIS_BUILT);
    let post = &s.posts[0];
    assert_eq!(post.pay.as_ref().map(|p| p.salary), Some(base().posts[0].annual_cost));
    assert_eq!((post.annual_cost, post.group), (Money::ZERO, Some(PayGroup::Officer)));
    assert_eq!(field_text(&s, Field::Pay(PayField::Basis(0))), BASIS_BUILT);
    let s = apply_change(&s, Change::UsePublishedRates);
    let modelled = s.modelled_annual_cost(0);
    assert!(modelled > base().posts[0].annual_cost, "on-costs on top of the salary: {modelled}");
    let back = edit(&s, PayField::Basis(0), BASIS_ALL_IN);
    assert_eq!((back.posts[0].pay.as_ref(), back.posts[0].annual_cost), (None, modelled));
    assert!(crate::evaluate(&back).is_ok());
}

#[test]
fn every_pay_field_reads_back_what_was_written() {
    let s = edit(&base(), PayField::Basis(1), BASIS_BUILT);
    let s = apply_change(&apply_change(&s, Change::AddAllowance(1)), Change::AddAward);
    let s = [OnCostList::EmployerNi, OnCostList::Pension, OnCostList::ApprenticeshipLevy]
        .into_iter()
        .fold(s, |s, list| apply_change(&s, Change::AddOnCost(list)));
    let fields = [
        (PayField::Group(1), "staff"),
        (PayField::Salary(1), "43032.00"),
        (PayField::AllowanceName(1, 0), "London weighting"),
        (PayField::AllowanceAnnual(1, 0), "2865.00"),
        (PayField::AllowancePensionable(1, 0), "true"),
        (PayField::AllowanceUprated(1, 0), "false"),
        (PayField::AwardGroup(0), "officer"),
        (PayField::NiFrom(0), "2023-04"),
        (PayField::NiRate(0), "13.8"),
        (PayField::NiThreshold(0), "758.00"),
        (PayField::PensionGroup(0), "staff"),
        (PayField::PensionFrom(0), "2024-04"),
        (PayField::PensionRate(0), "28.97"),
        (PayField::LevyFrom(0), "2023-05"),
        (PayField::LevyRate(0), "0.5"),
        (PayField::Group(0), "staff"),
    ];
    let mut s = s;
    for (f, text) in fields {
        s = edit(&s, f, text);
        assert_eq!(field_text(&s, Field::Pay(f)), text, "{f:?}");
    }
    assert!(crate::evaluate(&s).is_ok());
    assert!(s.uses_version_2());
}

#[test]
fn pay_fields_refuse_bad_text_with_their_paths() {
    let built = edit(&base(), PayField::Basis(0), BASIS_BUILT);
    let built = apply_change(&built, Change::UsePublishedRates);
    for (f, text, needle) in [
        (PayField::Salary(1), "40000", "costed all-in"),
        (PayField::Salary(0), "abc", "not an amount"),
        (PayField::Group(0), "", "needs a group"),
        (PayField::Group(0), "chief", "officers or police staff"),
        (PayField::NiRate(0), "101", "from 0 to 100"),
        (PayField::NiFrom(1), "2023-04", "also from 2023-04"),
        (PayField::AllowanceUprated(0, 0), "true", "no longer exists"),
        (PayField::Basis(0), "half", "all-in or built"),
    ] {
        let err = apply_edit(&built, Field::Pay(f), text).expect_err(text);
        assert!(err.to_string().contains(needle), "{f:?} {text:?}: {err}");
    }
    assert_eq!(Field::Pay(PayField::AllowanceAnnual(2, 1)).path().to_string(), "posts[2].pay.allowances[1].annual");
    assert_eq!(Field::Pay(PayField::NiThreshold(0)).path().to_string(), "on_costs.employer_ni[0].monthly_threshold");
    assert_eq!(Field::Pay(PayField::AwardGroup(3)).path().to_string(), "pay_awards[3].group");
}

#[test]
fn pay_fields_follow_their_rows() {
    let f = |p: PayField| Some(Field::Pay(p));
    assert_eq!(Field::Pay(PayField::Salary(3)).after(Change::RemovePost(1)), f(PayField::Salary(2)));
    assert_eq!(
        Field::Pay(PayField::AllowanceName(2, 1)).after(Change::RemoveAllowance(2, 0)),
        f(PayField::AllowanceName(2, 0))
    );
    assert_eq!(Field::Pay(PayField::AllowanceName(2, 0)).after(Change::RemoveAllowance(2, 0)), None);
    assert_eq!(
        Field::Pay(PayField::AllowanceName(1, 1)).after(Change::RemoveAllowance(2, 0)),
        f(PayField::AllowanceName(1, 1))
    );
    assert_eq!(
        Field::Pay(PayField::NiRate(2)).after(Change::RemoveOnCost(OnCostList::EmployerNi, 0)),
        f(PayField::NiRate(1))
    );
    assert_eq!(
        Field::Pay(PayField::NiRate(2)).after(Change::RemoveOnCost(OnCostList::Pension, 0)),
        f(PayField::NiRate(2))
    );
    assert_eq!(Field::Pay(PayField::LevyRate(0)).after(Change::RemoveOnCost(OnCostList::ApprenticeshipLevy, 0)), None);
    assert_eq!(Field::Pay(PayField::AwardGroup(1)).after(Change::RemoveAward(0)), f(PayField::AwardGroup(0)));
    assert_eq!(Field::Pay(PayField::Group(0)).post_index(), Some(0));
    assert_eq!(Field::Pay(PayField::NiRate(0)).post_index(), None);
}

#[test]
fn published_rates_are_one_change_and_rows_are_bounded() {
    let s = apply_change(&base(), Change::UsePublishedRates);
    assert_eq!(s.on_costs, crate::published::on_costs());
    let s = apply_change(&s, Change::RemoveOnCost(OnCostList::Pension, 99));
    assert_eq!(s.on_costs.pension.len(), 4);
    let s = apply_change(&s, Change::AddOnCost(OnCostList::Pension));
    assert!(s.validate().is_ok(), "a new entry starts valid");
    let s = apply_change(&s, Change::AddAllowance(0));
    assert!(s.posts[0].pay.is_none(), "an all-in post has no allowances");
}
