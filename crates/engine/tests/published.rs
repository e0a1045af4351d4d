//! The ready-made option "Published pay awards and on-costs, 2023 to 2026": the figures of
//! `shared/data/uk-pay-and-on-costs.json`, a source for each, and links within budget.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use planner_engine::link::OUTLOOK_SAFE_LENGTH;
use planner_engine::published::{self, Place};
use planner_engine::*;

fn option() -> Scenario {
    ReadyMade::PublishedPay.build(&Scenario::default_scenario())
}

fn text<T: std::fmt::Display>(items: impl IntoIterator<Item = T>) -> Vec<String> {
    items.into_iter().map(|x| x.to_string()).collect()
}

#[test]
fn the_option_carries_the_published_figures() {
    let s = option();
    assert_eq!(s.name, "Published pay awards and on-costs, 2023 to 2026");
    let awards: Vec<String> = s
        .pay_awards
        .iter()
        .map(|a| format!("{} {} {}", a.effective, a.percent, a.group.map_or("all", PayGroup::code)))
        .collect();
    assert_eq!(
        awards,
        [
            "2023-08 7 staff",
            "2023-09 7 officer",
            "2024-08 4.75 staff",
            "2024-09 4.75 officer",
            "2025-08 4.2 staff",
            "2025-09 4.2 officer"
        ]
    );
    let ni = s.on_costs.employer_ni.iter().map(|e| format!("{} {} {}", e.from, e.rate, e.monthly_threshold));
    assert_eq!(text(ni), ["2023-04 13.8 758.00", "2025-04 15 417.00"]);
    let pension = s.on_costs.pension.iter().map(|e| format!("{} {} {}", e.group.code(), e.from, e.rate));
    assert_eq!(
        text(pension),
        ["officer 2023-04 31", "officer 2024-04 35.3", "staff 2023-04 27.1", "staff 2024-04 28.97"]
    );
    assert_eq!(text(s.on_costs.apprenticeship_levy.iter().map(|e| e.rate)), ["0.5"]);
    // Every post of the default scenario is built from pay; officers and staff.
    let pay = |i: usize| s.posts[i].pay.as_ref().unwrap();
    assert!(s.posts.iter().all(|p| p.is_built() && p.annual_cost.is_zero()));
    assert_eq!(s.posts.iter().filter(|p| p.group == Some(PayGroup::Officer)).count(), 4);
    assert_eq!((pay(0).salary, pay(1).salary, pay(4).salary), (money("49000"), money("43032"), money("27545")));
    assert_eq!(pay(1).allowances[1].annual, money("5338"));
    assert!(!pay(1).allowances[1].uprated && pay(1).allowances[0].uprated);
    assert_eq!(s.file_version(), 2);
}

#[test]
fn every_figure_has_a_source_and_the_assumptions_are_marked() {
    let s = option();
    let sources = published::sources();
    let has = |place: Place| sources.iter().filter(|x| x.place == place).count();
    for i in 0..s.pay_awards.len() {
        assert_eq!(has(Place::PayAward(i)), 1, "pay_awards[{i}]");
    }
    for i in 0..s.on_costs.employer_ni.len() {
        assert_eq!(has(Place::EmployerNi(i)), 1);
    }
    for i in 0..s.on_costs.pension.len() {
        assert_eq!(has(Place::Pension(i)), 1);
    }
    assert_eq!(has(Place::ApprenticeshipLevy(0)), 1);
    for p in &s.posts {
        let id: &'static str = Box::leak(p.id.clone().into_boxed_str());
        assert_eq!(has(Place::Salary(id)), 1, "{id}");
        for j in 0..p.pay.as_ref().unwrap().allowances.len() {
            assert_eq!(has(Place::Allowance(id, j)), 1, "{id} allowance {j}");
        }
    }
    // Nothing points at a figure that is not there.
    let total = s.pay_awards.len()
        + s.on_costs.employer_ni.len()
        + s.on_costs.pension.len()
        + s.on_costs.apprenticeship_levy.len()
        + s.posts.iter().map(|p| 1 + p.pay.as_ref().unwrap().allowances.len()).sum::<usize>();
    assert_eq!(sources.len(), total);
    // The data file's "not found": staff awards before 2025, the sergeant's pay, London
    // weighting and London allowance amounts.
    let assumed: Vec<Place> = sources.iter().filter(|x| x.assumption).map(|x| x.place).collect();
    assert!(assumed.contains(&Place::PayAward(0)) && assumed.contains(&Place::PayAward(2)));
    assert!(!assumed.contains(&Place::PayAward(4)) && !assumed.contains(&Place::PayAward(1)));
    assert!(assumed.contains(&Place::Salary("ds-marsoc")) && !assumed.contains(&Place::Salary("ido")));
    assert_eq!(assumed.len(), 2 + 1 + 8);
    assert!(sources.iter().all(|x| x.assumption == x.source.starts_with("Assumption")));
}

#[test]
fn the_option_evaluates_and_its_parts_show_what_moved() {
    let o = eval(&option());
    let y = |fy| year(&o, fy).figures;
    for fy in [2023, 2024, 2025] {
        let f = y(fy);
        assert_eq!(f.cost_breakdown.total(), f.post_cost);
        assert_eq!(f.cost_breakdown.all_in, Money::ZERO);
        assert!(f.cost_breakdown.employer_ni.is_positive() && f.cost_breakdown.apprenticeship_levy.is_positive());
    }
    // The officer pension rate rises in April 2024 and NI in April 2025.
    assert!(y(2024).cost_breakdown.employer_pension > y(2023).cost_breakdown.employer_pension);
    assert!(y(2025).cost_breakdown.employer_ni > y(2024).cost_breakdown.employer_ni);
    // The detective constable of April 2023 by hand: pay round2((43,032 + 2,865 + 5,338) / 12)
    // = round2(4,269.5833…) = 4,269.58; NI round2((4,269.58 − 758) × 13.8%) = round2(484.59804)
    // = 484.60; pension round2(43,032 / 12 × 31%) = round2(3,586 × 31%) = 1,111.66; levy
    // round2(21.3479) = 21.35: 5,887.19.
    let mut one = option();
    one.posts.retain(|p| p.id == "dc-marsoc");
    assert_eq!(month(&eval(&one), "2023-04").figures.post_cost, gbp(5_887_19));
}

#[test]
fn links_of_the_option_fit_the_budgets() {
    let base = Scenario::default_scenario();
    let published = option();
    let one = encode_link(&ScenarioSet { made: None, scenarios: vec![published.clone()] });
    // Four: business as usual, the option, and the option with funding lapsing or ending.
    let four = encode_link(&ScenarioSet {
        made: Some("2026-11-26T10:15Z".into()),
        scenarios: vec![
            base,
            published.clone(),
            ReadyMade::AgreementLapses.build(&published),
            ReadyMade::ReviewEndsFunding.build(&published),
        ],
    });
    println!("published option link: one scenario {} characters, four {}", one.len(), four.len());
    assert!(one.starts_with("s=2.") && four.starts_with("s=2."));
    assert!(one.len() <= 600, "one scenario: {} characters (budget 600)", one.len());
    assert!(four.len() <= OUTLOOK_SAFE_LENGTH, "four scenarios: {} characters (budget 1,000)", four.len());
    assert_eq!(decode_link(&four).unwrap().scenarios[1], published);
    // A planner's own figures are not in the dictionary: an edited copy still fits.
    let mut edited = published;
    for (i, p) in edited.posts.iter_mut().enumerate() {
        let pay = p.pay.as_mut().unwrap();
        pay.salary = Money::pence(4_123_456 + 9_876 * i as i64);
        pay.allowances.push(Allowance {
            name: format!("Detective allowance {i}"),
            annual: Money::pence(123_45 * i as i64),
            pensionable: true,
            uprated: false,
        });
    }
    edited.name = "Our own salaries, checked against payroll in Sep 2024".into();
    let own = encode_link(&ScenarioSet { made: None, scenarios: vec![edited] });
    println!("an edited copy: {} characters", own.len());
    assert!(own.len() <= 600, "an edited copy: {} characters (budget 600)", own.len());
}
