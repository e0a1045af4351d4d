//! What each plan assumes, for the A4 options sheet a panel decides from: when funding
//! stops, what each post then does and after how long, the pay awards and the caps.

use crate::compare::changes::{awards, list, money, normal, on_stop, who};
use crate::table::{Column, Row, RowKind, Table};
use planner_engine::post::{Post, StopResponse};
use planner_engine::scenario::Scenario;

/// One row per plan, the baseline first: its stop month, each post's response and lag,
/// pay awards and allocations.
pub fn assumptions_table(scenarios: &[&Scenario], id: &str) -> Table {
    let rows = scenarios
        .iter()
        .map(|s| Row {
            kind: RowKind::Detail,
            header: s.name.clone(),
            cells: vec![stop(s), responses(s), awards(&s.pay_awards), caps(s)],
        })
        .collect();
    let column = |label: &str| Column { label: label.into(), numeric: false };
    Table {
        id: id.into(),
        caption: "What each plan assumes".into(),
        columns: ["Plan", "Funding stops", "If funding stops", "Pay awards", "Caps"].map(column).to_vec(),
        groups: vec![rows],
        total: None,
    }
}

/// `After Dec 2023`, or `Never` (also when the stop is at or after the plan's end).
fn stop(s: &Scenario) -> String {
    match s.grant.stops_after {
        Some(m) if m < s.horizon.end => format!("After {}", m.label()),
        Some(m) => format!("After {} (the plan's end: no effect)", m.label()),
        None => "Never".into(),
    }
}

/// Posts grouped by what they do if funding stops, in the plan's order:
/// `Detective Sergeant (MARSOC) and … return to their PIU core roles at once, ending …`.
fn responses(s: &Scenario) -> String {
    let mut groups: Vec<(StopResponse, Vec<&Post>)> = Vec::new();
    for p in &s.posts {
        let r = normal(p.on_funding_stop);
        match groups.iter_mut().find(|(k, _)| *k == r) {
            Some((_, posts)) => posts.push(p),
            None => groups.push((r, vec![p])),
        }
    }
    let said: Vec<String> = groups
        .iter()
        .map(|(r, posts)| {
            let names = list(posts.iter().map(|p| who(p, &s.posts)).collect());
            format!("{names} {}", on_stop(*r, posts.len() > 1))
        })
        .collect();
    match said.is_empty() {
        true => "No posts".into(),
        false => format!("{}.", said.join("; ")),
    }
}

/// `2023/24 £382,590; 2024/25 £500,000; 2025/26 £500,000`.
fn caps(s: &Scenario) -> String {
    match s.grant.allocations.is_empty() {
        true => "None".into(),
        false => s
            .grant
            .allocations
            .iter()
            .map(|a| format!("{} {}", a.fy.label(), money(a.amount)))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use planner_engine::ReadyMade;

    #[test]
    fn every_assumption_of_the_review_option_is_said() {
        let base = Scenario::default_scenario();
        let review = ReadyMade::ReviewEndsFunding.build(&base);
        let t = assumptions_table(&[&base, &review], "t");
        let rows: Vec<&Row> = t.rows().collect();
        assert_eq!(rows[0].cells[0], "Never");
        assert_eq!(rows[0].cells[1], "Detective Sergeant (MARSOC), Detective Constable (MARSOC), Detective Constable (Corruption, 1 of 2), Detective Constable (Corruption, 2 of 2) and Intelligence Development Officer (Band E) (MARSOC) carry on at MPS cost.");
        assert_eq!(rows[1].cells[0], "After Mar 2024");
        assert!(rows[1].cells[1].contains("return to their PIU core roles at once, ending their backfill; Intelligence Development Officer (Band E) (MARSOC) moves to another OCU role at once."), "{}", rows[1].cells[1]);
        assert_eq!(rows[1].cells[2], "none");
        assert_eq!(rows[1].cells[3], "2023/24 £382,590; 2024/25 £500,000; 2025/26 £500,000");
    }
}
