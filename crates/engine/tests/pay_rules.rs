//! Rules 8 and 9 of MODEL.md version 2: pay factors by group, posts built from their pay,
//! the on-costs in force by month, and the cost breakdown. Every expected figure is
//! worked out by hand in the comments, so a test fails if a rounding moves.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use planner_engine::*;

fn rate(text: &str) -> Rate {
    Rate::parse(text).unwrap()
}

fn pct(text: &str) -> Percent {
    Percent::parse(text).unwrap()
}

fn allowance(name: &str, annual: &str, pensionable: bool, uprated: bool) -> Allowance {
    Allowance { name: name.into(), annual: money(annual), pensionable, uprated }
}

/// A post built from pay: `salary` a year, the allowances given, in `group`.
fn built(id: &str, group: PayGroup, salary: &str, allowances: Vec<Allowance>) -> Post {
    simple_post(id).with_pay(group, Pay { salary: money(salary), allowances })
}

/// MODEL.md's on-costs: NI 13.8% above £758 a month, then 15% above £417 from April
/// 2025; officers' pension 31%, then 35.3% from April 2024; the levy 0.5%.
fn model_on_costs() -> OnCosts {
    OnCosts {
        employer_ni: vec![
            NiRate { from: m("2023-04"), rate: rate("13.8"), monthly_threshold: money("758.00") },
            NiRate { from: m("2025-04"), rate: rate("15"), monthly_threshold: money("417.00") },
        ],
        pension: vec![
            PensionRate { group: PayGroup::Officer, from: m("2023-04"), rate: rate("31") },
            PensionRate { group: PayGroup::Officer, from: m("2024-04"), rate: rate("35.3") },
        ],
        apprenticeship_levy: vec![LevyRate { from: m("2023-04"), rate: rate("0.5") }],
    }
}

/// MODEL.md's example post (`dc-1`) with its award and on-costs, over three years.
fn model_example() -> Scenario {
    let mut s = one_post_year();
    s.horizon.end = m("2026-03");
    s.posts = vec![built(
        "dc-1",
        PayGroup::Officer,
        "46044.00",
        vec![
            allowance("London weighting", "3065.00", false, true),
            allowance("London allowance", "2000.00", false, false),
        ],
    )];
    s.pay_awards = vec![PayAward { effective: m("2023-09"), percent: pct("7"), group: Some(PayGroup::Officer) }];
    s.on_costs = model_on_costs();
    s
}

fn parts(o: &Outcome, month_text: &str) -> CostBreakdown {
    month(o, month_text).figures.cost_breakdown
}

#[test]
fn the_model_example_post_by_hand() {
    let o = eval(&model_example());
    // April 2023, no award yet (f = 1). U = 46,044 + 3,065 = 49,109; X = 2,000.
    //   pay          = round2((49,109 + 2,000) / 12) = round2(4,259.0833…) = 4,259.08
    //   pensionable  = round2(46,044 / 12)           = 3,837.00
    //   employer NI  = round2((4,259.08 − 758) × 13.8%) = round2(483.14904) = 483.15
    //   pension      = round2(3,837.00 × 31%)         = 1,189.47
    //   levy         = round2(4,259.08 × 0.5%)         = round2(21.2954) = 21.30
    //   cost         = 4,259.08 + 483.15 + 1,189.47 + 21.30 = 5,953.00
    let april = parts(&o, "2023-04");
    assert_eq!(
        (april.pay, april.employer_ni, april.employer_pension, april.apprenticeship_levy),
        (gbp(4_259_08), gbp(483_15), gbp(1_189_47), gbp(21_30))
    );
    assert_eq!(month(&o, "2023-04").figures.post_cost, gbp(5_953_00));
    // September 2023, the 7% award (f = 1.07) on salary and London weighting only:
    //   pay          = round2((49,109 × 1.07 + 2,000) / 12) = round2(54,546.63 / 12) = round2(4,545.5525) = 4,545.55
    //   pensionable  = round2(46,044 × 1.07 / 12) = round2(4,105.59) = 4,105.59
    //   employer NI  = round2((4,545.55 − 758) × 13.8%) = round2(522.6819) = 522.68
    //   pension      = round2(4,105.59 × 31%) = round2(1,272.7329) = 1,272.73
    //   levy         = round2(4,545.55 × 0.5%) = round2(22.72775) = 22.73
    //   cost         = 6,363.69
    let september = parts(&o, "2023-09");
    assert_eq!(
        (september.pay, september.employer_ni, september.employer_pension, september.apprenticeship_levy),
        (gbp(4_545_55), gbp(522_68), gbp(1_272_73), gbp(22_73))
    );
    assert_eq!(month(&o, "2023-09").figures.post_cost, gbp(6_363_69));
    // April 2024: pension 35.3% (round2(4,105.59 × 35.3%) = round2(1,449.27327) = 1,449.27).
    assert_eq!(parts(&o, "2024-04").employer_pension, gbp(1_449_27));
    assert_eq!(parts(&o, "2024-04").employer_ni, gbp(522_68));
    // April 2025: NI 15% above £417: round2((4,545.55 − 417) × 15%) = round2(619.2825) = 619.28.
    //   cost = 4,545.55 + 619.28 + 1,449.27 + 22.73 = 6,636.83
    assert_eq!(parts(&o, "2025-04").employer_ni, gbp(619_28));
    assert_eq!(month(&o, "2025-04").figures.post_cost, gbp(6_636_83));
    assert_eq!(parts(&o, "2025-04").all_in, Money::ZERO);
}

#[test]
fn the_parts_add_up_to_the_post_cost_in_every_month_year_and_in_total() {
    let mut s = model_example();
    s.posts.push(simple_post("all-in"));
    let o = eval(&s);
    for f in o.months.iter().map(|m| &m.figures).chain(o.years.iter().map(|y| &y.figures)).chain([&o.total]) {
        assert_eq!(f.cost_breakdown.total(), f.post_cost);
        assert!(f.cost_breakdown.all_in.is_positive() && f.cost_breakdown.pay.is_positive());
    }
    // The all-in post is £1,000.00 a month, whatever the on-costs.
    assert_eq!(year(&o, 2023).figures.cost_breakdown.all_in, gbp(12_000_00));
}

#[test]
fn an_award_for_one_group_leaves_the_other_groups_alone() {
    let mut s = one_post_year();
    // £12,000 salary: £1,000.00 a month before awards, no on-costs.
    s.posts = vec![
        built("officer", PayGroup::Officer, "12000", vec![]),
        built("staff", PayGroup::Staff, "12000", vec![]),
        simple_post("no-group"),
    ];
    s.posts[0].backfill = Some(Backfill { annual_cost: money("12000") });
    s.pay_awards = vec![
        PayAward { effective: m("2023-09"), percent: pct("10"), group: Some(PayGroup::Officer) },
        PayAward { effective: m("2023-08"), percent: pct("5"), group: Some(PayGroup::Staff) },
        PayAward::for_all(m("2024-01"), pct("1")),
    ];
    s.grant.allocations.clear();
    let o = eval(&s);
    let post = |o: &Outcome, month_text: &str| month(o, month_text).figures.post_cost;
    // August: staff only, £1,050.00; the others £1,000.00 each.
    assert_eq!(post(&o, "2023-08"), gbp(3_050_00));
    // September: officer £1,100.00, staff £1,050.00, no group £1,000.00.
    assert_eq!(post(&o, "2023-09"), gbp(3_150_00));
    // January: 1% for all on top: £1,111.00 + £1,060.50 + £1,010.00.
    assert_eq!(post(&o, "2024-01"), gbp(3_181_50));
    // The officer's backfill takes the officer's awards: £1,100.00 in September, not £1,050.00.
    assert_eq!(month(&o, "2023-09").figures.backfill_cost, gbp(1_100_00));
    assert_eq!(month(&o, "2024-01").figures.backfill_cost, gbp(1_111_00));
}

#[test]
fn an_allowance_not_uprated_keeps_its_cash_value() {
    let mut s = one_post_year();
    // Salary £12,000 and £1,200 fixed, £600 uprated; a 10% award from October.
    s.posts = vec![built(
        "p",
        PayGroup::Officer,
        "12000",
        vec![allowance("London allowance", "1200", false, false), allowance("Weighting", "600", false, true)],
    )];
    s.pay_awards = vec![PayAward::for_all(m("2023-10"), pct("10"))];
    let o = eval(&s);
    // Before: (12,000 + 600 + 1,200) / 12 = 1,150.00. After: (12,600 × 1.1 + 1,200) / 12 = 1,255.00.
    assert_eq!(parts(&o, "2023-09").pay, gbp(1_150_00));
    assert_eq!(parts(&o, "2023-10").pay, gbp(1_255_00));
}

#[test]
fn pensionable_pay_takes_the_pensionable_allowances_only() {
    let mut s = one_post_year();
    s.posts = vec![built(
        "p",
        PayGroup::Officer,
        "12000",
        vec![
            allowance("Pensionable, uprated", "1200", true, true),
            allowance("Pensionable, fixed", "600", true, false),
            allowance("Not pensionable", "2400", false, true),
        ],
    )];
    s.pay_awards = vec![PayAward::for_all(m("2023-10"), pct("10"))];
    s.on_costs.pension = vec![PensionRate { group: PayGroup::Officer, from: m("2023-04"), rate: rate("10") }];
    let o = eval(&s);
    // Before: pensionable (12,000 + 1,200 + 600) / 12 = 1,150.00; pension 115.00.
    assert_eq!(parts(&o, "2023-04").employer_pension, gbp(115_00));
    // After: (12,000 × 1.1 + 1,200 × 1.1 + 600) / 12 = 1,260.00; pension 126.00.
    assert_eq!(parts(&o, "2023-10").employer_pension, gbp(126_00));
    // A staff member has no officer pension rate: no pension on-cost.
    s.posts[0].group = Some(PayGroup::Staff);
    assert_eq!(parts(&eval(&s), "2023-04").employer_pension, Money::ZERO);
}

#[test]
fn a_part_time_post_pays_ni_above_the_whole_threshold() {
    let mut s = one_post_year();
    let mut p = built("p", PayGroup::Staff, "24000", vec![]);
    p.fte = Fte::parse("0.5").unwrap();
    s.posts = vec![p];
    s.on_costs = model_on_costs();
    let o = eval(&s);
    // Pay = round2(0.5 × 24,000 / 12) = 1,000.00; NI on 1,000.00 − 758.00 (not 379.00) = 242.00:
    // round2(242 × 13.8%) = round2(33.396) = 33.40.
    assert_eq!(parts(&o, "2023-04").pay, gbp(1_000_00));
    assert_eq!(parts(&o, "2023-04").employer_ni, gbp(33_40));
    // Pay below the threshold owes no NI.
    s.posts[0].fte = Fte::parse("0.3").unwrap();
    assert_eq!(parts(&eval(&s), "2023-04").employer_ni, Money::ZERO);
}

#[test]
fn a_rate_change_mid_year_and_mid_quarter_applies_from_its_month() {
    let mut s = one_post_year();
    s.posts = vec![built("p", PayGroup::Officer, "12000", vec![])];
    // Pension 20% from October (mid-year), the levy 1% from August (the middle of Q2).
    s.on_costs.pension = vec![
        PensionRate { group: PayGroup::Officer, from: m("2023-04"), rate: rate("10") },
        PensionRate { group: PayGroup::Officer, from: m("2023-10"), rate: rate("20") },
        PensionRate { group: PayGroup::Staff, from: m("2023-10"), rate: rate("90") },
    ];
    s.on_costs.apprenticeship_levy = vec![LevyRate { from: m("2023-08"), rate: rate("1") }];
    s.grant.allocations[0].amount = money("100000");
    let o = eval(&s);
    assert_eq!(parts(&o, "2023-09").employer_pension, gbp(100_00));
    assert_eq!(parts(&o, "2023-10").employer_pension, gbp(200_00));
    assert_eq!(parts(&o, "2023-07").apprenticeship_levy, Money::ZERO);
    assert_eq!(parts(&o, "2023-08").apprenticeship_levy, gbp(10_00));
    // Q2 (Jul to Sep): 1,100 + 1,110 + 1,110 = 3,320.00, invoiced as one.
    let q2 = o.invoices.iter().find(|i| i.label() == "2023/24 Q2").unwrap();
    assert_eq!(q2.amount, gbp(3_320_00));
    // The year: 6 × 1,100 (Apr to Sep, levy from Aug) + 2 × 10 + 6 × 1,210 = 13,880.00.
    assert_eq!(year(&o, 2023).figures.post_cost, gbp(13_880_00));
}

#[test]
fn no_entry_in_force_means_no_on_cost() {
    let mut s = one_post_year();
    s.posts = vec![built("p", PayGroup::Officer, "12000", vec![])];
    s.on_costs.employer_ni = vec![NiRate { from: m("2024-01"), rate: rate("10"), monthly_threshold: money("0") }];
    let o = eval(&s);
    assert_eq!(parts(&o, "2023-12").employer_ni, Money::ZERO);
    assert_eq!(parts(&o, "2024-01").employer_ni, gbp(100_00));
    // File order does not matter: the latest `from` on or before the month is in force.
    s.on_costs.employer_ni.insert(0, NiRate { from: m("2024-02"), rate: rate("20"), monthly_threshold: money("0") });
    assert_eq!(parts(&eval(&s), "2024-01").employer_ni, gbp(100_00));
    assert_eq!(parts(&eval(&s), "2024-02").employer_ni, gbp(200_00));
}

#[test]
fn a_redeployed_built_post_moves_its_whole_cost() {
    let mut s = model_example();
    s.grant.stops_after = Some(m("2023-12"));
    s.posts[0].on_funding_stop = StopResponse { action: StopAction::RedeployOcu, lag_months: 0 };
    let o = eval(&s);
    let jan = &month(&o, "2024-01").figures;
    // The full monthly cost of September 2023's rates (6,363.69) is borne elsewhere.
    assert_eq!(jan.redeployed_cost, gbp(6_363_69));
    assert_eq!((jan.post_cost, jan.cost_breakdown), (Money::ZERO, CostBreakdown::default()));
    // Pension at 35.3% from April 2024 raises the redeployed cost too.
    assert_eq!(month(&o, "2024-04").figures.redeployed_cost, gbp(6_363_69 - 1_272_73 + 1_449_27));
}

#[test]
fn a_built_post_in_a_vacancy_costs_nothing_in_any_part() {
    let mut s = model_example();
    s.posts[0].vacancies = vec![Vacancy { from: m("2023-06"), to: m("2023-07") }];
    let o = eval(&s);
    assert_eq!(month(&o, "2023-06").figures.cost_breakdown, CostBreakdown::default());
    assert_eq!(parts(&o, "2023-08").pay, gbp(4_259_08));
}

#[test]
fn on_costs_do_not_touch_all_in_posts() {
    let base = one_post_year();
    let mut with = base.clone();
    with.on_costs = model_on_costs();
    assert_eq!(eval(&with).total, eval(&base).total);
    assert_eq!(eval(&base).total.cost_breakdown.all_in, gbp(12_000_00));
}
