//! The Green Book view: each plan's cost to the MPS in cash, in real terms and in present
//! value, by financial year and quarter and against business as usual.

use rust_decimal::Decimal;

use super::inputs::illustrative;
use super::{columns, Blocked, GreenBookField, InputField, Typed};
use crate::format::pounds_pence;
use crate::table::Table;
use crate::table::{Row, RowKind};
use planner_engine::analysis::deflators::{DeflatorIndex, IndexValue, DEFAULT_DEFLATOR_SOURCE};
use planner_engine::analysis::green_book::{self, discount_factor, Uplift, Values, DISCOUNT_RATE_PERCENT};
use planner_engine::analysis::Deflators;
use planner_engine::money::Money;
use planner_engine::month::FinancialYear;
use planner_engine::scenario::Scenario;

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
    pub years: Table,
    /// Cash by quarter.
    pub quarters: Table,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GreenBookView {
    /// Each plan's totals and its present value against business as usual.
    pub totals: Table,
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
            years: Table {
                total: None,
                id: format!("decide-green-book-{i}"),
                caption: format!("“{}”: cost to the MPS by financial year", s.scenario),
                columns: columns("Figure", &fys),
                groups,
            },
            quarters: Table {
                total: None,
                id: format!("decide-green-book-{i}-quarters"),
                caption: format!("“{}”: cash cost to the MPS by quarter", s.scenario),
                columns: columns("Quarter", ["Cash (nominal)"]),
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
    let totals = Table {
        total: None,
        id: "decide-green-book-totals".into(),
        caption: "Cost to the MPS over each plan, in cash, in real terms and in present value".into(),
        columns: columns("Plan", ["Cash (nominal)", &real, &present, "Present value against business as usual"]),
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

#[cfg(test)]
#[path = "green_book_tests.rs"]
mod tests;
