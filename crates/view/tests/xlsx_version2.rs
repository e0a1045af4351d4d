//! The workbook of version 2 scenarios read back with calamine: the cost breakdown and the
//! variance in every month, financial year and total to the penny against `evaluate`, the
//! months and invoices marked actual or forecast, the invoices' shortfalls, "actuals to" on
//! the Summary, and the Assumptions' on-costs, built posts and awards with their sources.
//! Run with `--features xlsx`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Range, Reader, Xlsx};
use rust_decimal::Decimal;

use planner_engine::{evaluate, Figures, Money, Outcome, ReadyMade, Scenario};
use planner_view::export::xlsx::{sheet_names, workbook};

const PUBLISHED: &str = include_str!("../../../examples/version-2/published-pay-awards-and-on-costs-2023-to-2026.json");
const ACTUALS: &str = include_str!("../../../examples/version-2/actuals-to-september-2024.json");

/// Business as usual (version 1), the two version 2 examples and the ready-made option
/// built from the published pay.
fn plans() -> Vec<(Scenario, Outcome)> {
    let base = Scenario::default_scenario();
    let built = ReadyMade::PublishedPay.build(&base);
    let all = [base, Scenario::from_json(PUBLISHED).unwrap(), Scenario::from_json(ACTUALS).unwrap(), built];
    all.into_iter().map(|s| (s.clone(), evaluate(&s).unwrap())).collect()
}

fn at(range: &Range<Data>, row: u32, col: u32) -> Data {
    range.get_value((row, col)).cloned().unwrap_or(Data::Empty)
}

fn pennies(data: &Data) -> Money {
    let value = match data {
        Data::Float(f) => *f,
        Data::Int(i) => *i as f64,
        other => panic!("not a number: {other:?}"),
    };
    Money::from_decimal(Decimal::from_f64_retain(value).unwrap().round_dp(2))
}

fn text(data: &Data) -> String {
    match data {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => panic!("not text: {other:?}"),
    }
}

/// The columns of a header row, by title.
fn columns(range: &Range<Data>, row: u32) -> Vec<String> {
    (0..=range.end().unwrap().1)
        .map(|c| match at(range, row, c) {
            Data::String(s) => s,
            _ => String::new(),
        })
        .collect()
}

fn find_row(range: &Range<Data>, from: u32, label: &str) -> u32 {
    (from..range.end().unwrap().0 + 1)
        .find(|r| at(range, *r, 0) == Data::String(label.into()))
        .unwrap_or_else(|| panic!("no row {label:?}"))
}

/// Every money column of the monthly and financial-year tables, by its title; written
/// here again, so a column the workbook drops or mislabels fails.
type Value = fn(&Figures) -> Money;

const MONEY: [(&str, Value); 15] = [
    ("Post cost", |f| f.post_cost),
    ("Eligible", |f| f.eligible),
    ("Claimed", |f| f.claimed),
    ("Cost above the cap", |f| f.cap_excess),
    ("Unfunded pressure", |f| f.unfunded_pressure),
    ("Backfill", |f| f.backfill_cost),
    ("Redeployed", |f| f.redeployed_cost),
    ("Non-staff", |f| f.non_staff_cost),
    ("Pay", |f| f.cost_breakdown.pay),
    ("Employer NI", |f| f.cost_breakdown.employer_ni),
    ("Employer pension", |f| f.cost_breakdown.employer_pension),
    ("Apprenticeship levy", |f| f.cost_breakdown.apprenticeship_levy),
    ("All-in posts", |f| f.cost_breakdown.all_in),
    ("Actual post cost", |f| f.cost_breakdown.actual),
    ("Variance: actual less forecast", |f| f.variance),
];

#[test]
fn the_cost_breakdown_and_variance_are_the_engines_in_every_month_year_and_total() {
    let plans = plans();
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(workbook(&plans).unwrap())).unwrap();
    let names = sheet_names(&plans.iter().map(|(s, _)| s.clone()).collect::<Vec<_>>());
    let mut checked = 0;
    for ((scenario, outcome), sheet) in plans.iter().zip(&names[1..]) {
        let cells = book.worksheet_range(sheet).unwrap();
        let formulas = book.worksheet_formula(sheet).unwrap();
        let header = columns(&cells, 1);
        let v2 = scenario.uses_version_2();
        let actuals = outcome.actuals_through.is_some();
        assert_eq!(header.iter().any(|h| h == "Employer pension"), v2, "{sheet}: the breakdown only when version 2");
        assert_eq!(header.iter().any(|h| h == "Actual or forecast"), actuals, "{sheet}");
        let money: Vec<(usize, Value)> = MONEY
            .iter()
            .filter_map(|(title, value)| header.iter().position(|h| h == title).map(|c| (c, *value)))
            .collect();
        assert_eq!(money.len(), 8 + if v2 { 6 } else { 0 } + usize::from(actuals), "{sheet}: {header:?}");
        let marker = header.iter().position(|h| h == "Actual or forecast");
        for (i, m) in outcome.months.iter().enumerate() {
            let row = 2 + i as u32;
            for (col, value) in &money {
                assert_eq!(
                    pennies(&at(&cells, row, *col as u32)),
                    value(&m.figures),
                    "{sheet} {} {}",
                    m.month,
                    header[*col]
                );
                checked += 1;
            }
            let parts = m.figures.cost_breakdown.total();
            assert_eq!(parts, m.figures.post_cost, "the parts add up to the post cost");
            if let Some(col) = marker {
                let actual = scenario.actuals.as_ref().unwrap().months.iter().any(|a| a.month == m.month);
                assert_eq!(
                    text(&at(&cells, row, col as u32)),
                    if actual { "Actual" } else { "Forecast" },
                    "{}",
                    m.month
                );
            }
        }
        let years = find_row(&cells, 2, "Financial year");
        assert_eq!(columns(&cells, years)[4..4 + money.len()], header[4..4 + money.len()], "{sheet}: the same columns");
        let mut first = 3;
        for (i, y) in outcome.years.iter().enumerate() {
            let row = years + 1 + i as u32;
            let last = first + outcome.months.iter().filter(|m| m.month.financial_year() == y.fy).count() as u32 - 1;
            for (col, value) in &money {
                assert_eq!(
                    pennies(&at(&cells, row, *col as u32)),
                    value(&y.figures),
                    "{sheet} {} {}",
                    y.fy.label(),
                    header[*col]
                );
                let letter = char::from(b'A' + *col as u8);
                let formula = formulas.get_value((row, *col as u32)).cloned().unwrap_or_default();
                assert_eq!(formula, format!("SUM({letter}{first}:{letter}{last})"), "{sheet} {}", header[*col]);
            }
            first = last + 1;
        }
        let total = years + 1 + outcome.years.len() as u32;
        assert_eq!(text(&at(&cells, total, 0)), "Total");
        for (col, value) in &money {
            assert_eq!(
                pennies(&at(&cells, total, *col as u32)),
                value(&outcome.total),
                "{sheet} total {}",
                header[*col]
            );
        }
        // The cash position follows the money columns wherever they end.
        let cash = header.iter().position(|h| h == "Owed by the funder at month end").unwrap();
        assert_eq!(cash, 4 + money.len(), "{sheet}");
        assert_eq!(pennies(&at(&cells, total, cash as u32)), outcome.peak_cash_position.amount);

        let invoices = find_row(&cells, total, "Quarter");
        let labels = columns(&cells, invoices);
        assert_eq!(labels.iter().any(|h| h == "Shortfall against the claim"), actuals);
        for (i, invoice) in outcome.invoices.iter().enumerate() {
            let row = invoices + 1 + i as u32;
            assert_eq!(pennies(&at(&cells, row, 1)), invoice.amount);
            if actuals {
                assert_eq!(pennies(&at(&cells, row, 5)), invoice.shortfall, "{sheet} {}", invoice.label());
                assert_eq!(text(&at(&cells, row, 6)), if invoice.disallowed { "Yes" } else { "No" });
            }
        }
        if actuals {
            let sum: Money = outcome.invoices.iter().map(|i| i.shortfall).sum();
            assert!(!sum.is_zero(), "the example has a shortfall");
            assert_eq!(pennies(&at(&cells, invoices + 1 + outcome.invoices.len() as u32, 5)), sum);
            let paid =
                (0..outcome.invoices.len() as u32).filter(|i| text(&at(&cells, invoices + 1 + i, 4)) == "Actual");
            assert_eq!(paid.count(), scenario.actuals.as_ref().unwrap().invoices.len());
        }
    }
    assert!(checked > 1_500, "only {checked}");
}

#[test]
fn the_summary_says_actuals_to_and_the_headlines_follow_it() {
    let plans = plans();
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(workbook(&plans).unwrap())).unwrap();
    let summary = book.worksheet_range("Summary").unwrap();
    let header = columns(&summary, 3);
    assert_eq!(header[..4], ["Scenario", "Plan", "Actuals to", "Funding"]);
    let pressure = header.iter().position(|h| h == "Unfunded pressure").unwrap();
    for (i, (scenario, outcome)) in plans.iter().enumerate() {
        let row = 4 + i as u32;
        assert_eq!(text(&at(&summary, row, 0)), scenario.name);
        match outcome.actuals_through {
            Some(m) => {
                let Data::DateTime(d) = at(&summary, row, 2) else { panic!("actuals to is a date") };
                assert_eq!(m.to_string(), "2024-09");
                assert_eq!(d.as_f64(), 45_536.0, "1 Sep 2024");
            }
            None => assert_eq!(text(&at(&summary, row, 2)), "None"),
        }
        assert_eq!(pennies(&at(&summary, row, pressure as u32)), outcome.total.unfunded_pressure);
    }
}

#[test]
fn assumptions_list_on_costs_built_pay_and_awards_with_their_sources() {
    let plans = plans();
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(workbook(&plans).unwrap())).unwrap();
    let sheet = book.worksheet_range("Assumptions").unwrap();
    let block = find_row(&sheet, 0, "Published pay awards and on-costs, 2023 to 2026");
    let scenario = &plans[1].0;
    let awards = find_row(&sheet, block, "Pay award from");
    assert_eq!(columns(&sheet, awards)[..4], ["Pay award from", "Per cent", "Applies to", "Basis"]);
    for (i, award) in scenario.pay_awards.iter().enumerate() {
        let row = awards + 1 + i as u32;
        let percent = Decimal::from_f64_retain(match at(&sheet, row, 1) {
            Data::Float(f) => f,
            other => panic!("{other:?}"),
        });
        assert_eq!(percent.unwrap().round_dp(6) * Decimal::ONE_HUNDRED, award.percent.value().round_dp(4));
        assert_eq!(text(&at(&sheet, row, 2)), award.group.unwrap().describe());
    }
    // The staff award of August 2023 was not found published; the officers' of September was.
    assert_eq!(text(&at(&sheet, awards + 1, 3)), "Assumption");
    assert!(text(&at(&sheet, awards + 1, 4)).starts_with("Assumption: Met police staff awards"));
    assert_eq!(text(&at(&sheet, awards + 2, 3)), "Published");
    assert!(text(&at(&sheet, awards + 2, 4)).contains("13 Jul 2023"));
    let ni = find_row(&sheet, awards, "Employer NI from");
    assert_eq!(pennies(&at(&sheet, ni + 1, 2)), Money::parse("758").unwrap());
    assert_eq!(text(&at(&sheet, ni + 2, 3)), "Published");
    let pension = find_row(&sheet, ni, "Employer pension from");
    assert_eq!(text(&at(&sheet, pension + 4, 2)), "Police staff");
    find_row(&sheet, pension, "Apprenticeship levy from");
    let pay = find_row(&sheet, block, "Post built from pay");
    assert_eq!(text(&at(&sheet, pay + 1, 0)), "ds-marsoc");
    assert_eq!(text(&at(&sheet, pay + 1, 1)), "Salary");
    assert_eq!(pennies(&at(&sheet, pay + 1, 2)), Money::parse("49000").unwrap());
    assert_eq!(text(&at(&sheet, pay + 1, 5)), "Assumption", "sergeant pay was not found");
    assert_eq!(text(&at(&sheet, pay + 2, 1)), "London weighting");
    assert_eq!(text(&at(&sheet, pay + 3, 4)), "No", "the London allowance is not raised by awards");
    let posts = find_row(&sheet, block, "Post id");
    assert_eq!(text(&at(&sheet, posts + 1, 3)), "Built from pay");
    assert_eq!(text(&at(&sheet, posts + 1, 11)), "Police officers");
    let actuals = find_row(&sheet, 0, "Actuals to");
    assert!(actuals > block, "in the actuals example's block");
    let Data::DateTime(through) = at(&sheet, actuals + 1, 0) else { panic!("a date") };
    assert_eq!(through.as_f64(), 45_536.0, "Sep 2024");
    let example = plans[2].0.actuals.as_ref().unwrap();
    assert_eq!(pennies(&at(&sheet, actuals + 1, 1)), Money::from_decimal(Decimal::from(example.months.len())));
    assert_eq!(pennies(&at(&sheet, actuals + 1, 2)), Money::from_decimal(Decimal::from(example.invoices.len())));
    // A version 1 scenario keeps its all-in costs and names no source.
    let base = find_row(&sheet, 0, "Business as usual");
    let base_awards = find_row(&sheet, base, "Pay award from");
    assert!(base_awards < block);
    assert_eq!(text(&at(&sheet, base_awards + 1, 0)), "No pay awards");
}
