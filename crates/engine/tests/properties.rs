//! Properties over random valid scenarios: the model's invariants hold for any input.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use planner_engine::*;
use proptest::prelude::*;

fn month_in(start: i32, span: i32) -> impl Strategy<Value = Month> {
    (0..span).prop_map(move |i| Month::new(2023, 4).unwrap().plus(start + i))
}

fn money_up_to(pounds: i64) -> impl Strategy<Value = Money> {
    (0..=pounds * 100).prop_map(Money::pence)
}

fn post(i: usize) -> impl Strategy<Value = Post> {
    (
        money_up_to(150_000),
        prop_oneof![Just("1"), Just("0.5"), Just("0.6"), Just("0.8"), Just("0.33")],
        month_in(0, 30),
        proptest::option::of(0..30i32),
        proptest::collection::vec((month_in(0, 36), 0..4i32), 0..3),
        proptest::option::of(money_up_to(100_000)),
        prop_oneof![
            Just(StopAction::Continue),
            Just(StopAction::End),
            Just(StopAction::RedeployOcu),
            Just(StopAction::RedeployPiu)
        ],
        0..8u32,
        any::<bool>(),
    )
        .prop_map(move |(cost, fte, start, length, vacancies, backfill, action, lag, marsoc)| Post {
            id: format!("post-{i}"),
            title: "Detective Constable".into(),
            team: if marsoc { Team::Marsoc } else { Team::Corruption },
            group: None,
            annual_cost: cost,
            pay: None,
            fte: Fte::parse(fte).unwrap(),
            start,
            end: length.map(|l| start.plus(l)),
            vacancies: vacancies.into_iter().map(|(from, len)| Vacancy { from, to: from.plus(len) }).collect(),
            backfill: backfill.map(|annual_cost| Backfill { annual_cost }),
            on_funding_stop: StopResponse { action, lag_months: lag },
        })
}

prop_compose! {
    fn scenario()(
        posts in (1..7usize).prop_flat_map(|n| (0..n).map(post).collect::<Vec<_>>()),
        awards in proptest::collection::vec((month_in(0, 36), -300..1200i64), 0..4),
        allocations in proptest::collection::vec(proptest::option::of(money_up_to(600_000)), 3),
        stops_after in proptest::option::of(month_in(-2, 40)),
        payment_lag in 0..4u32,
        length in 1..48i32,
        non_staff in proptest::option::of(money_up_to(20_000)),
    ) -> Scenario {
        let start = Month::new(2023, 4).unwrap();
        Scenario {
            name: "Random".into(),
            horizon: Horizon { start, end: start.plus(length - 1) },
            posts,
            pay_awards: awards
                .into_iter()
                .map(|(effective, hundredths)| PayAward {
                    effective,
                    percent: Percent::from_decimal_unchecked(rust_decimal::Decimal::new(hundredths, 2)),
                    group: None,
                })
                .collect(),
            grant: Grant {
                name: "Grant".into(),
                allocations: allocations
                    .into_iter()
                    .enumerate()
                    .filter_map(|(i, a)| a.map(|amount| Allocation { fy: FinancialYear(2023 + i as i32), amount }))
                    .collect(),
                stops_after,
                payment_lag_months: payment_lag,
            },
            non_staff: non_staff
                .map(|annual_cost| NonStaffCost { name: "Vehicles".into(), annual_cost })
                .into_iter()
                .collect(),
            on_costs: OnCosts::default(),
            actuals: None,
            note: None,
        }
    }
}

fn sum_months(o: &Outcome, field: fn(&Figures) -> Money) -> Money {
    o.months.iter().map(|m| field(&m.figures)).sum()
}

fn sum_years(o: &Outcome, field: fn(&Figures) -> Money) -> Money {
    o.years.iter().map(|y| field(&y.figures)).sum()
}

const FIELDS: [fn(&Figures) -> Money; 8] = [
    |f| f.post_cost,
    |f| f.eligible,
    |f| f.claimed,
    |f| f.cap_excess,
    |f| f.unfunded_pressure,
    |f| f.backfill_cost,
    |f| f.redeployed_cost,
    |f| f.non_staff_cost,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// The page evaluates large plans a few months at a time: any slicing gives `evaluate`'s figures.
    #[test]
    fn evaluating_in_slices_gives_the_same_figures(s in scenario(), slice in 1..13usize) {
        let mut run = planner_engine::timeline::Evaluation::start(&s).unwrap();
        let mut slices = 0;
        while !run.step(slice).unwrap() {
            slices += 1;
            prop_assert_eq!(run.progress().0, slices * slice);
        }
        prop_assert_eq!(run.finish().unwrap(), evaluate(&s).unwrap());
    }

    #[test]
    fn claimed_and_cap_excess_make_up_eligible(s in scenario()) {
        let o = evaluate(&s).unwrap();
        for m in &o.months {
            prop_assert_eq!(m.figures.claimed + m.figures.cap_excess, m.figures.eligible);
            prop_assert!(!m.figures.cap_excess.value().is_sign_negative());
        }
    }

    #[test]
    fn no_year_claims_more_than_its_allocation(s in scenario()) {
        let o = evaluate(&s).unwrap();
        for y in &o.years {
            prop_assert!(y.figures.claimed <= y.allocation);
            prop_assert_eq!(y.cap_headroom, y.allocation - y.figures.claimed);
        }
    }

    #[test]
    fn months_sum_to_years_sum_to_the_total_exactly(s in scenario()) {
        let o = evaluate(&s).unwrap();
        for field in FIELDS {
            prop_assert_eq!(sum_months(&o, field), field(&o.total));
            prop_assert_eq!(sum_years(&o, field), field(&o.total));
        }
        let invoiced: Money = o.invoices.iter().map(|i| i.amount).sum();
        prop_assert_eq!(invoiced, o.total.claimed);
    }

    #[test]
    fn cash_owed_is_never_negative_and_zero_once_every_invoice_is_paid(s in scenario()) {
        let o = evaluate(&s).unwrap();
        for m in &o.months {
            prop_assert!(!m.cash_position.value().is_sign_negative(), "{} {}", m.month, m.cash_position);
            prop_assert_eq!(m.cash_position, o.cash_position_at(m.month));
            prop_assert!(m.cash_position <= o.peak_cash_position.amount);
        }
        if let Some(last_paid) = o.invoices.iter().map(|i| i.paid).max() {
            prop_assert_eq!(o.cash_position_at(last_paid), Money::ZERO);
        }
    }

    #[test]
    fn pressure_is_unfunded_post_cost_plus_cap_excess(s in scenario()) {
        let o = evaluate(&s).unwrap();
        for m in &o.months {
            let unfunded_posts = if s.grant.active_in(m.month) { Money::ZERO } else { m.figures.post_cost };
            prop_assert_eq!(m.figures.unfunded_pressure, unfunded_posts + m.figures.cap_excess);
            if !s.grant.active_in(m.month) {
                prop_assert_eq!(m.figures.eligible, Money::ZERO);
            }
        }
    }

    #[test]
    fn evaluation_is_deterministic(s in scenario()) {
        prop_assert_eq!(evaluate(&s).unwrap(), evaluate(&s).unwrap());
    }

    #[test]
    fn a_scenario_file_round_trips(s in scenario()) {
        prop_assert_eq!(Scenario::from_json(&s.to_json()).unwrap(), s);
    }
}

proptest! {
    // The codec is cheap: CI runs 10,000 cases (PROPTEST_CASES raises it further).
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000)
    ))]

    #[test]
    fn a_link_round_trips_to_an_equal_set(scenarios in proptest::collection::vec(scenario(), 1..4), made in proptest::option::of("[0-9TZ:-]{0,20}")) {
        let set = ScenarioSet { made, scenarios };
        prop_assert_eq!(decode_link(&encode_link(&set)).unwrap(), set);
    }
}

// Version 2: posts built from their pay, awards by group and on-costs in force by month.

fn group() -> impl Strategy<Value = PayGroup> {
    prop_oneof![Just(PayGroup::Officer), Just(PayGroup::Staff)]
}

fn rate() -> impl Strategy<Value = Rate> {
    (0..=10_000i64).prop_map(|hundredths| Rate::parse(&rust_decimal::Decimal::new(hundredths, 2).to_string()).unwrap())
}

fn allowance() -> impl Strategy<Value = Allowance> {
    (money_up_to(10_000), any::<bool>(), any::<bool>()).prop_map(|(annual, pensionable, uprated)| Allowance {
        name: "Allowance".into(),
        annual,
        pensionable,
        uprated,
    })
}

/// Keeps the first entry of each key: two entries with the same `from` (and group) are
/// an error, not a scenario.
fn first_of_each<T, K: std::hash::Hash + Eq>(items: Vec<T>, key: impl Fn(&T) -> K) -> Vec<T> {
    let mut seen = std::collections::HashSet::new();
    items.into_iter().filter(|item| seen.insert(key(item))).collect()
}

prop_compose! {
    fn built_scenario()(
        base in scenario(),
        pays in proptest::collection::vec(
            (0..3u8, group(), money_up_to(90_000), proptest::collection::vec(allowance(), 0..3)), 7),
        award_groups in proptest::collection::vec(proptest::option::of(group()), 4),
        ni in proptest::collection::vec((month_in(-3, 40), rate(), money_up_to(2_000)), 0..3),
        pension in proptest::collection::vec((group(), month_in(-3, 40), rate()), 0..4),
        levy in proptest::collection::vec((month_in(-3, 40), rate()), 0..2),
        actual in proptest::option::of(proptest::collection::vec(proptest::option::of(money_up_to(60_000)), 48)),
    ) -> Scenario {
        let mut s = base;
        // Actual post costs for some months (invoices need the claims: see below).
        s.actuals = actual.map(|costs| Actuals {
            through: s.horizon.end,
            months: s
                .horizon
                .months()
                .zip(costs)
                .filter_map(|(month, cost)| cost.map(|post_cost| ActualMonth { month, post_cost }))
                .collect(),
            invoices: vec![],
        });
        for (post, (kind, group, salary, allowances)) in s.posts.iter_mut().zip(pays) {
            // Built, all-in with a group, or all-in without one.
            if kind < 2 {
                post.group = Some(group);
            }
            if kind == 0 {
                post.pay = Some(Pay { salary, allowances });
                post.annual_cost = Money::ZERO;
            }
        }
        for (award, group) in s.pay_awards.iter_mut().zip(award_groups) {
            award.group = group;
        }
        s.on_costs = OnCosts {
            employer_ni: first_of_each(ni, |e| e.0)
                .into_iter()
                .map(|(from, rate, monthly_threshold)| NiRate { from, rate, monthly_threshold })
                .collect(),
            pension: first_of_each(pension, |e| (e.0, e.1))
                .into_iter()
                .map(|(group, from, rate)| PensionRate { group, from, rate })
                .collect(),
            apprenticeship_levy: first_of_each(levy, |e| e.0)
                .into_iter()
                .map(|(from, rate)| LevyRate { from, rate })
                .collect(),
        };
        s
    }
}

fn breakdown_parts(b: &CostBreakdown) -> [Money; 6] {
    [b.pay, b.employer_ni, b.employer_pension, b.apprenticeship_levy, b.all_in, b.actual]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_parts_of_the_post_cost_add_up_to_it_exactly(s in built_scenario()) {
        let o = evaluate(&s).unwrap();
        let all = o.months.iter().map(|m| &m.figures).chain(o.years.iter().map(|y| &y.figures)).chain([&o.total]);
        for f in all {
            prop_assert_eq!(f.cost_breakdown.total(), f.post_cost);
            prop_assert!(breakdown_parts(&f.cost_breakdown).iter().all(|p| !p.value().is_sign_negative()));
        }
        for part in 0..6 {
            let months: Money = o.months.iter().map(|m| breakdown_parts(&m.figures.cost_breakdown)[part]).sum();
            let years: Money = o.years.iter().map(|y| breakdown_parts(&y.figures.cost_breakdown)[part]).sum();
            prop_assert_eq!(months, breakdown_parts(&o.total.cost_breakdown)[part]);
            prop_assert_eq!(years, months);
        }
    }

    #[test]
    fn a_post_built_with_no_allowances_and_no_on_costs_costs_what_the_all_in_post_costs(
        s in scenario(), groups in proptest::collection::vec(group(), 7)
    ) {
        let mut built = s.clone();
        for (post, group) in built.posts.iter_mut().zip(groups) {
            post.group = Some(group);
            post.pay = Some(Pay { salary: post.annual_cost, allowances: vec![] });
            post.annual_cost = Money::ZERO;
        }
        let mut expected = evaluate(&s).unwrap();
        // The same pennies, reported as pay instead of all-in.
        let as_pay = |f: &mut Figures| f.cost_breakdown = CostBreakdown { pay: f.cost_breakdown.all_in, ..CostBreakdown::default() };
        expected.months.iter_mut().for_each(|m| as_pay(&mut m.figures));
        expected.years.iter_mut().for_each(|y| as_pay(&mut y.figures));
        as_pay(&mut expected.total);
        prop_assert_eq!(evaluate(&built).unwrap(), expected);
    }

    #[test]
    fn a_version_2_file_and_link_round_trip(s in built_scenario()) {
        prop_assert_eq!(Scenario::from_json(&s.to_json()).unwrap(), s.clone());
        let set = ScenarioSet { made: None, scenarios: vec![s] };
        let fragment = encode_link(&set);
        let prefix = if set.scenarios[0].uses_version_2() { "s=2." } else { "s=1." };
        prop_assert!(fragment.starts_with(prefix), "{}", fragment);
        prop_assert_eq!(decode_link(&fragment).unwrap(), set);
    }
}

// Actuals (rules 10 and 11).

fn with_actual_months(s: &Scenario, months: Vec<ActualMonth>) -> Scenario {
    let mut out = s.clone();
    out.actuals = Some(Actuals { through: s.horizon.end, months, invoices: vec![] });
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn with_no_actual_every_figure_is_unchanged(s in built_scenario()) {
        let s = Scenario { actuals: None, ..s };
        let mut expected = evaluate(&s).unwrap();
        let with = evaluate(&with_actual_months(&s, vec![])).unwrap();
        expected.actuals_through = Some(s.horizon.end);
        prop_assert_eq!(with, expected);
    }

    #[test]
    fn an_actual_equal_to_the_model_changes_no_figure(s in built_scenario(), every in 1..4usize) {
        let s = Scenario { actuals: None, ..s };
        let modelled = evaluate(&s).unwrap();
        let actual: Vec<ActualMonth> = modelled
            .months
            .iter()
            .step_by(every)
            .map(|m| ActualMonth { month: m.month, post_cost: m.figures.post_cost })
            .collect();
        let o = evaluate(&with_actual_months(&s, actual.clone())).unwrap();
        for (a, b) in o.months.iter().zip(&modelled.months) {
            let mut f = a.figures;
            prop_assert_eq!(f.variance, Money::ZERO);
            if actual.iter().any(|x| x.month == a.month) {
                prop_assert_eq!(f.cost_breakdown.actual, f.post_cost);
                f.cost_breakdown = b.figures.cost_breakdown;
            }
            prop_assert_eq!(f, b.figures);
            prop_assert_eq!(a.cash_position, b.cash_position);
        }
        prop_assert_eq!(o.invoices, modelled.invoices);
        prop_assert_eq!(o.peak_cash_position, modelled.peak_cash_position);
    }

    #[test]
    fn once_every_invoice_is_paid_the_cash_owed_is_the_shortfalls(
        s in built_scenario(),
        payments in proptest::collection::vec((any::<bool>(), 0..=100i64, 0..6i32, any::<bool>()), 40),
    ) {
        let modelled = evaluate(&s).unwrap();
        let invoices: Vec<ActualInvoice> = modelled
            .invoices
            .iter()
            .zip(payments)
            .filter(|(_, (actual, ..))| *actual)
            .map(|(i, (_, share, late, disallowed))| {
                let paid = i.raised.plus(late);
                ActualInvoice {
                    quarter: Quarter { fy: i.fy, quarter: i.quarter },
                    amount: Money::from_decimal((i.amount.value() * rust_decimal::Decimal::new(share, 2)).round_dp(2)),
                    paid,
                    disallowed: disallowed && s.horizon.contains(paid),
                }
            })
            .collect();
        let mut with = s.clone();
        let months = s.actuals.as_ref().map(|a| a.months.clone()).unwrap_or_default();
        with.actuals = Some(Actuals { through: s.horizon.end, months, invoices });
        let o = evaluate(&with).unwrap();
        let owed: Money = o.invoices.iter().filter(|i| !i.disallowed).map(|i| i.shortfall).sum();
        let written_off: Money = o.invoices.iter().filter(|i| i.disallowed).map(|i| i.shortfall).sum();
        if let Some(last) = o.invoices.iter().map(|i| i.paid).max() {
            prop_assert_eq!(o.cash_position_at(last), owed);
        }
        prop_assert_eq!(o.total.unfunded_pressure, modelled.total.unfunded_pressure + written_off);
        for i in &o.invoices {
            prop_assert!(!i.shortfall.value().is_sign_negative());
        }
    }
}
