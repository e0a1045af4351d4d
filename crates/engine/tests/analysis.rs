//! Decision analysis: every answer is checked against `evaluate` itself or by hand.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use planner_engine::analysis::green_book::green_book;
use planner_engine::analysis::odds::{distribution, review_points, OddsOutcome};
use planner_engine::analysis::stop_curve::stop_points;
use planner_engine::analysis::switching::with_uniform_award;
use planner_engine::analysis::{
    analyse, max_pay_award, stop_month_curve, within_limit, AnalysisInput, Deflators, Odds, Uplift,
};
use planner_engine::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn options() -> Vec<Scenario> {
    let base = Scenario::default_scenario();
    std::iter::once(base.clone()).chain(ReadyMade::ALL.iter().map(|o| o.build(&base))).collect()
}

/// Every rule at once: leaving actions with lags, a vacancy, a part-time post, a backfill,
/// a pay award, a cap below the cost.
fn mixed() -> Scenario {
    default_with(|s| {
        let actions = [StopAction::Continue, StopAction::End, StopAction::RedeployOcu, StopAction::RedeployPiu];
        for (i, p) in s.posts.iter_mut().enumerate() {
            p.on_funding_stop = StopResponse { action: actions[i % 4], lag_months: i as u32 };
        }
        s.posts[1].vacancies = vec![Vacancy { from: m("2024-06"), to: m("2024-08") }];
        s.posts[2].fte = Fte::parse("0.6").unwrap();
        s.pay_awards = vec![PayAward::for_all(m("2024-09"), Percent::parse("4.75").unwrap())];
        s.grant.allocations[1].amount = money("300000.00");
    })
}

/// One £12,000 post over two financial years, £12,000 allocated in each.
fn two_years() -> Scenario {
    let mut s = one_post_year();
    s.horizon.end = m("2025-03");
    s.grant.allocations.push(Allocation { fy: FinancialYear(2024), amount: gbp(12_000_00) });
    s
}

fn odds(json: &str) -> Odds {
    Odds::from_json(json).unwrap_or_else(|e| panic!("{e}"))
}

fn total(outcomes: &[OddsOutcome]) -> Decimal {
    outcomes.iter().map(|o| o.probability).sum()
}

#[test]
fn each_curve_point_is_evaluate_with_that_stop() {
    for s in options().into_iter().chain([mixed()]) {
        let curve = stop_month_curve(&s).unwrap();
        assert_eq!(curve.len(), s.horizon.len() + 1, "{}", s.name);
        for (point, stop) in curve.iter().zip(stop_points(s.horizon)) {
            let mut stopped = s.clone();
            stopped.grant.stops_after = stop;
            assert_eq!(point.stops_after, stop);
            assert_eq!(point.unfunded_pressure, eval(&stopped).total.unfunded_pressure, "{}: {stop:?}", s.name);
        }
        assert_eq!(curve.last().unwrap().stops_after, None);
    }
}

#[test]
fn the_curve_keeps_each_posts_response_to_a_stop() {
    // Redeployed at once: stopping costs the MPS nothing, whenever it happens.
    let review = ReadyMade::ReviewEndsFunding.build(&Scenario::default_scenario());
    assert!(stop_month_curve(&review).unwrap().iter().all(|p| p.unfunded_pressure.is_zero()));
}

#[test]
fn the_limit_switching_value_is_the_earliest_stop_within_the_limit() {
    for s in options().into_iter().chain([mixed()]) {
        let curve = stop_month_curve(&s).unwrap();
        for limit in [gbp(0), gbp(100_000_00), gbp(500_000_00), gbp(10_000_000_00)] {
            let found = within_limit(&curve, limit).unwrap();
            let first = curve.iter().position(|p| p.unfunded_pressure <= limit);
            assert_eq!(found.earliest_stop, first.map(|i| curve[i]), "{}", s.name);
            if let Some(from) = found.within_from {
                let i = curve.iter().position(|p| *p == from).unwrap();
                assert!(curve[i..].iter().all(|p| p.unfunded_pressure <= limit));
                assert!(i == 0 || curve[i - 1].unfunded_pressure > limit);
            } else {
                assert!(curve.last().unwrap().unfunded_pressure > limit);
            }
        }
    }
    let bau = stop_month_curve(&Scenario::default_scenario()).unwrap();
    let found = within_limit(&bau, gbp(100_000_00)).unwrap();
    assert_eq!(found.earliest_stop.and_then(|p| p.stops_after), Some(m("2025-12")));
}

#[test]
fn the_pay_award_switching_value_holds_and_a_hundredth_of_a_percent_more_breaks_a_cap() {
    let hundredth = Decimal::new(1, 2);
    for s in options().into_iter().chain([mixed(), two_years()]) {
        let found = max_pay_award(&s).unwrap();
        assert!(found.evaluations <= 16, "{}: {} evaluations", s.name, found.evaluations);
        let excess = |p: Decimal| eval(&with_uniform_award(&s, Percent::from_decimal_unchecked(p))).total.cap_excess;
        match found.max_award {
            Some(max) => {
                assert!(excess(max.value()).is_zero(), "{}: holds at {max}", s.name);
                if max.value() < Decimal::ONE_HUNDRED {
                    assert!(excess(max.value() + hundredth).is_positive(), "{}: breaks above {max}", s.name);
                    assert_eq!(found.breaks_at.map(|b| b.value()), Some(max.value() + hundredth));
                }
            }
            None => assert!(excess(Decimal::ZERO).is_positive(), "{}", s.name),
        }
    }
}

#[test]
fn the_pay_award_switching_value_by_hand() {
    // £1,000 a month; the award from September 2023 applies to 7 months of 2023/24. With
    // £12,350 allocated, 5 × £1,000 + 7 × £1,050.00 = £12,350 exactly: 5% holds, and
    // 5.01% costs 7 × £1,050.10 = £7,350.70, 70p over.
    let mut s = one_post_year();
    s.grant.allocations[0].amount = money("12350.00");
    let found = max_pay_award(&s).unwrap();
    assert_eq!(found.max_award.map(|p| p.to_string()), Some("5".into()));
    assert_eq!(found.breaks_at.map(|p| p.to_string()), Some("5.01".into()));
    let breach = found.first_breach.unwrap();
    assert_eq!((breach.cap_excess, breach.from), (money("0.70"), m("2024-03")));
    // The report's position: the 2023/24 allocation is exactly the cost, so no award fits.
    let bau = max_pay_award(&Scenario::default_scenario()).unwrap();
    assert_eq!(bau.max_award.map(|p| p.to_string()), Some("0".into()));
    // A cap below the cost is exceeded even without an award.
    let lower = max_pay_award(&ReadyMade::LowerCap.build(&Scenario::default_scenario())).unwrap();
    assert_eq!((lower.max_award, lower.evaluations), (None, 1));
}

#[test]
fn the_odds_distribution_by_hand() {
    // Review points Dec 2023 and Mar 2024 (Mar 2025 ends the horizon). Stop after Dec 2023:
    // p = 0.2, 15 months unfunded; after Mar 2024: p = 0.8 × 0.5, 12 months; never: 0.4, £0.
    let s = two_years();
    assert_eq!(review_points(s.horizon), [m("2023-12"), m("2024-03")]);
    let o = odds(
        r#"{"review_points": [{"month": "2024-03", "chance_continues": "50"},
                              {"month": "2023-12", "chance_continues": "80"}]}"#,
    );
    let d = distribution(&s, &o).unwrap();
    let got: Vec<_> = d
        .outcomes
        .iter()
        .map(|x| (x.stops_after, x.probability.normalize().to_string(), x.unfunded_pressure))
        .collect();
    assert_eq!(
        got,
        [
            (Some(m("2023-12")), "0.2".to_string(), gbp(15_000_00)),
            (Some(m("2024-03")), "0.4".to_string(), gbp(12_000_00)),
            (None, "0.4".to_string(), Money::ZERO),
        ]
    );
    assert_eq!(total(&d.outcomes), Decimal::ONE);
    assert_eq!(d.expected, gbp(7_800_00)); // 0.2 × 15,000 + 0.4 × 12,000
    assert_eq!((d.p50, d.p90), (gbp(12_000_00), gbp(15_000_00)));
}

#[test]
fn the_odds_with_pay_award_cases_by_hand() {
    // High: 10% every September. Stop after Dec 2023: £3,300 (Jan–Mar 2024) + £5,500 + 7 × £1,210
    // = £17,270. After Mar 2024: 2023/24 cap excess £700 + all of 2024/25 (£13,970) = £14,670.
    // Never: £700 + (£13,970 − £12,000) = £2,670.
    let o = odds(
        r#"{"review_points": [{"month": "2023-12", "chance_continues": "80"}, {"month": "2024-03", "chance_continues": "50"}],
            "pay_award_cases": [{"name": "None", "percent": "0", "weight": "50"}, {"name": "High", "percent": "10", "weight": "50"}]}"#,
    );
    let d = distribution(&two_years(), &o).unwrap();
    let high: Vec<_> = d.outcomes.iter().filter(|x| x.pay_award_case.as_deref() == Some("High")).collect();
    let pressures: Vec<Money> = high.iter().map(|x| x.unfunded_pressure).collect();
    assert_eq!(pressures, [gbp(17_270_00), gbp(14_670_00), gbp(2_670_00)]);
    assert_eq!(total(&d.outcomes), Decimal::ONE);
    // 0.5 × £7,800 + 0.5 × (0.2 × 17,270 + 0.4 × 14,670 + 0.4 × 2,670) = £9,095.00
    assert_eq!(d.expected, gbp(9_095_00));
    assert_eq!((d.p50, d.p90), (gbp(12_000_00), gbp(15_000_00)));
}

#[test]
fn the_odds_distribution_sums_to_exactly_one() {
    let s = default_with(|s| s.horizon.end = m("2040-03"));
    let points = review_points(s.horizon);
    assert_eq!(points.len(), 17);
    let chances = ["99.9999", "33.3333", "66.6667", "0.0001", "100", "0", "12.3456"];
    let entries: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, p)| format!(r#"{{"month": "{p}", "chance_continues": "{}"}}"#, chances[i % chances.len()]))
        .collect();
    for cases in [
        "[]",
        r#"[{"name": "A", "percent": "1.5", "weight": "33.3333"}, {"name": "B", "percent": "3", "weight": "66.6667"}]"#,
    ] {
        let o = odds(&format!(r#"{{"review_points": [{}], "pay_award_cases": {cases}}}"#, entries.join(",")));
        let d = distribution(&s, &o).unwrap();
        assert_eq!(total(&d.outcomes), Decimal::ONE, "{cases}");
        assert!(d.outcomes.iter().all(|x| x.probability >= Decimal::ZERO));
    }
}

#[test]
fn bad_odds_are_clear_errors() {
    let s = Scenario::default_scenario();
    let bad_parse = [
        (r#"{"review_points": [{"month": "2023-12", "chance_continues": "150"}]}"#, "odds.review_points[0].chance_continues: a chance must be from 0 to 100 percent (got 150)"),
        (r#"{"review_points": [{"month": "2023-12", "chance_continues": "-5"}]}"#, "odds.review_points[0].chance_continues: a chance must be from 0 to 100 percent (got -5)"),
        (r#"{"review_points": [{"month": "2023-12", "chance_continues": 80}]}"#, "odds.review_points[0].chance_continues: invalid type: integer `80`, expected a chance in percent as a string"),
        (r#"{"review_points": [], "colour": 1}"#, "odds.colour: unknown field `colour`"),
    ];
    for (json, expected) in bad_parse {
        let e = Odds::from_json(json).unwrap_err().to_string();
        assert!(e.starts_with(expected), "\nexpected {expected}\n     got {e}");
    }
    let points = |extra: &str| {
        format!(
            r#"{{"review_points": [{{"month": "2023-12", "chance_continues": "80"}}, {{"month": "2024-03", "chance_continues": "80"}}{extra}]"#
        )
    };
    let bad_fit = [
        (points("") + "}", "odds.review_points: no chance given for Mar 2025: the review points of this horizon are Dec 2023, Mar 2024, Mar 2025"),
        (points(r#", {"month": "2025-03", "chance_continues": "80"}, {"month": "2026-03", "chance_continues": "80"}"#) + "}", "odds.review_points[3].month: Mar 2026 is not a review point"),
        (points(r#", {"month": "2024-03", "chance_continues": "80"}"#) + "}", "odds.review_points[2].month: a second chance for Mar 2024"),
        (points(r#", {"month": "2025-03", "chance_continues": "80"}"#) + r#", "pay_award_cases": [{"name": "Low", "percent": "2", "weight": "40"}, {"name": "High", "percent": "5", "weight": "50"}]}"#, "odds.pay_award_cases: the weights add up to 90%, not 100%"),
    ];
    for (json, expected) in bad_fit {
        let e = distribution(&s, &odds(&json)).unwrap_err().to_string();
        assert!(e.starts_with(expected), "\nexpected {expected}\n     got {e}");
    }
}

#[test]
fn present_values_by_hand() {
    // Funding stops after March 2024; the post continues at MPS cost through 2024/25.
    let mut option = two_years();
    option.name = "Stops March 2024".into();
    option.grant.stops_after = Some(m("2024-03"));
    let deflators = Deflators::from_json(
        r#"{"index": [{"fy": 2023, "index": "100"}, {"fy": 2024, "index": "105"}], "source": "Test series"}"#,
    )
    .unwrap();
    let gb = green_book(&[two_years(), option.clone()], Some(&deflators), None).unwrap();
    let y = &gb.scenarios[1].years[1];
    assert_eq!((y.years_from_base, y.values.nominal), (1, gbp(12_000_00)));
    // 12,000 × 100 / 105 = 11,428.571…; ÷ 1.035 = 11,042.097…
    assert_eq!((y.values.real, y.values.present_value), (money("11428.57"), money("11042.10")));
    assert_eq!(gb.scenarios[1].total.present_value, money("11042.10"));
    let diff = gb.scenarios[1].difference_from_business_as_usual.as_ref().unwrap();
    assert_eq!(diff.total.present_value, money("11042.10"));
    assert!(gb.scenarios[0].difference_from_business_as_usual.is_none());
    assert_eq!(gb.scenarios[1].quarters[4].quarter, "2024/25 Q1");
    assert_eq!(gb.scenarios[1].quarters[4].nominal, gbp(3_000_00));
    // With 10% optimism bias: 13,200 × 100 / 105 = 12,571.43; ÷ 1.035 = 12,146.31. Cash is unchanged.
    let gb = green_book(&[two_years(), option], Some(&deflators), Some(Uplift::parse("10").unwrap())).unwrap();
    let y = &gb.scenarios[1].years[1];
    assert_eq!(
        (y.values.nominal, y.values.real, y.values.present_value),
        (gbp(12_000_00), money("12571.43"), money("12146.31"))
    );
}

#[test]
fn the_default_deflator_is_illustrative_and_says_so() {
    let gb = green_book(&options(), None, None).unwrap();
    assert_eq!(gb.deflators.base_fy, Some(FinancialYear(2023)));
    assert!(gb.deflators.source.as_deref().unwrap_or_default().starts_with("Illustrative, not published figures"));
    assert_eq!(gb.discount_rate.to_string(), "3.5");
    let lapse = &gb.scenarios[2];
    assert_eq!(lapse.total.nominal, gbp(860_827_50));
    // Each year: 2023/24 at 100; the later years deflated and discounted.
    let real: Money = lapse.years.iter().map(|y| y.values.real).sum();
    assert_eq!(real, lapse.total.real);
    assert!(lapse.total.present_value < lapse.total.real && lapse.total.real < lapse.total.nominal);
}

#[test]
fn bad_deflators_are_clear_errors() {
    let set = options();
    let d = |json: &str| Deflators::from_json(json).unwrap_or_else(|e| panic!("{e}"));
    let missing = d(r#"{"index": [{"fy": 2023, "index": "100"}, {"fy": 2024, "index": "102"}]}"#);
    assert_eq!(
        green_book(&set, Some(&missing), None).unwrap_err().to_string(),
        "deflators.index: no index for 2025/26: give one for every financial year of the plans and for the base year"
    );
    let base = d(
        r#"{"base_fy": 2022, "index": [{"fy": 2023, "index": "100"}, {"fy": 2024, "index": "102"}, {"fy": 2025, "index": "104"}]}"#,
    );
    assert!(green_book(&set, Some(&base), None).unwrap_err().to_string().contains("no index for 2022/23"));
    let twice = d(r#"{"index": [{"fy": 2023, "index": "100"}, {"fy": 2023, "index": "101"}]}"#);
    assert_eq!(
        green_book(&set, Some(&twice), None).unwrap_err().path().map(ToString::to_string).as_deref(),
        Some("deflators.index[1].fy")
    );
    let e = Deflators::from_json(r#"{"index": [{"fy": 2023, "index": "0"}]}"#).unwrap_err();
    assert_eq!(e.to_string(), "deflators.index[0].index: an index must be more than 0 and at most 1000000 (got 0)");
}

#[test]
fn the_whole_analysis_of_the_ready_made_options() {
    let input = AnalysisInput {
        limit: Some(gbp(100_000_00)),
        odds: Some(odds(
            r#"{"review_points": [{"month": "2023-12", "chance_continues": "80"}, {"month": "2024-03", "chance_continues": "70"}, {"month": "2025-03", "chance_continues": "90"}]}"#,
        )),
        ..AnalysisInput::default()
    };
    let a = analyse(&options(), &input).unwrap();
    assert_eq!(a.scenarios.len(), 6);
    assert_eq!(a.comparisons.len(), 15);
    assert_eq!(a.green_book.scenarios.len(), 6);
    for s in &a.scenarios {
        assert_eq!(s.stop_month_curve.len(), 37);
        assert!(s.switching_values.within_limit.is_some());
        assert_eq!(total(&s.odds.as_ref().unwrap().outcomes), Decimal::ONE);
    }
    // Review ends funding (everyone redeployed at once) costs less than business as usual
    // for any stop before the last month, and the same after.
    let c = a.comparisons.iter().find(|c| c.second == ReadyMade::ReviewEndsFunding.name()).unwrap();
    assert_eq!(c.segments.len(), 2);
    assert_eq!((c.segments[0].from, c.segments[0].through), (Some(m("2023-04")), Some(m("2026-02"))));
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(
        json["scenarios"][0]["stop_month_curve"][8],
        serde_json::json!({"stops_after": "2023-12", "unfunded_pressure": "860827.50"})
    );
    assert_eq!(json["scenarios"][0]["stop_month_curve"][36]["stops_after"], serde_json::Value::Null);
}

#[test]
fn a_bad_scenario_or_limit_in_the_set_is_named() {
    let mut set = options();
    set[2].posts[0].id = String::new();
    let e = analyse(&set, &AnalysisInput::default()).unwrap_err();
    assert_eq!(e.to_string(), "scenarios[2].posts[0].id: must not be empty");
    let input = AnalysisInput { limit: Some(Money::from_decimal(Decimal::new(-1, 0))), ..AnalysisInput::default() };
    assert_eq!(analyse(&options(), &input).unwrap_err().to_string(), "limit: must not be negative (got -1.00)");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn switching_values_agree_with_evaluate_on_varied_plans(
        allocations in proptest::collection::vec(300_000..520_000i64, 3),
        actions in proptest::collection::vec((0..4usize, 0..6u32), 5),
        stop in proptest::option::of(0..36i32),
        limit in 0..900_000i64,
    ) {
        let s = default_with(|s| {
            for (a, amount) in s.grant.allocations.iter_mut().zip(&allocations) {
                a.amount = gbp(amount * 100);
            }
            for (p, (action, lag)) in s.posts.iter_mut().zip(&actions) {
                p.on_funding_stop = StopResponse { action: StopAction::ALL[*action], lag_months: *lag };
            }
            s.grant.stops_after = stop.map(|k| m("2023-04").plus(k));
        });
        let curve = stop_month_curve(&s).unwrap();
        let found = within_limit(&curve, gbp(limit * 100)).unwrap();
        prop_assert_eq!(found.earliest_stop, curve.iter().copied().find(|p| p.unfunded_pressure <= gbp(limit * 100)));
        let award = max_pay_award(&s).unwrap();
        let excess = |p: Decimal| eval(&with_uniform_award(&s, Percent::from_decimal_unchecked(p))).total.cap_excess;
        if let Some(max) = award.max_award {
            prop_assert!(excess(max.value()).is_zero());
            if let Some(over) = award.breaks_at {
                prop_assert_eq!(over.value(), max.value() + Decimal::new(1, 2));
                prop_assert!(excess(over.value()).is_positive());
            }
        }
    }
}
