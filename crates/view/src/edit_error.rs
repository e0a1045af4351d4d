//! An edit's refusal, said beside the field: another field's path in a planner's words
//! (`post 2, vacancy 1, to`), never as the file writes it.

use planner_engine::edit::EditError;
use planner_engine::field_path::Step;
use planner_engine::FieldPath;

/// The message for beside the edited field.
pub fn describe(e: &EditError) -> String {
    match e {
        EditError::Rule { message, elsewhere: Some(path) } => format!("{message} (see {})", in_words(path)),
        other => other.to_string(),
    }
}

/// `posts[1].vacancies[0].to` → `post 2, vacancy 1, to`; an item counts from 1, and a
/// list's name and its item are one phrase.
pub fn in_words(path: &FieldPath) -> String {
    let mut phrases: Vec<String> = Vec::new();
    for step in path.steps() {
        match step {
            Step::Key(key) => phrases.push(key_words(key)),
            Step::Index(i) => match phrases.last_mut() {
                Some(list) => *list = format!("{list} {}", i + 1),
                None => phrases.push(format!("item {}", i + 1)),
            },
            Step::Year(fy) => match phrases.last_mut() {
                Some(list) => *list = format!("{list} {}", fy.label()),
                None => phrases.push(fy.label()),
            },
            Step::Month(m) => match phrases.last_mut() {
                Some(list) => *list = format!("{list} {}", m.label()),
                None => phrases.push(m.label()),
            },
        }
    }
    phrases.join(", ")
}

fn key_words(key: &str) -> String {
    let words = match key {
        "posts" => "post",
        "vacancies" => "vacancy",
        "pay_awards" => "pay award",
        "non_staff" => "non-staff cost",
        "allocations" => "allocation",
        "allowances" => "allowance",
        "on_funding_stop" => "if funding stops",
        "lag_months" => "after (months)",
        "stops_after" => "funding stops after",
        "payment_lag_months" => "payment lag",
        "annual_cost" => "annual cost",
        "employer_ni" => "employer NI",
        "apprenticeship_levy" => "apprenticeship levy",
        "on_costs" => "on-costs",
        "fte" => "FTE",
        "months" => "actual",
        "invoices" => "invoice paid",
        "post_cost" => "post cost",
        "through" => "actuals to",
        other => other,
    };
    words.replace('_', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use planner_engine::edit::{apply_edit, Field};
    use planner_engine::{FinancialYear, Scenario};

    #[test]
    fn paths_read_as_words() {
        let words = |path: FieldPath| in_words(&path);
        assert_eq!(words(Field::VacancyTo(1, 0).path()), "post 2, vacancy 1, to");
        assert_eq!(words(Field::StopsAfter.path()), "grant, funding stops after");
        assert_eq!(words(Field::PostLag(0).path()), "post 1, if funding stops, after (months)");
        assert_eq!(words(Field::Allocation(FinancialYear(2024)).path()), "grant, allocation 2024/25");
    }

    #[test]
    fn a_rule_broken_elsewhere_names_that_field_in_words() {
        let s = apply_edit(&Scenario::default_scenario(), Field::PostEnd(0), "2024-03").expect("an end");
        let e = apply_edit(&s, Field::PostStart(0), "2024-06").expect_err("start after end");
        assert_eq!(describe(&e), "2024-03 is before the post starts (2024-06) (see post 1, end)");
        let own = apply_edit(&s, Field::PostEnd(0), "2023-01").expect_err("end before start");
        assert_eq!(describe(&own), own.to_string(), "a rule on the field itself names no other");
    }
}
