//! The public figures a planner enters to build salary and on-costs for the MARSOC posts,
//! 2023/24 to 2025/26, from `shared/data/uk-pay-and-on-costs.json`: pay awards, employer
//! National Insurance, pension rates and the apprenticeship levy, and illustrative pay
//! for the five posts. [`sources`] says where each figure comes from and which are
//! assumptions (the data file found no published figure), so a screen can label them;
//! the figures themselves are kept apart from the sources, so a build that never shows a
//! source carries none of their text.

use crate::money::{Money, Percent};
use crate::month::Month;
use crate::on_costs::{LevyRate, NiRate, OnCosts, PensionRate, Rate};
use crate::pay::{Allowance, Pay, PayGroup};
use crate::scenario::PayAward;

use PayGroup::{Officer, Staff};

/// Pay awards in order of effective month: (year, month, percent, group).
const AWARDS: [(i32, u32, &str, PayGroup); 6] = [
    (2023, 8, "7", Staff),
    (2023, 9, "7", Officer),
    (2024, 8, "4.75", Staff),
    (2024, 9, "4.75", Officer),
    (2025, 8, "4.2", Staff),
    (2025, 9, "4.2", Officer),
];

/// Employer NI: (year, month, rate, monthly threshold).
const NI: [(i32, u32, &str, &str); 2] = [(2023, 4, "13.8", "758.00"), (2025, 4, "15", "417.00")];

/// Employer pension: (group, year, month, rate).
const PENSION: [(PayGroup, i32, u32, &str); 4] =
    [(Officer, 2023, 4, "31"), (Officer, 2024, 4, "35.3"), (Staff, 2023, 4, "27.1"), (Staff, 2024, 4, "28.97")];

/// The apprenticeship levy: (year, month, rate).
const LEVY: [(i32, u32, &str); 1] = [(2023, 4, "0.5")];

/// Illustrative pay as at April 2023, before that year's awards, by post id of the
/// default scenario: (id, group, salary, allowances as (name, annual, pensionable, uprated)).
type PostPay = (&'static str, PayGroup, &'static str, &'static [(&'static str, &'static str, bool, bool)]);
const LONDON: [(&str, &str, bool, bool); 2] =
    [("London weighting", "2865.00", false, true), ("London allowance", "5338.00", false, false)];
const POSTS: [PostPay; 5] = [
    ("ds-marsoc", Officer, "49000.00", &LONDON),
    ("dc-marsoc", Officer, "43032.00", &LONDON),
    ("dc-corruption-1", Officer, "43032.00", &LONDON),
    ("dc-corruption-2", Officer, "43032.00", &LONDON),
    ("ido", Staff, "27545.00", &[("Location allowance (inner London)", "2148.00", false, true)]),
];

fn rate(text: &str) -> Rate {
    Rate::parse(text).unwrap_or_default()
}

/// The published pay awards, officers' and staff's.
pub fn pay_awards() -> Vec<PayAward> {
    AWARDS
        .iter()
        .map(|&(year, month, percent, group)| PayAward {
            effective: Month::known(year, month),
            percent: Percent::parse(percent).unwrap_or_default(),
            group: Some(group),
        })
        .collect()
}

/// The published employer NI, pension and levy rates.
pub fn on_costs() -> OnCosts {
    OnCosts {
        employer_ni: NI
            .iter()
            .map(|&(year, month, r, threshold)| NiRate {
                from: Month::known(year, month),
                rate: rate(r),
                monthly_threshold: Money::parse(threshold).unwrap_or_default(),
            })
            .collect(),
        pension: PENSION
            .iter()
            .map(|&(group, year, month, r)| PensionRate { group, from: Month::known(year, month), rate: rate(r) })
            .collect(),
        apprenticeship_levy: LEVY
            .iter()
            .map(|&(year, month, r)| LevyRate { from: Month::known(year, month), rate: rate(r) })
            .collect(),
    }
}

/// The illustrative pay of a post of the default scenario, by its id.
pub fn pay_of(post_id: &str) -> Option<(PayGroup, Pay)> {
    let &(_, group, salary, allowances) = POSTS.iter().find(|p| p.0 == post_id)?;
    let allowances = allowances
        .iter()
        .map(|&(name, annual, pensionable, uprated)| Allowance {
            name: name.into(),
            annual: Money::parse(annual).unwrap_or_default(),
            pensionable,
            uprated,
        })
        .collect();
    Some((group, Pay { salary: Money::parse(salary).unwrap_or_default(), allowances }))
}

/// Where a figure of the ready-made option sits in its scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    /// `pay_awards[i]`
    PayAward(usize),
    /// `on_costs.employer_ni[i]`
    EmployerNi(usize),
    /// `on_costs.pension[i]`
    Pension(usize),
    /// `on_costs.apprenticeship_levy[i]`
    ApprenticeshipLevy(usize),
    /// The salary of the post with this id.
    Salary(&'static str),
    /// Allowance `i` of the post with this id.
    Allowance(&'static str, usize),
}

/// One figure's source, and whether it is an assumption the planner should replace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub place: Place,
    pub source: &'static str,
    pub assumption: bool,
}

const fn published(place: Place, source: &'static str) -> Source {
    Source { place, source, assumption: false }
}

const fn assumed(place: Place, source: &'static str) -> Source {
    Source { place, source, assumption: true }
}

const NOT_FOUND_STAFF: &str = "Assumption: Met police staff awards for 2023/24 and 2024/25 were not found (the Met said it set aside money equivalent to the officer award for 2023/24); the officer award is used from 1 August, when Met staff pay years start";
const LONDON_WEIGHTING: &str = "Assumption: London weighting cash amounts for 2023 to 2025 were not found; an illustrative amount, raised with each officer award (London weighting +7%, +4.75%)";
const LONDON_ALLOWANCE: &str = "Assumption: London allowance maximum £5,338 from 1 Sep 2020 (Home Office circular 005/2021), not raised by pay awards; the amount from 1 Apr 2025 was not found";
const CONSTABLE: &str = "Constable pay point 7 before the 1 Sep 2023 award: £48,231 from Sep 2024 (police pay scales 2024 to 2025) = 2023/24 × 1.0475 ≈ £46,044, ÷ 1.07 (Police Update, 13 Jul 2023)";

/// The source of every figure of the ready-made option "Published pay awards and
/// on-costs, 2023 to 2026" ([`crate::ReadyMade::PublishedPay`]).
pub fn sources() -> Vec<Source> {
    let mut out = vec![
        assumed(Place::PayAward(0), NOT_FOUND_STAFF),
        published(Place::PayAward(1), "Police Update, written ministerial statement, Home Secretary, 13 Jul 2023: 7% consolidated on all ranks to chief superintendent from 1 Sep 2023"),
        assumed(Place::PayAward(2), NOT_FOUND_STAFF),
        published(Place::PayAward(3), "Police Remuneration, written ministerial statement, Home Secretary, 29 Jul 2024: 4.75% on all ranks and pay points from 1 Sep 2024"),
        published(Place::PayAward(4), "Met police staff: 4.2% backdated to 1 Aug 2025, plus a £900 one-off payment (Unite, Jan 2026)"),
        published(Place::PayAward(5), "Government acceptance of the PRRB 2025 recommendation, 4.2% (Police Professional; Police Federation of England and Wales), from 1 September"),
        published(Place::EmployerNi(0), "HMRC, Rates and thresholds for employers 2023 to 2024 and 2024 to 2025: 13.8% above £9,100 a year (£758 a month)"),
        published(Place::EmployerNi(1), "HMRC, Rates and thresholds for employers 2025 to 2026: 15% above £5,000 a year (£417 a month) from 6 Apr 2025"),
        published(Place::Pension(0), "Police pension schemes employer contribution 31% of pensionable pay from 1 Apr 2019 (SI 2019/1049)"),
        published(Place::Pension(1), "Home Office evidence to the PRRB 2024 to 2025, para 3: 35.3% from 1 Apr 2024 (SI 2024/920)"),
        published(Place::Pension(2), "Civil Service pension scheme (EPN698): employer rate 27.1% for salaries £23,001 to £45,500, 1 Apr 2019 to 31 Mar 2024"),
        published(Place::Pension(3), "Civil Service pension scheme: flat employer rate averaging 28.97% including the administration levy, Apr 2024 to Mar 2027 (EPN698)"),
        published(Place::ApprenticeshipLevy(0), "HMRC PAYE Manual PAYE56110: 0.5% of the pay bill (the £15,000 annual allowance is negligible for the Met)"),
        assumed(Place::Salary("ds-marsoc"), "Assumption: Sergeant pay points 2023/24 to 2025/26 were not found (Annex F of Police Regulations 2003); an illustrative salary"),
        published(Place::Salary("ido"), "Met police staff Band E, £25,591 to £27,545: the top of the band (Met police staff pay and benefits careers page, undated)"),
        published(Place::Allowance("ido", 0), "Met police staff location allowance, inner London £2,148 (careers page, undated)"),
    ];
    for id in ["dc-marsoc", "dc-corruption-1", "dc-corruption-2"] {
        out.push(published(Place::Salary(id), CONSTABLE));
    }
    for id in ["ds-marsoc", "dc-marsoc", "dc-corruption-1", "dc-corruption-2"] {
        out.push(assumed(Place::Allowance(id, 0), LONDON_WEIGHTING));
        out.push(assumed(Place::Allowance(id, 1), LONDON_ALLOWANCE));
    }
    out
}
