//! Options beside the baseline: the comparison view model, its chart, "what changes" and
//! the CSV exports, on the ready-made options of the IAM paper.
#![allow(clippy::unwrap_used, clippy::expect_used)]

// The scenario builders the engine tests use, shared rather than copied.
#[path = "../../engine/tests/common/mod.rs"]
mod common;
use common::*;
use planner_engine::*;
use planner_view::chart::compare::{pressure_comparison_chart, Dash, Symbol};
use planner_view::chart::DEFAULT_SIZE;
use planner_view::compare::{Cell, Comparison, Direction, OptionComparison};

fn plans(options: &[ReadyMade]) -> Vec<(Scenario, Outcome)> {
    let base = Scenario::default_scenario();
    let mut all = vec![(base.clone(), eval(&base))];
    all.extend(options.iter().map(|r| r.build(&base)).map(|s| (s.clone(), eval(&s))));
    all
}

fn with(s: Scenario) -> Vec<(Scenario, Outcome)> {
    let base = Scenario::default_scenario();
    vec![(base.clone(), eval(&base)), (s.clone(), eval(&s))]
}

fn cell<'a>(option: &'a OptionComparison, key: &str, period: &str) -> &'a Cell {
    let col = option.periods.iter().position(|p| p == period).unwrap();
    &option.rows.iter().find(|r| r.key == key).unwrap().cells[col]
}

mod comparison {
    use super::*;

    #[test]
    fn a_lapse_adds_860_828_of_pressure_and_no_percentage_of_nothing() {
        let c = Comparison::new(&plans(&[ReadyMade::AgreementLapses]));
        let lapse = &c.options[0];
        assert_eq!(lapse.periods, ["2023/24", "2024/25", "2025/26", "Total"]);
        assert_eq!(lapse.caption, "“Agreement lapses December 2023” compared with business as usual");
        let total = cell(lapse, "pressure", "Total");
        assert_eq!((total.baseline.as_str(), total.value.as_str()), ("£0", "£860,828"));
        assert_eq!((total.change.amount.as_str(), total.change.percent.as_str()), ("+£860,828", "n/a"));
        assert_eq!(total.change.direction, Direction::Worse);
        assert_eq!(total.change.words, "£860,828 more than business as usual (worse)");
        assert_eq!(cell(lapse, "pressure", "2023/24").change.amount, "+£95,648");
        let claimed = &cell(lapse, "claimed", "Total").change;
        assert_eq!((claimed.amount.as_str(), claimed.percent.as_str()), ("-£860,828", "-75.0%"));
        assert_eq!(claimed.direction, Direction::Worse, "less grant claimed is worse");
        assert_eq!(cell(lapse, "cap_excess", "Total").change.amount, "no change");
    }

    #[test]
    fn the_baseline_compared_with_itself_shows_no_change_anywhere() {
        let base = Scenario::default_scenario();
        let c = Comparison::new(&with(base.clone()));
        let cells = c.options[0].rows.iter().flat_map(|r| &r.cells);
        for cell in cells {
            assert_eq!((cell.change.amount.as_str(), cell.change.percent.as_str()), ("no change", "no change"));
            assert_eq!(cell.change.direction, Direction::Same);
            assert_eq!(cell.change.words, "the same as business as usual");
        }
        let changes = c.headline.rows[1].cells.iter().map(|h| h.change.as_ref().unwrap().amount.as_str());
        assert!(changes.into_iter().all(|a| a == "no change"));
    }

    #[test]
    fn more_grant_is_better_less_cash_owed_is_better_and_headcount_is_neither() {
        let c = Comparison::new(&plans(&[ReadyMade::PayAwards, ReadyMade::ReviewEndsFunding]));
        let claimed = &cell(&c.options[0], "claimed", "2024/25").change;
        assert_eq!((claimed.amount.as_str(), claimed.percent.as_str()), ("+£38,124", "+10.0%"));
        assert_eq!(claimed.direction, Direction::Better);
        let owed = &cell(&c.options[1], "cash", "2025/26").change;
        assert_eq!((owed.amount.as_str(), owed.direction), ("-£127,530", Direction::Better));
        let fte = cell(&c.options[1], "headcount", "Total");
        assert_eq!((fte.baseline.as_str(), fte.value.as_str()), ("5 FTE", "1.67 FTE"), "average over 36 months");
        assert_eq!((fte.change.amount.as_str(), fte.change.direction), ("-3.33 FTE", Direction::Neutral));
        assert_eq!(fte.change.words, "3.33 FTE fewer than business as usual");
    }

    #[test]
    fn a_lower_cap_shows_cost_above_the_cap_each_year_it_bites() {
        let c = Comparison::new(&plans(&[ReadyMade::LowerCap]));
        let excess = cell(&c.options[0], "cap_excess", "2024/25");
        assert_eq!((excess.value.as_str(), excess.change.amount.as_str()), ("£32,590", "+£32,590"));
        assert_eq!(cell(&c.options[0], "cap_excess", "2023/24").change.direction, Direction::Same);
    }

    #[test]
    fn the_headline_table_has_a_row_per_scenario_baseline_first() {
        let c = Comparison::new(&plans(&ReadyMade::ALL));
        let h = &c.headline;
        let columns: Vec<&str> = h.columns.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(
            columns,
            [
                "Scenario",
                "Unfunded pressure",
                "Grant claimed",
                "Cost above the cap",
                "Most owed by the funder",
                "Average FTE in post"
            ]
        );
        assert_eq!(h.rows.len(), 6);
        assert!(h.rows[0].is_baseline && h.rows[0].cells.iter().all(|c| c.change.is_none()));
        let lapse = &h.rows[2];
        assert_eq!(lapse.name, "Agreement lapses December 2023");
        let values: Vec<&str> = lapse.cells.iter().map(|c| c.value.as_str()).collect();
        assert_eq!(values, ["£860,828", "£286,943", "£0", "£127,530", "5 FTE"]);
        assert_eq!(lapse.cells[0].change.as_ref().map(|c| c.amount.as_str()), Some("+£860,828"));
    }

    #[test]
    fn plans_with_different_horizons_compare_across_every_year_with_dashes_where_missing() {
        let longer = default_with(|s| s.horizon.end = m("2027-03"));
        let c = Comparison::new(&with(longer));
        assert_eq!(c.options[0].periods, ["2023/24", "2024/25", "2025/26", "2026/27", "Total"]);
        let extra = cell(&c.options[0], "pressure", "2026/27");
        assert_eq!((extra.baseline.as_str(), extra.value.as_str()), ("—", "£382,590"), "no allocation for 2026/27");
        assert_eq!((extra.change.amount.as_str(), extra.change.percent.as_str()), ("—", "—"));
        assert_eq!(extra.change.direction, Direction::Neutral);
    }

    #[test]
    fn average_fte_per_year_agrees_with_the_results_view() {
        let s = default_with(|s| s.posts[0].vacancies.push(Vacancy { from: m("2023-04"), to: m("2023-07") }));
        let view = planner_view::results::ResultsView::new(&s, &eval(&s));
        let shown = &view.headlines.iter().find(|h| h.key == "headcount").unwrap().by_year[0].value;
        let c = Comparison::new(&with(s));
        assert_eq!(&cell(&c.options[0], "headcount", "2023/24").value, shown);
        assert_eq!(shown, "4.67 FTE");
    }
}

mod chart {
    use super::*;

    #[test]
    fn one_line_per_scenario_each_with_its_own_dash_and_symbol() {
        let chart = pressure_comparison_chart(&plans(&ReadyMade::ALL), DEFAULT_SIZE);
        assert_eq!(chart.lines.len(), 6);
        let styles: std::collections::HashSet<(Dash, Symbol)> =
            chart.lines.iter().map(|l| (l.dash, l.symbol)).collect();
        assert_eq!(styles.len(), 6);
        let dashes: std::collections::HashSet<&str> = chart.lines.iter().map(|l| l.dash.dasharray()).collect();
        assert_eq!(dashes.len(), 6, "distinct dash patterns");
        assert_eq!((chart.lines[0].dash, chart.lines[0].symbol), (Dash::Solid, Symbol::Circle));
        assert!(chart.lines.iter().all(|l| l.d.starts_with('M') && l.d.matches('L').count() == 35));
        assert_eq!(
            chart.lines[2].legend,
            "Agreement lapses December 2023 (short dashes, triangles): £860,828 by Mar 2026"
        );
        assert_eq!(chart.lines[2].symbols.matches('Z').count(), 3, "a symbol at each March");
    }

    #[test]
    fn end_labels_name_the_plan_and_its_total_and_never_overlap() {
        let chart = pressure_comparison_chart(&plans(&ReadyMade::ALL), DEFAULT_SIZE);
        // The name isolated (FSI … PDI): an SVG label cannot hold a <bdi>.
        assert_eq!(chart.lines[0].end_label.text, "\u{2068}Business as usual\u{2069} £0");
        assert!(chart.lines[2].end_label.text.ends_with(" £860,828"), "{}", chart.lines[2].end_label.text);
        let mut ys: Vec<f64> = chart.lines.iter().map(|l| l.end_label.y).collect();
        ys.sort_by(f64::total_cmp);
        assert!(ys.windows(2).all(|w| w[1] - w[0] >= 13.9), "{ys:?}");
        assert!(chart.lines.iter().all(|l| l.end_label.x > chart.axes.frame.right && l.end_label.y <= chart.height));
        assert!(chart.lines.iter().filter(|l| l.end_label.text.ends_with(" £0")).count() >= 2);
    }

    #[test]
    fn the_agreement_expiry_is_marked_at_the_end_of_december_2023() {
        let chart = pressure_comparison_chart(&plans(&[ReadyMade::AgreementLapses]), DEFAULT_SIZE);
        assert_eq!(chart.markers.len(), 1);
        assert_eq!(chart.markers[0].label.text, "Agreement expires Dec 2023");
        let band = chart.axes.frame.width() / 36.0;
        assert!((chart.markers[0].x - (chart.axes.frame.left + 9.0 * band)).abs() < 0.1);
    }

    #[test]
    fn the_text_alternative_sums_up_each_plan_and_tables_every_running_total() {
        let chart = pressure_comparison_chart(&plans(&[ReadyMade::AgreementLapses]), DEFAULT_SIZE);
        assert_eq!(
            chart.summary,
            "Unfunded pressure added up month by month for each plan: Business as usual, £0 by Mar 2026; \
             Agreement lapses December 2023, £860,828 by Mar 2026, £860,828 more than business as usual (worse). \
             A vertical line marks the end of the agreement in force, Dec 2023."
        );
        assert_eq!(chart.table.columns.len(), 3);
        assert_eq!(chart.table.rows().count(), 36);
        let last = chart.table.rows().last().unwrap();
        assert_eq!((last.header.as_str(), last.cells.clone()), ("Mar 2026", vec!["£0".into(), "£860,828".into()]));
    }

    #[test]
    fn plans_of_different_lengths_share_one_time_axis() {
        let shorter = default_with(|s| s.horizon.end = m("2025-03"));
        let longer = default_with(|s| s.horizon.end = m("2027-03"));
        let base = Scenario::default_scenario();
        let all = vec![(base.clone(), eval(&base)), (shorter.clone(), eval(&shorter)), (longer.clone(), eval(&longer))];
        let chart = pressure_comparison_chart(&all, DEFAULT_SIZE);
        assert_eq!(chart.table.rows().count(), 48);
        let last = chart.table.rows().last().unwrap();
        assert_eq!(last.cells, ["—", "—", "£382,590"]);
        assert_eq!(chart.lines[1].d.matches('L').count(), 23);
        assert!(chart.lines[1].leader.is_some(), "a line ending early is joined to its label");
    }

    #[test]
    fn no_plans_give_an_empty_chart_not_a_panic() {
        let chart = pressure_comparison_chart(&[], DEFAULT_SIZE);
        assert!(chart.lines.is_empty() && chart.table.rows().count() == 0);
        assert!(Comparison::new(&[]).options.is_empty());
    }
}

mod what_changes {
    use super::*;
    use planner_view::compare::changes::{changes, no_changes};

    fn of(option: ReadyMade) -> Vec<String> {
        let base = Scenario::default_scenario();
        changes(&base, &option.build(&base))
    }

    #[test]
    fn funding_continuing_changes_nothing() {
        assert!(of(ReadyMade::FundingContinues).is_empty());
        assert_eq!(no_changes(&Scenario::default_scenario()), "Same as business as usual");
    }

    #[test]
    fn a_lapse_stops_funding_and_removes_the_later_caps() {
        assert_eq!(
            of(ReadyMade::AgreementLapses),
            [
                "Funding stops after Dec 2023 (business as usual: never)",
                "Cap for 2024/25: none (business as usual: £500,000)",
                "Cap for 2025/26: none (business as usual: £500,000)",
            ]
        );
    }

    #[test]
    fn the_review_option_says_where_each_officer_goes() {
        assert_eq!(
            of(ReadyMade::ReviewEndsFunding),
            [
                "Funding stops after Mar 2024 (business as usual: never)",
                "If funding stops, Detective Sergeant (MARSOC), Detective Constable (MARSOC), Detective Constable \
                 (Corruption, 1 of 2) and Detective Constable (Corruption, 2 of 2) return to their PIU core roles at once, \
                 ending their backfill (business as usual: carry on at MPS cost)",
                "If funding stops, Intelligence Development Officer (Band E) (MARSOC) moves to another OCU role at once \
                 (business as usual: carries on at MPS cost)",
            ]
        );
    }

    #[test]
    fn pay_awards_and_a_lower_cap_are_one_sentence_each() {
        assert_eq!(
            of(ReadyMade::PayAwards),
            ["Pay awards: 7% from Sep 2023, 4.75% from Sep 2024, 4.2% from Sep 2025 (business as usual: none)"]
        );
        assert_eq!(
            of(ReadyMade::LowerCap),
            [
                "Cap for 2024/25: £350,000 (business as usual: £500,000)",
                "Cap for 2025/26: £350,000 (business as usual: £500,000)",
            ]
        );
    }

    #[test]
    fn posts_are_matched_by_id_and_every_field_is_said() {
        let base = Scenario::default_scenario();
        let mut o = base.clone();
        o.horizon.end = m("2027-03");
        o.grant.payment_lag_months = 2;
        let ds = &mut o.posts[0];
        ds.annual_cost = money("90000.50");
        ds.fte = Fte::parse("0.5").unwrap();
        ds.end = Some(m("2025-03"));
        ds.vacancies =
            vec![Vacancy { from: m("2024-06"), to: m("2024-08") }, Vacancy { from: m("2025-01"), to: m("2025-01") }];
        ds.backfill = None;
        ds.on_funding_stop = StopResponse { action: StopAction::End, lag_months: 3 };
        o.posts[1].on_funding_stop.lag_months = 5; // carrying on ignores the lag: no change
        let mut new = o.posts[4].clone();
        new.id = "ido-2".into();
        o.posts.remove(4);
        o.posts.push(new);
        o.non_staff[0].annual_cost = money("1200");
        o.non_staff.push(NonStaffCost { name: "Vehicles".into(), annual_cost: money("5000") });
        assert_eq!(
            changes(&base, &o),
            [
                "The plan runs Apr 2023 to Mar 2027 (business as usual: Apr 2023 to Mar 2026)",
                "Invoices are paid 2 months after they are raised (business as usual: 1 month after they are raised)",
                "Post added: Intelligence Development Officer (Band E) (MARSOC), £65,580 a year at 1 FTE, from Apr 2023",
                "Post removed: Intelligence Development Officer (Band E) (MARSOC)",
                "Detective Sergeant (MARSOC): costs £90,000.50 a year (business as usual: £88,950)",
                "Detective Sergeant (MARSOC): 0.5 FTE (business as usual: 1 FTE)",
                "Detective Sergeant (MARSOC): ends Mar 2025 (business as usual: no end date)",
                "Detective Sergeant (MARSOC): vacant Jun 2024 to Aug 2024, Jan 2025 (business as usual: never vacant)",
                "Detective Sergeant (MARSOC): not backfilled (business as usual: backfilled at £88,950 a year)",
                "If funding stops, Detective Sergeant (MARSOC) leaves after 3 months and the post ends \
                 (business as usual: carries on at MPS cost)",
                "Non-staff cost “Line management, IT, vehicles and desk space (MPS-provided)”: £1,200 a year \
                 (business as usual: £0)",
                "Non-staff cost added: “Vehicles”, £5,000 a year",
            ]
        );
        assert_eq!(changes(&base, &o), changes(&base, &o), "deterministic");
    }
}

mod csv_export {
    use super::*;
    use planner_view::export::csv::{comparison_csv, months_csv, years_csv};

    /// An RFC 4180 reader: quoted fields with doubled quotes, CRLF between records.
    fn parse(text: &str) -> Vec<Vec<String>> {
        let body = text.strip_prefix('\u{FEFF}').expect("a byte order mark first");
        let (mut rows, mut row, mut field, mut quoted) = (Vec::new(), Vec::new(), String::new(), false);
        let mut chars = body.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') if field.is_empty() => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') => {
                    assert_eq!(chars.next(), Some('\n'), "CR is always followed by LF");
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, '\n') => panic!("a bare LF"),
                (false, c) => field.push(c),
            }
        }
        assert!(field.is_empty() && row.is_empty(), "the file ends with CRLF");
        rows
    }

    #[test]
    fn files_start_with_a_bom_and_end_every_line_with_crlf() {
        let s = Scenario::default_scenario();
        let o = eval(&s);
        for text in [months_csv(&s, &o), years_csv(&s, &o), comparison_csv(&plans(&[ReadyMade::LowerCap]))] {
            assert!(text.starts_with('\u{FEFF}'));
            assert!(text.ends_with("\r\n"));
            assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
        }
        assert_eq!(parse(&months_csv(&s, &o)).len(), 37, "a header and 36 months");
    }

    #[test]
    fn money_is_a_plain_number_and_months_are_iso() {
        let s = ReadyMade::AgreementLapses.build(&Scenario::default_scenario());
        let rows = parse(&months_csv(&s, &eval(&s)));
        assert_eq!(
            &rows[0][..6],
            ["Scenario", "Month (YYYY-MM)", "Financial year", "Quarter", "FTE in post", "Post cost (£)"]
        );
        assert_eq!(
            rows[1],
            [
                "Agreement lapses December 2023",
                "2023-04",
                "2023/24",
                "Q1",
                "5",
                "31882.50",
                "31882.50",
                "31882.50",
                "0.00",
                "0.00",
                "26417.50",
                "0.00",
                "0.00",
                "31882.50"
            ]
        );
        let years = parse(&years_csv(&s, &eval(&s)));
        let total = years.last().unwrap();
        assert_eq!((total[1].as_str(), total[8].as_str()), ("Total", "860827.50"));
        assert!(years[1..].iter().flatten().all(|c| !c.contains('£')));
    }

    #[test]
    fn a_name_with_commas_and_quotes_round_trips() {
        let s = default_with(|s| s.name = "Plan \"B\", revised\nfor IAM".into());
        let text = months_csv(&s, &eval(&s));
        assert!(text.contains("\"Plan \"\"B\"\", revised\nfor IAM\","));
        assert!(parse(&text)[1..].iter().all(|row| row[0] == s.name));
    }

    #[test]
    fn text_that_would_run_as_a_formula_is_guarded_but_negative_numbers_are_not() {
        let s = default_with(|s| s.name = "=HYPERLINK(\"http://x\",\"open\")".into());
        let rows = parse(&years_csv(&s, &eval(&s)));
        assert_eq!(rows[1][0], "'=HYPERLINK(\"http://x\",\"open\")");
        let rows = parse(&comparison_csv(&plans(&[ReadyMade::AgreementLapses])));
        let total = rows.iter().find(|r| r[0] == "Agreement lapses December 2023" && r[1] == "Total").unwrap();
        assert_eq!((total[2].as_str(), total[3].as_str()), ("860827.50", "860827.50"));
        assert_eq!((total[4].as_str(), total[5].as_str()), ("286942.50", "-860827.50"));
    }
}
