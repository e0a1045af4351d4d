//! View models of the results: every figure, label and table row the results page shows,
//! as display-ready strings, so the web components only render.
//!
//! Headlines and the monthly table are in whole pounds, with each headline's exact total in
//! pounds and pence beneath; the financial-year table and invoices are in pounds and pence. A total is
//! always the rounded exact total, never a sum of rounded parts.
//!
//! Headcount: the headline is the FTE in post in the horizon's first month; per financial
//! year it is the *average* FTE in post over that year's months within the horizon (to two
//! decimals), because average FTE × annual cost is what the year costs.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::flags::FlagView;
use crate::format::{headcount, pounds, pounds_pence};
use crate::table::{columns, Column, Row, RowKind, Table};
use planner_engine::money::Money;
use planner_engine::month::{FinancialYear, Month};
use planner_engine::scenario::Scenario;
use planner_engine::timeline::{Figures, MonthResult, Outcome};

/// Everything the results page shows except the charts (see [`crate::chart`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultsView {
    /// `“Business as usual”, Apr 2023 to Mar 2026.`
    pub context: String,
    /// `Funding continues throughout the plan.` or `Funding stops after Dec 2023.`
    pub funding: String,
    pub headlines: Vec<Headline>,
    pub flags: Vec<FlagView>,
    pub years: Table,
    pub months: Table,
    pub invoices: Table,
    /// `The funder owes at most £127,530, at the end of Jul 2023.`
    pub cash_note: String,
    /// When invoices are raised and paid.
    pub invoice_note: String,
}

impl ResultsView {
    pub fn new(scenario: &Scenario, outcome: &Outcome) -> ResultsView {
        let stop = scenario.grant.stops_after.filter(|m| *m < scenario.horizon.end);
        ResultsView {
            context: format!(
                "“{}”, {} to {}.",
                scenario.name,
                scenario.horizon.start.label(),
                scenario.horizon.end.label()
            ),
            funding: match stop {
                Some(m) => format!("Funding stops after {}.", m.label()),
                None => "Funding continues throughout the plan.".into(),
            },
            headlines: headlines(outcome),
            flags: outcome.flags.iter().map(FlagView::from).collect(),
            years: year_table(outcome),
            months: month_table(outcome),
            invoices: invoice_table(outcome),
            cash_note: match outcome.peak_cash_position.month {
                Some(m) => format!(
                    "The funder owes at most {}, at the end of {}.",
                    pounds(outcome.peak_cash_position.amount),
                    m.label()
                ),
                None => "The funder never owes anything: nothing is claimed.".into(),
            },
            invoice_note: match scenario.grant.payment_lag_months {
                0 => "Each quarter is invoiced the month after it ends and paid in the same month.".into(),
                1 => "Each quarter is invoiced the month after it ends and paid a month later.".into(),
                n => format!("Each quarter is invoiced the month after it ends and paid {n} months later."),
            },
        }
    }
}

/// One headline figure with its breakdown per financial year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    /// A stable name, for styling and tests: `pressure`, `claimed`, `cap_excess`, `cash`, `headcount`.
    pub key: &'static str,
    pub title: &'static str,
    pub value: String,
    /// `Exactly £860,827.50`, for money figures whose pennies a finance reader checks.
    pub exact: Option<String>,
    pub note: String,
    pub by_year: Vec<Breakdown>,
}

fn exactly(amount: Money) -> Option<String> {
    Some(format!("Exactly {}", pounds_pence(amount)))
}

/// `2023/24` and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    pub label: String,
    pub value: String,
}

fn per_year(outcome: &Outcome, value: impl Fn(&Figures) -> Money) -> Vec<Breakdown> {
    outcome.years.iter().map(|y| Breakdown { label: y.fy.label(), value: pounds(value(&y.figures)) }).collect()
}

fn months_of(outcome: &Outcome, fy: FinancialYear) -> impl Iterator<Item = &MonthResult> {
    outcome.months.iter().filter(move |m| m.month.financial_year() == fy)
}

/// The most owed in `fy` and the first month it is reached (none when nothing is owed).
fn peak_in(outcome: &Outcome, fy: FinancialYear) -> (Money, Option<Month>) {
    months_of(outcome, fy).fold((Money::ZERO, None), |(best, at), m| {
        if m.cash_position > best {
            (m.cash_position, Some(m.month))
        } else {
            (best, at)
        }
    })
}

fn average_fte(outcome: &Outcome, fy: FinancialYear) -> Decimal {
    let (sum, count) = months_of(outcome, fy).fold((Decimal::ZERO, 0u32), |(s, n), m| (s + m.headcount, n + 1));
    if count == 0 {
        return Decimal::ZERO;
    }
    (sum / Decimal::from(count)).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

fn headlines(outcome: &Outcome) -> Vec<Headline> {
    let total = &outcome.total;
    let allocated: Money = outcome.years.iter().map(|y| y.allocation).sum();
    let peak = outcome.peak_cash_position;
    let first = outcome.months.first();
    vec![
        Headline {
            key: "pressure",
            title: "Unfunded pressure",
            value: pounds(total.unfunded_pressure),
            exact: exactly(total.unfunded_pressure),
            note: "What the MPS must find from elsewhere: post cost after funding stops, plus cost above the cap."
                .into(),
            by_year: per_year(outcome, |f| f.unfunded_pressure),
        },
        Headline {
            key: "claimed",
            title: "Grant claimed",
            value: pounds(total.claimed),
            exact: exactly(total.claimed),
            note: format!("Of {} allocated for these years.", pounds(allocated)),
            by_year: outcome
                .years
                .iter()
                .map(|y| Breakdown {
                    label: y.fy.label(),
                    value: format!("{} of {}", pounds(y.figures.claimed), pounds(y.allocation)),
                })
                .collect(),
        },
        Headline {
            key: "cap_excess",
            title: "Cost above the cap",
            value: pounds(total.cap_excess),
            exact: exactly(total.cap_excess),
            note: "Eligible cost beyond the year's allocation (part of the pressure).".into(),
            by_year: per_year(outcome, |f| f.cap_excess),
        },
        Headline {
            key: "cash",
            title: "Most owed by the funder",
            value: pounds(peak.amount),
            exact: exactly(peak.amount),
            note: match peak.month {
                Some(m) => format!("At the end of {}: claimed but not yet paid.", m.label()),
                None => "Nothing is claimed, so nothing is owed.".into(),
            },
            by_year: outcome
                .years
                .iter()
                .map(|y| {
                    let (amount, at) = peak_in(outcome, y.fy);
                    let value = match at {
                        Some(m) => format!("{} ({})", pounds(amount), m.label()),
                        None => pounds(amount),
                    };
                    Breakdown { label: y.fy.label(), value }
                })
                .collect(),
        },
        Headline {
            key: "headcount",
            title: "Headcount",
            value: format!("{} FTE", first.map_or_else(|| "0".into(), |m| headcount(m.headcount))),
            exact: None,
            note: match first {
                Some(m) => format!("In post in {}; each year shows the average FTE in post.", m.month.label()),
                None => "No months in the plan.".into(),
            },
            by_year: outcome
                .years
                .iter()
                .map(|y| Breakdown {
                    label: y.fy.label(),
                    value: format!("{} FTE", headcount(average_fte(outcome, y.fy))),
                })
                .collect(),
        },
    ]
}

/// A financial year's figures, or the horizon's: one column of the year table.
struct YearColumn<'a> {
    allocation: Money,
    headroom: Money,
    figures: &'a Figures,
}

/// A row of the year table: its label and how to read it from a column.
type Measure = (&'static str, fn(&YearColumn) -> Money);

/// The year table's rows, in the order a finance reader follows them.
const YEAR_MEASURES: [Measure; 10] = [
    ("Allocation", |c| c.allocation),
    ("Post cost", |c| c.figures.post_cost),
    ("Eligible", |c| c.figures.eligible),
    ("Claimed", |c| c.figures.claimed),
    ("Cost above the cap", |c| c.figures.cap_excess),
    ("Unfunded pressure", |c| c.figures.unfunded_pressure),
    ("Cap headroom", |c| c.headroom),
    ("Backfill", |c| c.figures.backfill_cost),
    ("Redeployed", |c| c.figures.redeployed_cost),
    ("Non-staff", |c| c.figures.non_staff_cost),
];

/// One column per financial year and a total column: ten measures across a few years fit
/// any screen and an A4 page, where ten columns of figures would not.
fn year_table(outcome: &Outcome) -> Table {
    let mut cols: Vec<YearColumn> = outcome
        .years
        .iter()
        .map(|y| YearColumn { allocation: y.allocation, headroom: y.cap_headroom, figures: &y.figures })
        .collect();
    cols.push(YearColumn {
        allocation: outcome.years.iter().map(|y| y.allocation).sum(),
        headroom: outcome.years.iter().map(|y| y.cap_headroom).sum(),
        figures: &outcome.total,
    });
    let rows = YEAR_MEASURES
        .iter()
        .map(|(label, value)| Row {
            kind: if *label == "Unfunded pressure" { RowKind::Key } else { RowKind::Detail },
            header: (*label).into(),
            cells: cols.iter().map(|c| pounds_pence(value(c))).collect(),
        })
        .collect();
    let labels: Vec<String> = outcome.years.iter().map(|y| y.fy.label()).chain(["Total".into()]).collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    Table {
        id: "year-table",
        caption: "Each financial year, in pounds and pence".into(),
        columns: columns("Figure", &labels),
        groups: vec![rows],
        total: None,
    }
}

/// Headcount and cash are month-end figures, so subtotal rows leave them blank.
fn month_cells(fte: &str, f: &Figures, cash: &str) -> Vec<String> {
    let money = [f.post_cost, f.claimed, f.cap_excess, f.unfunded_pressure, f.backfill_cost, f.redeployed_cost];
    std::iter::once(fte.to_string()).chain(money.into_iter().map(pounds)).chain([cash.to_string()]).collect()
}

fn month_table(outcome: &Outcome) -> Table {
    let mut groups: Vec<Vec<Row>> = Vec::new();
    for year in &outcome.years {
        let mut rows = Vec::new();
        let mut quarter = Figures::default();
        let months: Vec<&MonthResult> = months_of(outcome, year.fy).collect();
        for (i, m) in months.iter().enumerate() {
            rows.push(Row {
                kind: RowKind::Detail,
                header: m.month.label(),
                cells: month_cells(&headcount(m.headcount), &m.figures, &pounds(m.cash_position)),
            });
            quarter.add(&m.figures);
            let quarter_ends = months.get(i + 1).is_none_or(|next| next.month.quarter() != m.month.quarter());
            if quarter_ends {
                rows.push(Row {
                    kind: RowKind::Subtotal,
                    header: format!("{} total", year.fy.quarter_label(m.month.quarter())),
                    cells: month_cells("", &quarter, ""),
                });
                quarter = Figures::default();
            }
        }
        rows.push(Row {
            kind: RowKind::Total,
            header: format!("{} total", year.fy.label()),
            cells: month_cells("", &year.figures, ""),
        });
        groups.push(rows);
    }
    Table {
        id: "month-table",
        caption: "Each month, with quarter and year totals, in whole pounds".into(),
        columns: columns(
            "Month",
            &[
                "FTE in post",
                "Post cost",
                "Claimed",
                "Cost above the cap",
                "Unfunded pressure",
                "Backfill",
                "Redeployed",
                "Owed by the funder at month end",
            ],
        ),
        groups,
        total: Some(Row { kind: RowKind::Total, header: "Total".into(), cells: month_cells("", &outcome.total, "") }),
    }
}

fn invoice_table(outcome: &Outcome) -> Table {
    let rows = outcome
        .invoices
        .iter()
        .map(|i| Row {
            kind: RowKind::Detail,
            header: i.label(),
            cells: vec![pounds_pence(i.amount), i.raised.label(), i.paid.label()],
        })
        .collect();
    let total: Money = outcome.invoices.iter().map(|i| i.amount).sum();
    let mut cols = columns("Quarter", &["Amount"]);
    cols.extend(["Raised", "Paid"].map(|l| Column { label: l.into(), numeric: false }));
    Table {
        id: "invoice-table",
        caption: "Quarterly invoices to the funder, in pounds and pence".into(),
        columns: cols,
        groups: vec![rows],
        total: Some(Row {
            kind: RowKind::Total,
            header: "Total".into(),
            cells: vec![pounds_pence(total), "".into(), "".into()],
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flags::Severity;
    use planner_engine::options::ReadyMade;
    use planner_engine::timeline::evaluate;

    fn view_of(scenario: &Scenario) -> (Outcome, ResultsView) {
        let outcome = evaluate(scenario).unwrap_or_else(|e| panic!("{e}"));
        let view = ResultsView::new(scenario, &outcome);
        (outcome, view)
    }

    fn headline<'a>(view: &'a ResultsView, key: &str) -> &'a Headline {
        view.headlines.iter().find(|h| h.key == key).unwrap_or_else(|| panic!("no headline {key}"))
    }

    fn values(h: &Headline) -> Vec<(&str, &str)> {
        h.by_year.iter().map(|b| (b.label.as_str(), b.value.as_str())).collect()
    }

    #[test]
    fn the_default_scenario_has_no_pressure_and_claims_every_year_in_full() {
        let (_, view) = view_of(&Scenario::default_scenario());
        let pressure = headline(&view, "pressure");
        assert_eq!(pressure.value, "£0");
        assert_eq!(values(pressure), [("2023/24", "£0"), ("2024/25", "£0"), ("2025/26", "£0")]);
        let claimed = headline(&view, "claimed");
        assert_eq!(claimed.value, "£1,147,770");
        assert_eq!(claimed.note, "Of £1,382,590 allocated for these years.");
        assert_eq!(claimed.by_year[0].value, "£382,590 of £382,590");
        assert_eq!(view.funding, "Funding continues throughout the plan.");
        assert_eq!(view.context, "“Business as usual”, Apr 2023 to Mar 2026.");
    }

    #[test]
    fn the_cash_headline_names_the_peak_month_overall_and_per_year() {
        let (_, view) = view_of(&Scenario::default_scenario());
        let cash = headline(&view, "cash");
        assert_eq!(cash.value, "£127,530");
        assert_eq!(cash.note, "At the end of Jul 2023: claimed but not yet paid.");
        assert_eq!(cash.by_year[0].value, "£127,530 (Jul 2023)");
        assert_eq!(view.cash_note, "The funder owes at most £127,530, at the end of Jul 2023.");
    }

    #[test]
    fn headcount_is_fte_at_the_start_and_the_average_fte_per_year() {
        let (_, view) = view_of(&ReadyMade::ReviewEndsFunding.build(&Scenario::default_scenario()));
        let h = headline(&view, "headcount");
        assert_eq!(h.value, "5 FTE");
        assert_eq!(values(h), [("2023/24", "5 FTE"), ("2024/25", "0 FTE"), ("2025/26", "0 FTE")]);

        let mut s = Scenario::default_scenario();
        s.posts[0]
            .vacancies
            .push(planner_engine::post::Vacancy { from: Month::known(2023, 4), to: Month::known(2023, 7) });
        let (_, view) = view_of(&s);
        let h = headline(&view, "headcount");
        assert_eq!(h.value, "4 FTE", "the DS is vacant in the first month");
        assert_eq!(h.by_year[0].value, "4.67 FTE", "(4 × 4 + 5 × 8) / 12 = 4.666…");
        assert_eq!(h.note, "In post in Apr 2023; each year shows the average FTE in post.");
    }

    #[test]
    fn a_lapse_shows_the_pressure_per_year_and_a_warning() {
        let (_, view) = view_of(&ReadyMade::AgreementLapses.build(&Scenario::default_scenario()));
        let pressure = headline(&view, "pressure");
        assert_eq!(pressure.value, "£860,828");
        assert_eq!(values(pressure), [("2023/24", "£95,648"), ("2024/25", "£382,590"), ("2025/26", "£382,590")]);
        assert_eq!(view.funding, "Funding stops after Dec 2023.");
        let expiry = view.flags.iter().find(|f| f.code == "agreement_expiry");
        assert_eq!(expiry.map(|f| f.severity), Some(Severity::Warning));
        assert_eq!(expiry.map(|f| f.message.as_str()), Some("Agreement expires Dec 2023: no allocation after it"));
    }

    #[test]
    fn headline_totals_are_rounded_exact_totals_not_sums_of_rounded_parts() {
        let scenario = Scenario::default_scenario();
        let mut outcome = evaluate(&scenario).unwrap_or_else(|e| panic!("{e}"));
        for y in &mut outcome.years {
            y.figures.unfunded_pressure = Money::pence(50);
        }
        outcome.total.unfunded_pressure = Money::pence(150);
        let view = ResultsView::new(&scenario, &outcome);
        let pressure = headline(&view, "pressure");
        assert_eq!(pressure.value, "£2", "£1.50 rounds to £2, not £1 + £1 + £1");
        assert!(pressure.by_year.iter().all(|b| b.value == "£1"));
    }

    #[test]
    fn the_year_table_has_a_column_per_year_and_a_total_column() {
        let (_, view) = view_of(&Scenario::default_scenario());
        let t = &view.years;
        let headers: Vec<&str> = t.columns.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(headers, ["Figure", "2023/24", "2024/25", "2025/26", "Total"]);
        let row = |name: &str| t.rows().find(|r| r.header == name).map(|r| r.cells.clone()).unwrap_or_default();
        assert_eq!(row("Allocation"), ["£382,590.00", "£500,000.00", "£500,000.00", "£1,382,590.00"]);
        assert_eq!(row("Claimed"), ["£382,590.00", "£382,590.00", "£382,590.00", "£1,147,770.00"]);
        assert_eq!(row("Cap headroom"), ["£0.00", "£117,410.00", "£117,410.00", "£234,820.00"]);
        assert_eq!(t.rows().count(), 10);
        assert!(t.rows().all(|r| r.cells.len() + 1 == t.columns.len()));
    }

    #[test]
    fn the_month_table_groups_months_by_quarter_and_year() {
        let (_, view) = view_of(&Scenario::default_scenario());
        let t = &view.months;
        assert_eq!(t.groups.len(), 3);
        let kinds = |k: RowKind| t.rows().filter(|r| r.kind == k).count();
        assert_eq!((kinds(RowKind::Detail), kinds(RowKind::Subtotal), kinds(RowKind::Total)), (36, 12, 3));
        let first: Vec<&str> = t.groups[0].iter().take(5).map(|r| r.header.as_str()).collect();
        assert_eq!(first, ["Apr 2023", "May 2023", "Jun 2023", "2023/24 Q1 total", "Jul 2023"]);
        assert_eq!(t.groups[0][0].cells, ["5", "£31,883", "£31,883", "£0", "£0", "£26,418", "£0", "£31,883"]);
        assert_eq!(t.groups[0][3].cells[1], "£95,648", "Q1 is £95,647.50 exactly");
        assert_eq!(t.groups[0][3].cells[0], "", "no headcount on a subtotal");
        assert_eq!(t.groups[0].last().map(|r| r.header.as_str()), Some("2023/24 total"));
        assert_eq!(t.groups[0].last().map(|r| r.cells[2].as_str()), Some("£382,590"));
        assert!(t.rows().all(|r| r.cells.len() + 1 == t.columns.len()));
    }

    #[test]
    fn a_horizon_starting_mid_quarter_still_closes_each_quarter() {
        let mut s = Scenario::default_scenario();
        s.horizon.start = Month::known(2023, 5);
        s.horizon.end = Month::known(2023, 8);
        let (_, view) = view_of(&s);
        let headers: Vec<&str> = view.months.rows().map(|r| r.header.as_str()).collect();
        assert_eq!(
            headers,
            ["May 2023", "Jun 2023", "2023/24 Q1 total", "Jul 2023", "Aug 2023", "2023/24 Q2 total", "2023/24 total"]
        );
    }

    #[test]
    fn invoices_show_pence_and_month_labels() {
        let (_, view) = view_of(&Scenario::default_scenario());
        let t = &view.invoices;
        let rows: Vec<&Row> = t.rows().collect();
        assert_eq!(rows.len(), 12);
        assert_eq!(rows[0].header, "2023/24 Q1");
        assert_eq!(rows[0].cells, ["£95,647.50", "Jul 2023", "Aug 2023"]);
        assert_eq!(t.total.as_ref().map(|r| r.cells[0].as_str()), Some("£1,147,770.00"));
        assert_eq!(t.columns.iter().map(|c| c.numeric).collect::<Vec<_>>(), [false, true, false, false]);
    }

    #[test]
    fn the_publication_duty_is_information_not_a_warning() {
        let (_, view) = view_of(&Scenario::default_scenario());
        assert_eq!(view.flags.len(), 1);
        assert_eq!(view.flags[0].severity, Severity::Info);
        assert!(view.flags[0].message.contains("must be published"));
    }
}
