//! What an option changes compared with the baseline, in plain sentences a panel reads:
//! `Funding stops after Dec 2023 (business as usual: never)`.
//!
//! Posts are matched by id, non-staff costs by name. The order is fixed: the plan's dates,
//! the grant (name, stop, caps, payment), pay awards, posts added, removed and changed (in
//! the option's order), what posts do if funding stops (posts that change the same way
//! share a sentence), then non-staff costs. No sentences: show [`no_changes`].

use std::collections::BTreeSet;

use crate::compare::baseline_phrase;
use crate::format::{pounds, pounds_pence};
use planner_engine::money::Money;
use planner_engine::month::FinancialYear;
use planner_engine::post::{Post, StopAction, StopResponse, Vacancy};
use planner_engine::scenario::{PayAward, Scenario};

/// `Same as business as usual`: what to show when [`changes`] is empty.
pub fn no_changes(baseline: &Scenario) -> String {
    format!("Same as {}", baseline_phrase(&baseline.name))
}

/// Every difference between `baseline` and `option`, one sentence each.
pub fn changes(baseline: &Scenario, option: &Scenario) -> Vec<String> {
    let mut out = Said { phrase: baseline_phrase(&baseline.name), lines: Vec::new() };
    let (b, o) = (baseline, option);
    let span = |s: &Scenario| format!("{} to {}", s.horizon.start.label(), s.horizon.end.label());
    out.differ(span(b), span(o), |now, was| format!("The plan runs {now} ({was})"));
    out.differ(&b.grant.name, &o.grant.name, |now, was| format!("Grant: {now} ({was})"));
    let stop = |s: &Scenario| s.grant.stops_after.map_or_else(|| "never".into(), |m| format!("after {}", m.label()));
    out.differ(stop(b), stop(o), |now, was| match now.as_str() {
        "never" => format!("Funding never stops ({was})"),
        _ => format!("Funding stops {now} ({was})"),
    });
    let years: BTreeSet<FinancialYear> = b.grant.allocations.iter().chain(&o.grant.allocations).map(|a| a.fy).collect();
    for fy in years {
        let cap = |s: &Scenario| Some(s.grant.allocation(fy)).filter(|a| !a.is_zero()).map_or("none".into(), money);
        out.differ(cap(b), cap(o), |now, was| format!("Cap for {}: {now} ({was})", fy.label()));
    }
    let lag = |s: &Scenario| match s.grant.payment_lag_months {
        0 => "in the month they are raised".to_string(),
        1 => "1 month after they are raised".into(),
        n => format!("{n} months after they are raised"),
    };
    out.differ(lag(b), lag(o), |now, was| format!("Invoices are paid {now} ({was})"));
    out.differ(awards(&b.pay_awards), awards(&o.pay_awards), |now, was| format!("Pay awards: {now} ({was})"));

    let find = |s: &'_ Scenario, id: &str| s.posts.iter().position(|p| p.id == id);
    for p in o.posts.iter().filter(|p| find(b, &p.id).is_none()) {
        let ends = p.end.map(|e| format!(" to {}", e.label())).unwrap_or_default();
        out.lines.push(format!(
            "Post added: {}, {} a year at {} FTE, from {}{ends}",
            who(p, &o.posts),
            cost(o, p),
            p.fte,
            p.start.label()
        ));
    }
    for p in b.posts.iter().filter(|p| find(o, &p.id).is_none()) {
        out.lines.push(format!("Post removed: {}", who(p, &b.posts)));
    }
    let both: Vec<(&Post, &Post)> = o.posts.iter().filter_map(|p| find(b, &p.id).map(|i| (&b.posts[i], p))).collect();
    for (was, now) in &both {
        out.differ(cost(b, was), cost(o, now), |n, w| match now.is_built() {
            true => format!("{}: built from pay, {n} a year modelled ({w})", who(now, &o.posts)),
            false => format!("{}: costs {n} a year ({w})", who(now, &o.posts)),
        });
        post_changes(&mut out, was, now, &o.posts);
    }
    let mut groups: Vec<((StopResponse, StopResponse), Vec<&Post>)> = Vec::new();
    for (was, now) in &both {
        let key = (normal(was.on_funding_stop), normal(now.on_funding_stop));
        if key.0 == key.1 {
            continue;
        }
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, posts)) => posts.push(now),
            None => groups.push((key, vec![now])),
        }
    }
    for ((was, now), posts) in groups {
        let many = posts.len() > 1;
        let names = list(posts.iter().map(|p| who(p, &o.posts)).collect());
        out.lines.push(format!(
            "If funding stops, {names} {} ({}: {})",
            on_stop(now, many),
            out.phrase,
            on_stop(was, many)
        ));
    }
    non_staff_changes(&mut out, b, o);
    out.lines
}

/// The sentences so far, and how the baseline is named in them.
struct Said {
    phrase: String,
    lines: Vec<String>,
}

impl Said {
    /// Adds `say(now, "business as usual: was")` when the two differ.
    fn differ<T: AsRef<str> + PartialEq>(&mut self, was: T, now: T, say: impl Fn(String, String) -> String) {
        if was != now {
            let line = say(now.as_ref().to_string(), format!("{}: {}", self.phrase, was.as_ref()));
            self.lines.push(line);
        }
    }
}

fn post_changes(out: &mut Said, was: &Post, now: &Post, all: &[Post]) {
    let at = |text: String| format!("{}: {text}", who(now, all));
    out.differ(&was.title, &now.title, |_, b| at(format!("retitled ({b})")));
    out.differ(was.team.name(), now.team.name(), |n, b| at(format!("in the {n} team ({b})")));
    out.differ(format!("{} FTE", was.fte), format!("{} FTE", now.fte), |n, b| at(format!("{n} ({b})")));
    out.differ(was.start.label(), now.start.label(), |n, b| at(format!("starts {n} ({b})")));
    let end = |p: &Post| p.end.map_or_else(|| "no end date".into(), |m| format!("ends {}", m.label()));
    out.differ(end(was), end(now), |n, b| at(format!("{n} ({b})")));
    out.differ(vacancies(&was.vacancies), vacancies(&now.vacancies), |n, b| at(format!("{n} ({b})")));
    let backfill = |p: &Post| {
        p.backfill.map_or_else(|| "not backfilled".into(), |f| format!("backfilled at {} a year", money(f.annual_cost)))
    };
    out.differ(backfill(was), backfill(now), |n, b| at(format!("{n} ({b})")));
}

fn non_staff_changes(out: &mut Said, b: &Scenario, o: &Scenario) {
    let mut matched = vec![false; b.non_staff.len()];
    for item in &o.non_staff {
        let found = (0..b.non_staff.len()).find(|i| !matched[*i] && b.non_staff[*i].name == item.name);
        let cost = money(item.annual_cost);
        match found {
            Some(i) => {
                matched[i] = true;
                let was = money(b.non_staff[i].annual_cost);
                out.differ(was, cost, |n, w| format!("Non-staff cost “{}”: {n} a year ({w})", item.name));
            }
            None => out.lines.push(format!("Non-staff cost added: “{}”, {cost} a year", item.name)),
        }
    }
    for (item, _) in b.non_staff.iter().zip(matched).filter(|(_, m)| !m) {
        out.lines.push(format!("Non-staff cost removed: “{}”", item.name));
    }
}

/// `Detective Sergeant (MARSOC)`, or `Detective Constable (Corruption, 2 of 2)` when the plan
/// has more than one post of that title in that team: what a panel reads, never the
/// post's internal id.
pub(crate) fn who(p: &Post, all: &[Post]) -> String {
    let same: Vec<&Post> = all.iter().filter(|q| q.title == p.title && q.team == p.team).collect();
    match same.iter().position(|q| q.id == p.id) {
        Some(n) if same.len() > 1 => format!("{} ({}, {} of {})", p.title, p.team, n + 1, same.len()),
        _ => format!("{} ({})", p.title, p.team),
    }
}

/// A post's annual cost as the comparison says it: `£88,950`; for a built post its
/// modelled annual cost, never £0.
fn cost(s: &Scenario, p: &Post) -> String {
    match s.posts.iter().position(|q| q.id == p.id).filter(|_| p.is_built()) {
        Some(i) => money(s.modelled_annual_cost(i)),
        None => money(p.annual_cost),
    }
}

/// `£88,950`, or `£88,950.50` when there are pennies.
pub(crate) fn money(amount: Money) -> String {
    if amount.value().fract().is_zero() {
        pounds(amount)
    } else {
        pounds_pence(amount)
    }
}

/// `7% from Sep 2023, 4.75% from Sep 2024`, or `none`.
pub(crate) fn awards(list: &[PayAward]) -> String {
    if list.is_empty() {
        return "none".into();
    }
    let whom = |a: &PayAward| a.group.map(|g| format!(" for {}", g.describe().to_lowercase())).unwrap_or_default();
    list.iter()
        .map(|a| format!("{}% from {}{}", a.percent, a.effective.label(), whom(a)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `vacant Jun 2024 to Aug 2024, Jan 2025`, or `never vacant`.
fn vacancies(list: &[Vacancy]) -> String {
    let range = |v: &Vacancy| match v.from == v.to {
        true => v.from.label(),
        false => format!("{} to {}", v.from.label(), v.to.label()),
    };
    match list.is_empty() {
        true => "never vacant".into(),
        false => format!("vacant {}", list.iter().map(range).collect::<Vec<_>>().join(", ")),
    }
}

/// A post that carries on ignores the lag, so only the action matters then.
pub(crate) fn normal(r: StopResponse) -> StopResponse {
    match r.action {
        StopAction::Continue => StopResponse { action: StopAction::Continue, lag_months: 0 },
        _ => r,
    }
}

/// `returns to the PIU core role at once, ending its backfill` (or plural).
pub(crate) fn on_stop(r: StopResponse, many: bool) -> String {
    let when = match r.lag_months {
        0 => "at once".to_string(),
        1 => "after 1 month".into(),
        n => format!("after {n} months"),
    };
    let pick = |one: &str, several: &str| if many { several.to_string() } else { one.to_string() };
    match r.action {
        StopAction::Continue => pick("carries on at MPS cost", "carry on at MPS cost"),
        StopAction::End => {
            pick(&format!("leaves {when} and the post ends"), &format!("leave {when} and the posts end"))
        }
        StopAction::RedeployOcu => {
            pick(&format!("moves to another OCU role {when}"), &format!("move to other OCU roles {when}"))
        }
        StopAction::RedeployPiu => pick(
            &format!("returns to the PIU core role {when}, ending its backfill"),
            &format!("return to their PIU core roles {when}, ending their backfill"),
        ),
    }
}

/// `A, B and C`.
pub(crate) fn list(items: Vec<String>) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use planner_engine::month::Month;

    #[test]
    fn lists_join_with_commas_and_a_final_and() {
        assert_eq!(list(vec!["A".into(), "B".into(), "C".into()]), "A, B and C");
        assert_eq!(list(vec!["A".into()]), "A");
        assert_eq!(list(Vec::new()), "");
    }

    #[test]
    fn a_renamed_baseline_is_quoted() {
        let mut base = Scenario::default_scenario();
        assert_eq!(no_changes(&base), "Same as business as usual");
        base.name = "Plan A".into();
        assert_eq!(no_changes(&base), "Same as “Plan A”");
        let mut option = base.clone();
        option.horizon.start = Month::known(2023, 5);
        assert_eq!(changes(&base, &option), ["The plan runs May 2023 to Mar 2026 (“Plan A”: Apr 2023 to Mar 2026)"]);
    }
}
