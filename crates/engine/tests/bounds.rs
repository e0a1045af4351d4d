//! What a scenario and a set may hold (issue 16: small links that froze the tab): bounded to
//! what a planner could mean, refused with the field named, in files and links alike.

use planner_engine::edit::{apply_change, Change};
use planner_engine::month::Month;
use planner_engine::post::Vacancy;
use planner_engine::samples::national_scale;
use planner_engine::scenario::{MAX_POSTS, MAX_VACANCIES};
use planner_engine::set::{MAX_SCENARIOS, MAX_SET_POSTS};
use planner_engine::{decode_link, encode_link, evaluate, Scenario, ScenarioSet};

fn with_posts(posts: usize, vacancies: usize) -> Scenario {
    let mut s = Scenario::default_scenario();
    s.horizon.end = s.horizon.start.plus(239);
    let template = s.posts[1].clone();
    s.posts = (0..posts)
        .map(|i| {
            let mut p = template.clone();
            p.id = format!("p{i}");
            p.vacancies = (0..vacancies)
                .map(|k| {
                    let m: Month = s.horizon.start.plus((k * 9) as i32);
                    Vacancy { from: m, to: m }
                })
                .collect();
            p
        })
        .collect();
    s
}

fn link_error(set: ScenarioSet) -> String {
    decode_link(&encode_link(&set)).map(|_| ()).err().map(|e| e.to_string()).unwrap_or_default()
}

#[test]
fn the_largest_sample_and_scenarios_at_the_bounds_are_accepted() {
    let national = national_scale();
    assert!(national.validate().is_ok() && evaluate(&national).is_ok());
    let at_bounds = with_posts(MAX_POSTS, MAX_VACANCIES);
    assert!(at_bounds.validate().is_ok(), "{:?}", at_bounds.validate());
    let two_national = ScenarioSet { made: None, scenarios: vec![national.clone(), national] };
    assert!(decode_link(&encode_link(&two_national)).is_ok(), "two national plans side by side");
    let many = ScenarioSet { made: None, scenarios: vec![Scenario::default_scenario(); MAX_SCENARIOS] };
    assert!(decode_link(&encode_link(&many)).is_ok());
}

#[test]
fn the_links_that_froze_the_tab_are_refused_with_the_field_named() {
    let one = |s| ScenarioSet { made: None, scenarios: vec![s] };
    // As in the issue: one post, 7,400 vacancies (the same month over and over, 1.6 kB of link).
    let mut vacant = with_posts(1, 1);
    vacant.posts[0].vacancies = vec![vacant.posts[0].vacancies[0]; 7_400];
    let vacancies = link_error(one(vacant));
    assert!(vacancies.contains("posts[0].vacancies: at most 24 vacancies a post"), "{vacancies}");
    // Past 500 posts a link is also past its length limit: the file says why.
    let posts = ScenarioSet::from_json(&one(with_posts(2_000, 0)).to_json())
        .map(|_| ())
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(posts.contains("scenarios[0].posts: at most 500 posts"), "{posts}");
    let fifty = ScenarioSet { made: None, scenarios: vec![Scenario::default_scenario(); 50] };
    let why = link_error(fifty);
    assert!(why.contains("a link holds 1 to 20 scenarios"), "{why}");
    let crowded = ScenarioSet { made: None, scenarios: (0..11).map(|_| with_posts(100, 0)).collect() };
    let why = link_error(crowded.clone());
    assert!(why.contains("scenarios: at most 1000 posts across the scenarios, not 1100"), "{why}");
    let file = ScenarioSet::from_json(&crowded.to_json()).map(|_| ()).err().map(|e| e.to_string()).unwrap_or_default();
    assert!(file.contains("scenarios: at most 1000 posts"), "{file}");
    const { assert!(MAX_SET_POSTS >= 2 * 500, "two national-scale plans fit in a set") };
}

#[test]
fn the_editor_adds_no_row_past_a_bound() {
    let full = with_posts(MAX_POSTS, MAX_VACANCIES);
    assert_eq!(apply_change(&full, Change::AddPost).posts.len(), MAX_POSTS);
    assert_eq!(apply_change(&full, Change::AddVacancy(0)).posts[0].vacancies.len(), MAX_VACANCIES);
    let small = with_posts(1, 0);
    assert_eq!(apply_change(&small, Change::AddVacancy(0)).posts[0].vacancies.len(), 1);
}
