//! The Decide view's model: the IAM panel's questions about the workspace's plans
//! ([`planner_engine::analysis`]), display-ready, so the web crate only renders.
//!
//! The view's inputs are kept as typed ([`Typed`]) and read by the engine's own parsers; a
//! field that does not parse has its own error. The work is split by what it depends on, so
//! typing in one input recomputes only what that input changes:
//! - [`curves`]: each plan's stop-month curve, largest pay award and the comparisons
//!   between plans. No input; the costly part (about 53 evaluations a plan).
//! - [`limit_sentences`] and [`Curves::chart`]: read off the curves with the limit, no evaluation.
//! - [`odds_view`]: the distribution at the review points ((points + 1) × cases evaluations a plan).
//! - [`green_book_view`]: cash, real terms and present value (one evaluation a plan).

pub mod said;

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::chart::decide::{curve_chart, distribution_chart, CurveChart, CurveSeries, DistributionChart, CURVE_SIZE};
use crate::format::{pounds, pounds_pence};
use crate::table::{Column, Row, RowKind};
use planner_engine::analysis::deflators::{DeflatorIndex, IndexValue, DEFAULT_DEFLATOR_SOURCE};
use planner_engine::analysis::green_book::{self, discount_factor, Uplift, Values, DISCOUNT_RATE_PERCENT};
use planner_engine::analysis::odds::{self, review_points, PayAwardCase, ReviewChance};
use planner_engine::analysis::{
    compare, max_pay_award, stop_month_curve, within_limit, Chance, Comparison, CurvePoint,
};
use planner_engine::analysis::{Deflators, Odds, PayAwardSwitch};
use planner_engine::error::Error;
use planner_engine::money::{Money, Percent};
use planner_engine::month::{FinancialYear, Month};
use planner_engine::scenario::{Horizon, Scenario};
use said::{limit_sentence, pay_award_sentence};

/// A table of the view: like [`crate::table::Table`], with an id made at run time (one per plan).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataTable {
    pub id: String,
    pub caption: String,
    pub columns: Vec<Column>,
    /// One `<tbody>` each.
    pub groups: Vec<Vec<Row>>,
}

/// A sentence about one plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub name: String,
    pub sentence: String,
}

/// The limit until the planner types another: the figure of the panel's usual question.
pub const DEFAULT_LIMIT: &str = "100,000";
/// The chance that funding continues past each review point until the planner says otherwise.
pub const DEFAULT_CHANCE: &str = "80";
/// Low, central and high uniform pay awards (percent every September) and their weights.
pub const DEFAULT_CASES: [(&str, &str, &str); 3] = [("Low", "2", "25"), ("Central", "4", "50"), ("High", "7", "25")];

/// Reads the limit as a person types it (`100000`, `£100,000`).
///
/// # Errors
/// The reason, ready to show beside the field.
pub fn parse_limit(text: &str) -> Result<Money, String> {
    Money::parse_input(text)
}

/// A field of the view: its element id, its text until the planner types, and its parser.
pub trait InputField: Copy + Ord {
    fn id(self) -> String;
    fn default_text(self) -> String;
    /// The engine's reason the text is not a valid value.
    ///
    /// # Errors
    /// That reason, ready to show beside the field.
    fn check(self, text: &str) -> Result<(), String>;
}

/// What the planner typed into fields of one kind; a field never typed in shows its default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed<F: Ord> {
    typed: BTreeMap<F, String>,
}

impl<F: Ord> Default for Typed<F> {
    fn default() -> Self {
        Typed { typed: BTreeMap::new() }
    }
}

impl<F: InputField> Typed<F> {
    /// The text the field shows.
    pub fn text(&self, field: F) -> String {
        self.typed.get(&field).cloned().unwrap_or_else(|| field.default_text())
    }

    /// Why the field's text is not valid, if it is not.
    pub fn error(&self, field: F) -> Option<String> {
        self.typed.get(&field).and_then(|text| field.check(text).err())
    }

    /// Whether the planner has typed in the field.
    pub fn is_typed(&self, field: F) -> bool {
        self.typed.contains_key(&field)
    }

    /// A copy with `text` typed into `field`.
    pub fn with(&self, field: F, text: String) -> Self {
        let mut next = self.clone();
        next.typed.insert(field, text);
        next
    }
}

/// The fields of the review-point odds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OddsField {
    /// The chance in percent that funding continues past the review point.
    Chance(Month),
    /// The uniform award of pay-award case `i` ([`DEFAULT_CASES`]), percent every September.
    CasePercent(usize),
    /// The weight of pay-award case `i`, percent.
    CaseWeight(usize),
}

impl InputField for OddsField {
    fn id(self) -> String {
        match self {
            OddsField::Chance(m) => format!("decide-chance-{m}"),
            OddsField::CasePercent(i) => format!("decide-case-{i}-percent"),
            OddsField::CaseWeight(i) => format!("decide-case-{i}-weight"),
        }
    }

    fn default_text(self) -> String {
        let case = |i: usize| DEFAULT_CASES.get(i).copied().unwrap_or(("", "0", "0"));
        match self {
            OddsField::Chance(_) => DEFAULT_CHANCE.into(),
            OddsField::CasePercent(i) => case(i).1.into(),
            OddsField::CaseWeight(i) => case(i).2.into(),
        }
    }

    fn check(self, text: &str) -> Result<(), String> {
        match self {
            OddsField::Chance(_) | OddsField::CaseWeight(_) => Chance::parse(text).map(|_| ()),
            OddsField::CasePercent(_) => Percent::parse(text).map(|_| ()),
        }
    }
}

/// The odds as typed: a chance per review point, and the pay-award cases when switched on.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OddsInputs {
    pub typed: Typed<OddsField>,
    /// Off by default: each plan keeps its own pay awards.
    pub cases_on: bool,
}

/// The fields of the Green Book view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GreenBookField {
    OptimismBias,
    /// The GDP deflator index of a financial year.
    Deflator(FinancialYear),
}

impl InputField for GreenBookField {
    fn id(self) -> String {
        match self {
            GreenBookField::OptimismBias => "decide-optimism-bias".into(),
            GreenBookField::Deflator(fy) => format!("decide-deflator-{}", fy.0),
        }
    }

    /// The optimism bias is 0%; a deflator is the illustrative default to six decimals.
    fn default_text(self) -> String {
        match self {
            GreenBookField::OptimismBias => "0".into(),
            GreenBookField::Deflator(fy) => illustrative(fy).round_dp(6).normalize().to_string(),
        }
    }

    fn check(self, text: &str) -> Result<(), String> {
        match self {
            GreenBookField::OptimismBias => Uplift::parse(text).map(|_| ()),
            GreenBookField::Deflator(_) => IndexValue::parse(text).map(|_| ()),
        }
    }
}

/// The illustrative default index of `fy`, exact.
fn illustrative(fy: FinancialYear) -> Decimal {
    Deflators::illustrative(fy, &[fy]).get(fy).unwrap_or(Decimal::ONE_HUNDRED)
}

/// Why a part of the view cannot be worked out yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocked {
    /// A field does not parse: its error is beside it.
    Fields,
    /// The pay-award cases do not fit together (weights not adding up to 100%).
    Cases(String),
    /// The engine refused a plan (a bug: the editor only keeps plans that evaluate).
    Failed(String),
}

/// One plan's stop-month curve and largest pay award.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanCurve {
    /// Its position in the workspace: 0 is business as usual.
    pub index: usize,
    pub name: String,
    pub horizon: Horizon,
    pub own_stop: Option<Month>,
    pub curve: Vec<CurvePoint>,
    pub pay_award: PayAwardSwitch,
}

/// The input-free part of the analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Curves {
    pub plans: Vec<PlanCurve>,
    /// Each option against business as usual, where their horizons match.
    pub against_baseline: Vec<Comparison>,
    /// Every other pair of plans with the same horizon.
    pub between_options: Vec<Comparison>,
    /// Plans the engine refused, in words.
    pub failed: Vec<String>,
}

/// Each plan's stop-month curve and largest pay award, and which plan costs the MPS less
/// at each stop month (`scenarios[0]` is business as usual).
pub fn curves(scenarios: &[Scenario]) -> Curves {
    let mut plans = Vec::with_capacity(scenarios.len());
    let mut failed = Vec::new();
    for (index, s) in scenarios.iter().enumerate() {
        match stop_month_curve(s).and_then(|curve| Ok((curve, max_pay_award(s)?))) {
            Ok((curve, pay_award)) => plans.push(PlanCurve {
                index,
                name: s.name.clone(),
                horizon: s.horizon,
                own_stop: s.grant.stops_after,
                curve,
                pay_award,
            }),
            Err(e) => failed.push(format!("“{}” could not be analysed: {e}", s.name)),
        }
    }
    let (mut against_baseline, mut between_options) = (Vec::new(), Vec::new());
    for (i, a) in plans.iter().enumerate() {
        for b in plans.iter().skip(i + 1).filter(|b| b.horizon == a.horizon) {
            if let Some(c) = compare(&a.name, &a.curve, &b.name, &b.curve) {
                if a.index == 0 {
                    against_baseline.push(c)
                } else {
                    between_options.push(c)
                }
            }
        }
    }
    Curves { plans, against_baseline, between_options, failed }
}

impl Curves {
    /// Every plan's curve on one chart, with the limit when it is valid.
    pub fn chart(&self, limit: Option<Money>) -> CurveChart {
        let series: Vec<CurveSeries> =
            self.plans.iter().map(|p| CurveSeries { name: &p.name, curve: &p.curve, own_stop: p.own_stop }).collect();
        curve_chart(&series, limit, CURVE_SIZE)
    }

    /// The largest uniform pay award each plan's caps absorb, in a sentence.
    pub fn pay_award_sentences(&self) -> Vec<Said> {
        self.plans.iter().map(|p| Said { name: p.name.clone(), sentence: pay_award_sentence(&p.pay_award) }).collect()
    }
}

/// How early funding can stop in each plan with the cost to the MPS within `limit`.
pub fn limit_sentences(curves: &Curves, limit: Money) -> Vec<Said> {
    curves
        .plans
        .iter()
        .map(|p| Said {
            name: p.name.clone(),
            sentence: within_limit(&p.curve, limit).map_or_else(|e| e.to_string(), |s| limit_sentence(&s)),
        })
        .collect()
}

/// The review points of every plan's horizon, in order, each once.
pub fn review_months(scenarios: &[Scenario]) -> Vec<Month> {
    let mut months: Vec<Month> = scenarios.iter().flat_map(|s| review_points(s.horizon)).collect();
    months.sort();
    months.dedup();
    months
}

/// The review-point odds of every plan.
#[derive(Debug, Clone, PartialEq)]
pub struct OddsView {
    /// Expected, median and 90th percentile cost to the MPS, a row per plan.
    pub table: DataTable,
    pub charts: Vec<DistributionChart>,
}

/// The odds as typed, for `scenarios`.
///
/// # Errors
/// [`Blocked::Fields`] while a field used does not parse; [`Blocked::Cases`] when the
/// cases' weights do not add up to 100%; [`Blocked::Failed`] if the engine refuses a plan.
pub fn odds_view(scenarios: &[Scenario], inputs: &OddsInputs) -> Result<OddsView, Blocked> {
    let typed = &inputs.typed;
    let mut chances = Vec::new();
    for m in review_months(scenarios) {
        let chance = Chance::parse(&typed.text(OddsField::Chance(m))).map_err(|_| Blocked::Fields)?;
        chances.push(ReviewChance { month: m, chance_continues: chance });
    }
    let mut cases = Vec::new();
    if inputs.cases_on {
        for (i, (name, _, _)) in DEFAULT_CASES.iter().enumerate() {
            let percent = Percent::parse(&typed.text(OddsField::CasePercent(i))).map_err(|_| Blocked::Fields)?;
            let weight = Chance::parse(&typed.text(OddsField::CaseWeight(i))).map_err(|_| Blocked::Fields)?;
            cases.push(PayAwardCase { name: (*name).into(), percent, weight });
        }
    }
    let headings: Vec<String> =
        cases.iter().map(|c| format!("{}: {}% every September, weight {}%", c.name, c.percent, c.weight)).collect();
    let (mut rows, mut charts) = (Vec::new(), Vec::new());
    for (index, s) in scenarios.iter().enumerate() {
        let points = review_points(s.horizon);
        let odds = Odds {
            review_points: chances.iter().filter(|c| points.contains(&c.month)).copied().collect(),
            pay_award_cases: cases.clone(),
        };
        let d = odds::distribution(s, &odds).map_err(|e| match e {
            Error::Field { path, message } if path.starts_with("odds.pay_award_cases") => Blocked::Cases(message),
            e => Blocked::Failed(format!("“{}” could not be analysed: {e}", s.name)),
        })?;
        rows.push(Row {
            kind: RowKind::Detail,
            header: s.name.clone(),
            cells: vec![pounds(d.expected), pounds(d.p50), pounds(d.p90)],
        });
        charts.push(distribution_chart(index, &s.name, &d, &headings));
    }
    let table = DataTable {
        id: "decide-odds-table".into(),
        caption: "Cost to the MPS given the odds at the review points, in whole pounds".into(),
        columns: columns("Plan", &["Expected", "Median (p50)", "90th percentile (p90)"]),
        groups: vec![rows],
    };
    Ok(OddsView { table, charts })
}

fn columns(first: &str, numeric: &[&str]) -> Vec<Column> {
    std::iter::once(Column { label: first.into(), numeric: false })
        .chain(numeric.iter().map(|l| Column { label: (*l).into(), numeric: true }))
        .collect()
}

/// A financial year of the Green Book view: its deflator field and discount factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeflatorRow {
    pub fy: FinancialYear,
    /// t, years from the base year.
    pub years_from_base: i32,
    /// `0.966184`: 1 ÷ 1.035^t to six decimals.
    pub discount_factor: String,
}

/// The base year (business as usual's first financial year) and every financial year of
/// every plan, the base included, in order.
pub fn green_book_years(scenarios: &[Scenario]) -> (FinancialYear, Vec<DeflatorRow>) {
    let base = scenarios.first().map_or(FinancialYear(2023), |s| s.horizon.start.financial_year());
    let mut years: Vec<FinancialYear> =
        scenarios.iter().flat_map(|s| s.horizon.months().map(|m| m.financial_year())).chain([base]).collect();
    years.sort();
    years.dedup();
    let rows = years
        .into_iter()
        .map(|fy| {
            let t = fy.0 - base.0;
            let factor = discount_factor(t).map_or_else(|_| "—".into(), |d| d.round_dp(6).normalize().to_string());
            DeflatorRow { fy, years_from_base: t, discount_factor: factor }
        })
        .collect();
    (base, rows)
}

/// One plan in the Green Book view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanBook {
    pub name: String,
    /// Cash, real terms and present value by financial year, and against business as usual.
    pub years: DataTable,
    /// Cash by quarter.
    pub quarters: DataTable,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GreenBookView {
    /// Each plan's totals and its present value against business as usual.
    pub totals: DataTable,
    pub plans: Vec<PlanBook>,
    /// Where the deflators come from: illustrative unless the planner typed their own.
    pub deflator_source: String,
    /// What the cost to the MPS is, and the sources of the discount rate and optimism bias.
    pub notes: Vec<String>,
}

/// The Green Book view of `scenarios` with the optimism bias and deflators as typed.
///
/// # Errors
/// [`Blocked::Fields`] while a field does not parse; [`Blocked::Failed`] if the engine
/// refuses the figures.
pub fn green_book_view(scenarios: &[Scenario], inputs: &Typed<GreenBookField>) -> Result<GreenBookView, Blocked> {
    let uplift = Uplift::parse(&inputs.text(GreenBookField::OptimismBias)).map_err(|_| Blocked::Fields)?;
    let (base, rows) = green_book_years(scenarios);
    // A year typed back to its default text is the default again, exactly.
    let changed = |fy: FinancialYear| {
        let field = GreenBookField::Deflator(fy);
        inputs.is_typed(field) && inputs.text(field) != field.default_text()
    };
    let own: Vec<FinancialYear> = rows.iter().map(|r| r.fy).filter(|fy| changed(*fy)).collect();
    let deflator_source = if own.is_empty() {
        format!("{DEFAULT_DEFLATOR_SOURCE}.")
    } else {
        let years: Vec<String> = own.iter().map(|fy| fy.label()).collect();
        format!(
            "Your own figures for {}; the other years are the illustrative default. {DEFAULT_DEFLATOR_SOURCE}.",
            years.join(", ")
        )
    };
    let deflators = if own.is_empty() {
        None
    } else {
        let mut index = Vec::with_capacity(rows.len());
        for r in &rows {
            let field = GreenBookField::Deflator(r.fy);
            let value = if changed(r.fy) {
                IndexValue::parse(&inputs.text(field)).map_err(|_| Blocked::Fields)?
            } else {
                IndexValue::parse(&illustrative(r.fy).normalize().to_string()).map_err(|_| Blocked::Fields)?
            };
            index.push(DeflatorIndex { fy: r.fy, index: value });
        }
        Some(Deflators { base_fy: Some(base), index, source: Some(deflator_source.clone()) })
    };
    let gb = green_book::green_book(scenarios, deflators.as_ref(), Some(uplift))
        .map_err(|e| Blocked::Failed(format!("The Green Book figures could not be worked out: {e}")))?;
    let real = if uplift.factor() == Decimal::ONE {
        format!("Real terms ({} prices)", base.label())
    } else {
        format!("Real terms ({} prices, {uplift}% optimism bias)", base.label())
    };
    let present = format!("Present value ({}%, base {})", DISCOUNT_RATE_PERCENT.normalize(), base.label());
    let mut plans = Vec::with_capacity(gb.scenarios.len());
    let mut total_rows = Vec::with_capacity(gb.scenarios.len());
    for (i, s) in gb.scenarios.iter().enumerate() {
        let fys: Vec<String> = s.years.iter().map(|y| y.fy.label()).chain(["Total".into()]).collect();
        let values: Vec<Values> = s.years.iter().map(|y| y.values).chain([s.total]).collect();
        let row = |header: &str, pick: fn(&Values) -> Money, show: fn(Money) -> String, values: &[Values]| Row {
            kind: RowKind::Detail,
            header: header.into(),
            cells: values.iter().map(|v| show(pick(v))).collect(),
        };
        let nominal = |v: &Values| v.nominal;
        let real_of = |v: &Values| v.real;
        let pv = |v: &Values| v.present_value;
        let mut groups = vec![vec![
            row("Cash (nominal)", nominal, pounds_pence, &values),
            row(&real, real_of, pounds_pence, &values),
            row(&present, pv, pounds_pence, &values),
        ]];
        if let Some(d) = &s.difference_from_business_as_usual {
            let diffs: Vec<Values> = d.years.iter().map(|y| y.values).chain([d.total]).collect();
            groups.push(vec![
                row("Cash against business as usual", nominal, signed_pence, &diffs),
                row("Real terms against business as usual", real_of, signed_pence, &diffs),
                row("Present value against business as usual", pv, signed_pence, &diffs),
            ]);
        }
        let versus = match (&s.difference_from_business_as_usual, i) {
            (_, 0) => "—".into(),
            (Some(d), _) => signed_pence(d.total.present_value),
            (None, _) => "not comparable (another period)".into(),
        };
        total_rows.push(Row {
            kind: RowKind::Detail,
            header: s.scenario.clone(),
            cells: vec![
                pounds_pence(s.total.nominal),
                pounds_pence(s.total.real),
                pounds_pence(s.total.present_value),
                versus,
            ],
        });
        plans.push(PlanBook {
            name: s.scenario.clone(),
            years: DataTable {
                id: format!("decide-green-book-{i}"),
                caption: format!("“{}”: cost to the MPS by financial year", s.scenario),
                columns: columns("Figure", &fys.iter().map(String::as_str).collect::<Vec<_>>()),
                groups,
            },
            quarters: DataTable {
                id: format!("decide-green-book-{i}-quarters"),
                caption: format!("“{}”: cash cost to the MPS by quarter", s.scenario),
                columns: columns("Quarter", &["Cash (nominal)"]),
                groups: vec![s
                    .quarters
                    .iter()
                    .map(|q| Row {
                        kind: RowKind::Detail,
                        header: q.quarter.clone(),
                        cells: vec![pounds_pence(q.nominal)],
                    })
                    .collect()],
            },
        });
    }
    let totals = DataTable {
        id: "decide-green-book-totals".into(),
        caption: "Cost to the MPS over each plan, in cash, in real terms and in present value".into(),
        columns: columns("Plan", &["Cash (nominal)", &real, &present, "Present value against business as usual"]),
        groups: vec![total_rows],
    };
    let notes = vec![gb.cost_to_mps.clone(), gb.discount_rate_source.clone(), gb.optimism_bias_source.clone()];
    Ok(GreenBookView { totals, plans, deflator_source, notes })
}

/// `+£1,234.50`, `-£1,234.50`, `£0.00`: a difference in pounds and pence with its sign written.
fn signed_pence(amount: Money) -> String {
    if amount.is_positive() {
        format!("+{}", pounds_pence(amount))
    } else {
        pounds_pence(amount)
    }
}

/// One plan's decision figures with the Decide view's default inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionRow {
    pub name: String,
    /// Expected, median and 90th percentile cost to the MPS, in whole pounds (`None` if the
    /// odds could not be worked out).
    pub odds: Option<[String; 3]>,
    /// The earliest stop within the default limit, briefly (`Dec 2023`).
    pub earliest_stop: String,
    /// The same in a sentence, as the Decide view says it.
    pub stop_sentence: String,
    /// The largest pay award the caps absorb, briefly (`3.57%`).
    pub max_award: String,
    /// The same in a sentence, as the Decide view says it.
    pub pay_award_sentence: String,
}

/// The Decide view's figures with its default inputs (limit £100,000, the default chance at
/// each review point, each plan's own pay awards), for meeting mode and the options sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionFigures {
    /// The assumptions, in words.
    pub assumption: String,
    pub rows: Vec<DecisionRow>,
    /// Plans or odds the engine refused, in words.
    pub failed: Vec<String>,
}

/// Works out [`DecisionFigures`] for `scenarios` with the same functions as the Decide
/// view ([`curves`], [`odds_view`], [`within_limit`]) and its default inputs.
pub fn decision_figures(scenarios: &[Scenario]) -> DecisionFigures {
    let curves = curves(scenarios);
    let mut failed = curves.failed.clone();
    let odds = match odds_view(scenarios, &OddsInputs::default()) {
        Ok(v) => v.table.groups.into_iter().next().unwrap_or_default(),
        Err(Blocked::Failed(message)) => {
            failed.push(message);
            Vec::new()
        }
        Err(_) => Vec::new(),
    };
    let limit = parse_limit(DEFAULT_LIMIT).ok();
    let rows = curves
        .plans
        .iter()
        .map(|p| {
            let switch = limit.and_then(|l| within_limit(&p.curve, l).ok());
            let earliest_stop = match switch.as_ref().map(|s| s.earliest_stop) {
                Some(Some(CurvePoint { stops_after: Some(m), .. })) => m.label(),
                Some(Some(CurvePoint { stops_after: None, .. })) => "Only if it never stops".into(),
                Some(None) => "Never: always above".into(),
                None => "Not worked out".into(),
            };
            let max_award = match p.pay_award.max_award {
                Some(max) if p.pay_award.breaks_at.is_none() => format!("{max}% or more"),
                Some(max) => format!("{max}%"),
                None => "None: caps exceeded at 0%".into(),
            };
            DecisionRow {
                name: p.name.clone(),
                odds: odds.get(p.index).and_then(|r| <[String; 3]>::try_from(r.cells.clone()).ok()),
                earliest_stop,
                stop_sentence: switch.map(|s| limit_sentence(&s)).unwrap_or_default(),
                max_award,
                pay_award_sentence: pay_award_sentence(&p.pay_award),
            }
        })
        .collect();
    let assumption = format!(
        "Assuming an {DEFAULT_CHANCE}% chance funding continues at each review point, a limit of £{DEFAULT_LIMIT} \
         and each plan's own pay awards."
    );
    DecisionFigures { assumption, rows, failed }
}

impl DecisionFigures {
    /// The figures in one small table, for the printed sheet.
    pub fn table(&self, id: &str) -> DataTable {
        let cell = |r: &DecisionRow, i: usize| {
            r.odds.as_ref().and_then(|o| o.get(i).cloned()).unwrap_or_else(|| "Not worked out".into())
        };
        let rows = self
            .rows
            .iter()
            .map(|r| Row {
                kind: RowKind::Detail,
                header: r.name.clone(),
                cells: vec![cell(r, 0), cell(r, 2), r.earliest_stop.clone(), r.max_award.clone()],
            })
            .collect();
        DataTable {
            id: id.into(),
            caption: self.assumption.clone(),
            columns: columns(
                "Plan",
                &[
                    "Expected pressure",
                    "P90 pressure",
                    &format!("Earliest stop within £{DEFAULT_LIMIT}"),
                    "Largest pay award absorbed",
                ],
            ),
            groups: vec![rows],
        }
    }

    /// Expected, median and 90th percentile pressure, for a slide.
    pub fn odds_table(&self, id: &str) -> DataTable {
        let rows = self
            .rows
            .iter()
            .map(|r| Row {
                kind: RowKind::Detail,
                header: r.name.clone(),
                cells: r.odds.clone().map_or_else(|| vec!["Not worked out".into(); 3], Vec::from),
            })
            .collect();
        DataTable {
            id: id.into(),
            caption: "Unfunded pressure given the odds at the review points, in whole pounds".into(),
            columns: columns("Plan", &["Expected", "Median (p50)", "90th percentile (p90)"]),
            groups: vec![rows],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use planner_engine::options::ReadyMade;

    fn plans() -> Vec<Scenario> {
        let base = Scenario::default_scenario();
        vec![base.clone(), ReadyMade::AgreementLapses.build(&base)]
    }

    #[test]
    fn decision_figures_use_the_default_inputs() {
        let d = decision_figures(&plans());
        assert!(d.failed.is_empty(), "{:?}", d.failed);
        assert_eq!(d.rows.len(), 2);
        assert!(d.assumption.contains("80% chance funding continues at each review point"));
        let lapse = &d.rows[1];
        assert!(lapse.odds.as_ref().is_some_and(|o| o[0].starts_with('£')), "{lapse:?}");
        assert!(lapse.stop_sentence.contains("£100,000"), "{lapse:?}");
        assert!(!lapse.pay_award_sentence.is_empty());
        let table = d.table("t");
        assert_eq!(table.columns.len(), 5);
        assert_eq!(table.groups[0].len(), 2);
        assert_eq!(d.odds_table("s").columns.len(), 4);
    }

    #[test]
    fn fields_show_their_default_until_typed_and_the_engines_reason_when_wrong() {
        let odds = OddsInputs::default();
        let dec = OddsField::Chance(Month::known(2023, 12));
        assert_eq!(odds.typed.text(dec), "80");
        assert_eq!(odds.typed.error(dec), None);
        let typed = odds.typed.with(dec, "120".into());
        assert_eq!(typed.text(dec), "120");
        assert!(typed.error(dec).unwrap_or_default().contains("from 0 to 100"));
        assert_eq!(dec.id(), "decide-chance-2023-12");
        assert_eq!(OddsField::CaseWeight(1).default_text(), "50");
        assert_eq!(parse_limit(DEFAULT_LIMIT), Ok(Money::pence(100_000_00)));
        assert!(parse_limit("abc").unwrap_err().contains("not an amount"));
        let gb = Typed::<GreenBookField>::default();
        assert_eq!(gb.text(GreenBookField::Deflator(FinancialYear(2025))), "104.04");
        assert_eq!(gb.text(GreenBookField::Deflator(FinancialYear(2022))), "98.039216");
        assert_eq!(gb.text(GreenBookField::OptimismBias), "0");
        let bad = gb.with(GreenBookField::Deflator(FinancialYear(2024)), "0".into());
        assert!(bad.error(GreenBookField::Deflator(FinancialYear(2024))).unwrap_or_default().contains("more than 0"));
    }

    #[test]
    fn the_curves_give_the_limit_and_pay_award_sentences_and_the_comparisons() {
        let c = curves(&plans());
        assert_eq!(c.plans.len(), 2);
        assert!(c.failed.is_empty());
        let said = limit_sentences(&c, Money::pence(100_000_00));
        assert_eq!(
            said[0].sentence,
            "Funding can stop as early as the end of Dec 2025 before pressure exceeds £100,000."
        );
        assert_eq!(said[1].sentence, "The pressure exceeds £100,000 whenever funding stops, even if it never does.");
        let pay = c.pay_award_sentences();
        assert!(pay[1].sentence.starts_with("The caps hold with a pay award of up to 74.99% every September"));
        assert_eq!(c.against_baseline.len(), 1);
        assert!(c.between_options.is_empty());
        assert_eq!(c.against_baseline[0].segments.len(), 2);
        let chart = c.chart(Some(Money::pence(100_000_00)));
        assert_eq!(chart.lines.len(), 2);
        assert!(chart.limit.is_some());
    }

    #[test]
    fn the_default_odds_give_each_plan_its_expected_median_and_p90() {
        let view = odds_view(&plans(), &OddsInputs::default()).unwrap_or_else(|e| panic!("{e:?}"));
        let rows = &view.table.groups[0];
        assert_eq!(rows[0].header, "Business as usual");
        // Stops after Dec 2023 (20%), Mar 2024 (16%), Mar 2025 (12.8%), never (51.2%).
        assert_eq!(view.charts[0].bars.len(), 4);
        let chances: Vec<&str> = view.charts[0].bars.iter().map(|b| b.value.text.as_str()).collect();
        assert_eq!(chances, ["20%", "16%", "12.8%", "51.2%"]);
        assert_eq!(rows[0].cells[1], "£0", "the median is never stopping");
        assert_eq!(rows[0].cells[2], "£860,828", "p90: stop after Dec 2023");
        // The lapse's own allocations end in March 2024, so never stopping still costs £765,180.
        assert_eq!(rows[1].cells[1], "£765,180");
    }

    #[test]
    fn odds_wait_for_valid_fields_and_cases_must_weigh_100_percent() {
        let dec = OddsField::Chance(Month::known(2023, 12));
        let inputs = OddsInputs { typed: Typed::default().with(dec, "x".into()), cases_on: false };
        assert_eq!(odds_view(&plans(), &inputs), Err(Blocked::Fields));
        let inputs = OddsInputs { typed: Typed::default().with(OddsField::CaseWeight(0), "30".into()), cases_on: true };
        assert_eq!(odds_view(&plans(), &inputs), Err(Blocked::Cases("the weights add up to 105%, not 100%".into())));
        let inputs = OddsInputs { typed: Typed::default(), cases_on: true };
        let view = odds_view(&plans(), &inputs).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(view.charts[0].bars.len(), 12);
        let headings: Vec<&str> = view.charts[0].groups.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(headings[0], "Low: 2% every September, weight 25%");
    }

    #[test]
    fn review_months_are_every_plans_review_points_once() {
        let mut short = Scenario::default_scenario();
        short.horizon.end = Month::known(2024, 12);
        let months: Vec<String> =
            review_months(&[Scenario::default_scenario(), short]).iter().map(|m| m.label()).collect();
        assert_eq!(months, ["Dec 2023", "Mar 2024", "Mar 2025"]);
    }

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
}
