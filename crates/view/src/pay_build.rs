//! The pay editor's figures: a built post's build-up for one month, worked out line by
//! line so a planner can check it against payroll, and where each published figure comes
//! from (the data file's source, or an assumption the planner should replace).

use rust_decimal::Decimal;

use crate::format::{pounds, pounds_pence};
use crate::table::{Column, Row, RowKind, Table};
use planner_engine::money::Money;
use planner_engine::month::Month;
use planner_engine::published::{self, Place};
use planner_engine::scenario::Scenario;

fn percent(rate: Decimal) -> String {
    format!("{}%", rate.normalize())
}

/// Post `i`'s cost in `month`, part by part with how each is worked out (`None` for an
/// all-in post).
pub fn build_up_table(scenario: &Scenario, i: usize, month: Month) -> Option<Table> {
    let b = scenario.build_up(i, month)?;
    let post = scenario.posts.get(i)?;
    let factor = b.pay_factor.round_dp(4).normalize();
    let awards = if b.pay_factor == Decimal::ONE {
        "no pay award yet".to_string()
    } else {
        format!("pay awards so far × {factor}")
    };
    let pay_how = format!("Salary and allowances ÷ 12, {awards}, at {} FTE", post.fte);
    let row = |header: &str, how: String, amount| Row {
        kind: RowKind::Detail,
        header: header.into(),
        cells: vec![how, pounds_pence(amount)],
    };
    let rates = b.rates;
    let rows = vec![
        row("Pay", pay_how, b.cost.pay),
        row(
            "Employer NI",
            format!(
                "{} of pay above {} a month",
                percent(rates.ni_rate),
                pounds_pence(Money::from_decimal(rates.ni_threshold))
            ),
            b.cost.employer_ni,
        ),
        row("Employer pension", format!("{} of pensionable pay", percent(rates.pension)), b.cost.employer_pension),
        row("Apprenticeship levy", format!("{} of pay", percent(rates.levy)), b.cost.apprenticeship_levy),
    ];
    Some(Table {
        id: format!("build-up-{i}"),
        caption: format!("Cost in {}, if in post, in pounds and pence", month.label()),
        columns: vec![
            Column { label: "Part".into(), numeric: false },
            Column { label: "How it is worked out".into(), numeric: false },
            Column { label: "Amount".into(), numeric: true },
        ],
        groups: vec![rows],
        total: Some(Row {
            kind: RowKind::Total,
            header: "Total".into(),
            cells: vec![String::new(), pounds_pence(b.cost.total())],
        }),
    })
}

/// A built post's line in the editor's summary: `£61,640 a year modelled`.
pub fn modelled_cost(scenario: &Scenario, i: usize) -> String {
    format!("{} a year modelled", pounds(scenario.modelled_annual_cost(i)))
}

/// Where a figure comes from, as shown beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceNote {
    /// The data file's source, in its words.
    pub text: &'static str,
    /// No published figure was found: the planner should replace it.
    pub assumption: bool,
}

impl SourceNote {
    /// `Source: …` or `Assumption to replace: …`.
    pub fn label(&self) -> &'static str {
        if self.assumption {
            "Assumption to replace"
        } else {
            "Source"
        }
    }
}

fn note(place: Place) -> Option<SourceNote> {
    published::sources()
        .into_iter()
        .find(|s| s.place == place)
        .map(|s| SourceNote { text: s.source.trim_start_matches("Assumption: "), assumption: s.assumption })
}

/// Where a figure of the scenario comes from, when it is exactly the published one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    PayAward(usize),
    EmployerNi(usize),
    Pension(usize),
    ApprenticeshipLevy(usize),
    /// Post `i`'s salary.
    Salary(usize),
    /// Post `i`'s allowance `j`.
    Allowance(usize, usize),
}

/// The source of a figure that equals a published one (the same month, rate and group, or
/// the same pay of one of the five posts); `None` for a figure the planner entered.
pub fn source_of(scenario: &Scenario, figure: Figure) -> Option<SourceNote> {
    let find = |found: Option<usize>, place: fn(usize) -> Place| found.and_then(|k| note(place(k)));
    let rates = published::on_costs();
    match figure {
        Figure::PayAward(k) => {
            let a = scenario.pay_awards.get(k)?;
            find(published::pay_awards().iter().position(|p| p == a), Place::PayAward)
        }
        Figure::EmployerNi(k) => {
            let e = scenario.on_costs.employer_ni.get(k)?;
            find(rates.employer_ni.iter().position(|p| p == e), Place::EmployerNi)
        }
        Figure::Pension(k) => {
            let e = scenario.on_costs.pension.get(k)?;
            find(rates.pension.iter().position(|p| p == e), Place::Pension)
        }
        Figure::ApprenticeshipLevy(k) => {
            let e = scenario.on_costs.apprenticeship_levy.get(k)?;
            find(rates.apprenticeship_levy.iter().position(|p| p == e), Place::ApprenticeshipLevy)
        }
        Figure::Salary(i) | Figure::Allowance(i, _) => {
            let post = scenario.posts.get(i)?;
            let pay = post.pay.as_ref()?;
            let (_, published) = published::pay_of(&post.id)?;
            let place = published::sources().into_iter().map(|s| s.place).find(|p| match (p, figure) {
                (Place::Salary(id), Figure::Salary(_)) => *id == post.id && pay.salary == published.salary,
                (Place::Allowance(id, j), Figure::Allowance(_, k)) => {
                    *id == post.id
                        && *j == k
                        && pay.allowances.get(k).is_some()
                        && pay.allowances.get(k) == published.allowances.get(k)
                }
                _ => false,
            })?;
            note(place)
        }
    }
}

#[cfg(test)]
#[path = "pay_build_tests.rs"]
mod tests;
