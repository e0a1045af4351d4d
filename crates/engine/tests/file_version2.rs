//! Scenario files and links of version 2: what is read, what is written, and every
//! version 2 field's errors, each naming its field path.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod crafted;
use common::*;
use crafted::link_of;
use planner_engine::*;
use serde_json::{json, Value};

/// MODEL.md's version 2 example, made a whole file.
fn example() -> Value {
    json!({
        "version": 2,
        "name": "Built from pay",
        "horizon": { "start": "2023-04", "end": "2026-03" },
        "posts": [
            { "id": "dc-1", "title": "Detective Constable", "team": "Corruption", "group": "officer",
              "pay": { "salary": "46044.00",
                       "allowances": [ { "name": "London weighting", "annual": "3065.00" },
                                       { "name": "London allowance", "annual": "2000.00", "uprated": false } ] },
              "start": "2023-04" },
            { "id": "ido", "title": "IDO", "team": "MARSOC", "annual_cost": "65580.00", "start": "2023-04" }
        ],
        "pay_awards": [ { "effective": "2023-09", "percent": "7", "group": "officer" } ],
        "grant": { "name": "Grant", "allocations": [ { "fy": 2023, "amount": "382590.00" } ] },
        "on_costs": {
            "employer_ni": [ { "from": "2023-04", "rate": "13.8", "monthly_threshold": "758.00" },
                             { "from": "2025-04", "rate": "15", "monthly_threshold": "417.00" } ],
            "pension": [ { "group": "officer", "from": "2023-04", "rate": "31" },
                         { "group": "officer", "from": "2024-04", "rate": "35.3" } ],
            "apprenticeship_levy": [ { "from": "2023-04", "rate": "0.5" } ] }
    })
}

fn with(change: impl FnOnce(&mut Value)) -> String {
    let mut v = example();
    change(&mut v);
    v.to_string()
}

fn error_of(text: &str) -> String {
    Scenario::from_json(text).unwrap_err().to_string()
}

#[test]
fn the_version_2_example_reads_and_writes_back_as_version_2() {
    let s = Scenario::from_json(&example().to_string()).unwrap();
    let dc = &s.posts[0];
    assert_eq!(dc.group, Some(PayGroup::Officer));
    let pay = dc.pay.as_ref().unwrap();
    assert_eq!(pay.salary, money("46044.00"));
    assert_eq!((pay.allowances[0].pensionable, pay.allowances[0].uprated), (false, true));
    assert!(!pay.allowances[1].uprated);
    assert_eq!(s.pay_awards[0].group, Some(PayGroup::Officer));
    assert_eq!(s.on_costs.pension[1].rate, Rate::parse("35.3").unwrap());
    let written = s.to_json();
    assert!(written.starts_with("{\n  \"version\": 2,"), "{written}");
    // A built post writes no annual_cost; an all-in post no pay.
    let v: Value = serde_json::from_str(&written).unwrap();
    assert!(v["posts"][0].get("annual_cost").is_none() && v["posts"][1].get("pay").is_none());
    assert!(v["posts"][1].get("group").is_none());
    assert_eq!(Scenario::from_json(&written).unwrap(), s);
    // The hand-checked month of tests/pay_rules.rs, with the all-in IDO (£5,465.00).
    let o = evaluate(&s).unwrap();
    assert_eq!(o.months[5].figures.post_cost, gbp(6_363_69 + 5_465_00));
}

#[test]
fn a_scenario_using_no_version_2_field_is_written_as_version_1() {
    let v1 = Scenario::default_scenario();
    assert!(!v1.uses_version_2());
    assert!(v1.to_json().starts_with("{\n  \"version\": 1,"));
    // Read from a file that says version 2, it is still written as version 1.
    let text = v1.to_json().replacen("\"version\": 1", "\"version\": 2", 1);
    let back = Scenario::from_json(&text).unwrap();
    assert_eq!(back, v1);
    assert_eq!(back.to_value()["version"], json!(1));
    // One group on one award is enough to make it version 2.
    let mut one = v1.clone();
    one.pay_awards =
        vec![PayAward { effective: m("2023-09"), percent: Percent::parse("7").unwrap(), group: Some(PayGroup::Staff) }];
    assert_eq!(one.file_version(), 2);
}

#[test]
fn a_version_2_field_in_a_version_1_file_is_an_unknown_field() {
    let v1 = |change: fn(&mut Value)| {
        let mut v = Scenario::default_scenario().to_value();
        change(&mut v);
        error_of(&v.to_string())
    };
    let said = "a version 2 field, in a file that says \"version\": 1";
    for (error, path) in [
        (v1(|v| v["posts"][0]["group"] = json!("officer")), "posts[0].group: unknown field `group`"),
        (v1(|v| v["posts"][1]["pay"] = json!({ "salary": "1" })), "posts[1].pay: unknown field `pay`"),
        (
            v1(|v| v["pay_awards"] = json!([{ "effective": "2023-09", "percent": "7", "group": "staff" }])),
            "pay_awards[0].group: unknown field `group`",
        ),
        (v1(|v| v["on_costs"] = json!({})), "on_costs: unknown field `on_costs`"),
        (v1(|v| v["actuals"] = json!({ "through": "2023-04" })), "actuals: unknown field `actuals`"),
    ] {
        assert!(error.starts_with(path) && error.ends_with(said), "{path}: {error}");
    }
    // Even `null` in a version 2 field is refused by a version 1 file, as any unknown field is.
    assert!(v1(|v| v["posts"][0]["group"] = Value::Null).starts_with("posts[0].group: unknown field"));
}

#[test]
fn bad_version_2_fields_name_the_field_and_say_what_is_wrong() {
    let cases: Vec<(String, &str)> = vec![
        (
            with(|v| v["posts"][0]["annual_cost"] = json!("1.00")),
            "posts[0].pay: a post is costed all-in (annual_cost) or built from its pay (pay), not both",
        ),
        (
            with(|v| {
                v["posts"][1].as_object_mut().unwrap().remove("annual_cost");
            }),
            "posts[1].annual_cost: missing: give annual_cost (all-in) or pay (salary and allowances)",
        ),
        (with(|v| v["posts"][0]["pay"] = Value::Null), "posts[0].annual_cost: missing"),
        (
            with(|v| {
                v["posts"][0].as_object_mut().unwrap().remove("group");
            }),
            "posts[0].group: missing: a post built from its pay needs a group (officer or staff)",
        ),
        (
            with(|v| v["posts"][0]["group"] = json!("sergeant")),
            "posts[0].group: unknown variant `sergeant`, expected `officer` or `staff`",
        ),
        (with(|v| v["pay_awards"][0]["group"] = json!("Officer")), "pay_awards[0].group: unknown variant `Officer`"),
        (with(|v| v["posts"][0]["pay"]["salary"] = json!("-1")), "posts[0].pay.salary: must not be negative"),
        (
            with(|v| v["posts"][0]["pay"]["salary"] = json!(46044)),
            "posts[0].pay.salary: invalid type: integer `46044`, expected money",
        ),
        (
            with(|v| v["posts"][0]["pay"]["allowances"][1]["annual"] = json!("2000.001")),
            "posts[0].pay.allowances[1].annual: at most two decimal places",
        ),
        (
            with(|v| {
                v["posts"][0]["pay"]["allowances"][0].as_object_mut().unwrap().remove("name");
            }),
            "posts[0].pay.allowances[0]: missing field `name`",
        ),
        (
            with(|v| v["posts"][0]["pay"]["allowances"][0]["name"] = json!(" ")),
            "posts[0].pay.allowances[0].name: must not be empty",
        ),
        (
            with(|v| v["posts"][0]["pay"]["allowances"][0]["uprated"] = json!("yes")),
            "posts[0].pay.allowances[0].uprated: invalid type",
        ),
        (with(|v| v["posts"][0]["pay"]["bonus"] = json!("1")), "posts[0].pay.bonus: unknown field `bonus`"),
        (
            with(|v| v["on_costs"]["employer_ni"][0]["rate"] = json!("100.5")),
            "on_costs.employer_ni[0].rate: must be from 0 to 100 (got 100.5)",
        ),
        (
            with(|v| v["on_costs"]["pension"][0]["rate"] = json!("-1")),
            "on_costs.pension[0].rate: must be from 0 to 100 (got -1)",
        ),
        (
            with(|v| v["on_costs"]["apprenticeship_levy"][0]["rate"] = json!("0.12345")),
            "on_costs.apprenticeship_levy[0].rate: at most four decimal places",
        ),
        (
            with(|v| v["on_costs"]["employer_ni"][0]["rate"] = json!(13.8)),
            "on_costs.employer_ni[0].rate: invalid type: floating point `13.8`, expected a rate",
        ),
        (
            with(|v| v["on_costs"]["employer_ni"][0]["rate"] = json!("1e1")),
            "on_costs.employer_ni[0].rate: \"1e1\" is not a rate",
        ),
        (
            with(|v| {
                v["on_costs"]["employer_ni"][1].as_object_mut().unwrap().remove("monthly_threshold");
            }),
            "on_costs.employer_ni[1]: missing field `monthly_threshold`",
        ),
        (
            with(|v| {
                v["on_costs"]["pension"][0].as_object_mut().unwrap().remove("group");
            }),
            "on_costs.pension[0]: missing field `group`",
        ),
        (
            with(|v| v["on_costs"]["employer_ni"][1]["from"] = json!("2023-04")),
            "on_costs.employer_ni[1].from: another entry is also from 2023-04: give each month once",
        ),
        (
            with(|v| v["on_costs"]["pension"][1]["from"] = json!("2023-04")),
            "on_costs.pension[1].from: another entry for officer is also from 2023-04",
        ),
        (
            with(|v| v["on_costs"]["pension"][0]["from"] = json!("2023-4")),
            "on_costs.pension[0].from: \"2023-4\" is not a month",
        ),
        (with(|v| v["on_costs"]["levy"] = json!([])), "on_costs.levy: unknown field `levy`"),
    ];
    for (text, expected) in cases {
        let error = error_of(&text);
        assert!(error.starts_with(expected), "expected {expected:?}\n     got {error:?}");
    }
}

#[test]
fn the_same_month_for_two_groups_is_not_a_duplicate() {
    let text = with(|v| v["on_costs"]["pension"][1] = json!({ "group": "staff", "from": "2023-04", "rate": "27.1" }));
    assert!(Scenario::from_json(&text).is_ok());
}

#[test]
fn optional_version_2_lists_may_be_left_out_or_null() {
    let text = with(|v| {
        v["on_costs"] = json!({ "employer_ni": null, "pension": [] });
        v["posts"][0]["pay"]["allowances"] = Value::Null;
        v["posts"][1]["pay"] = Value::Null;
    });
    let s = Scenario::from_json(&text).unwrap();
    assert!(s.on_costs.is_empty() && s.posts[0].pay.as_ref().unwrap().allowances.is_empty());
}

#[test]
fn a_version_2_set_is_link_version_2_and_round_trips() {
    let v2 = Scenario::from_json(&example().to_string()).unwrap();
    let set = ScenarioSet { made: None, scenarios: vec![Scenario::default_scenario(), v2] };
    let fragment = encode_link(&set);
    assert!(fragment.starts_with("s=2."), "{fragment}");
    assert_eq!(decode_link(&fragment).unwrap(), set);
    // A version 1 set still makes a version 1 link.
    let v1 = ScenarioSet { made: None, scenarios: vec![Scenario::default_scenario()] };
    assert!(encode_link(&v1).starts_with("s=1."));
    // Relabelled as version 1, it is refused as damaged, never read with wrong numbers.
    let relabelled = fragment.replacen("s=2.", "s=1.", 1);
    assert!(matches!(decode_link(&relabelled), Err(Error::Link(LinkError::Damaged))));
    // A version 2 field inside a version 1 link is refused, as in a version 1 file.
    let json = r#"{"scenarios":[{"name":"A","horizon":{"start":"2023-04","end":"2023-04"},"posts":[],"grant":{"name":"G","allocations":[]},"on_costs":{}}]}"#;
    let error = decode_link(&link_of(json)).unwrap_err().to_string();
    assert!(error.contains("scenarios[0].on_costs: unknown field `on_costs`: a version 2 field"), "{error}");
    // Nor does the scenario saying `"version": 2` let it in (it once opened, read as version 2).
    let said_2 = json.replacen("{\"name\"", "{\"version\":2,\"name\"", 1);
    let error = decode_link(&link_of(&said_2)).unwrap_err().to_string();
    assert!(error.contains("scenarios[0].version: says version 2, but this is a version 1 link"), "{error}");
}

#[test]
fn a_version_2_link_is_compressed_against_its_dictionary() {
    // The published option alone: far shorter than its deflated JSON would be.
    let option = ReadyMade::PublishedPay.build(&Scenario::default_scenario());
    let fragment = encode_link(&ScenarioSet { made: None, scenarios: vec![option.clone()] });
    assert!(fragment.len() < 500, "{} characters", fragment.len());
    assert_eq!(decode_link(&fragment).unwrap().scenarios, vec![option]);
    // Every cut of a version 2 link is refused.
    for cut in 1..fragment.len() - 4 {
        let err = decode_link(&fragment[..fragment.len() - cut]).unwrap_err();
        assert!(matches!(err, Error::Link(LinkError::Damaged | LinkError::NoScenario)), "cut {cut}: {err}");
    }
}

#[test]
fn a_set_file_is_as_new_as_its_newest_scenario() {
    let v2 = Scenario::from_json(&example().to_string()).unwrap();
    let set = ScenarioSet { made: None, scenarios: vec![Scenario::default_scenario(), v2] };
    let v: Value = serde_json::from_str(&set.to_json()).unwrap();
    assert_eq!((v["version"].clone(), v["scenarios"][0]["version"].clone()), (json!(2), json!(1)));
    assert_eq!(v["scenarios"][1]["version"], json!(2));
    assert_eq!(ScenarioSet::from_json(&set.to_json()).unwrap(), set);
}

#[test]
fn the_precise_readings_number_formats_are_enforced() {
    let cases: Vec<(String, &str)> = vec![
        (
            with(|v| v["posts"][1]["on_funding_stop"] = json!({ "action": "end", "lag_months": 1.5 })),
            "posts[1].on_funding_stop.lag_months: invalid type: floating point `1.5`",
        ),
        (
            with(|v| v["grant"]["payment_lag_months"] = json!("1")),
            "grant.payment_lag_months: invalid type: string \"1\"",
        ),
        (
            with(|v| v["grant"]["allocations"][0]["fy"] = json!("2023")),
            "grant.allocations[0].fy: invalid type: string \"2023\"",
        ),
        (with(|v| v["posts"][1]["fte"] = json!("0.12345")), "posts[1].fte: at most four decimal places"),
        (with(|v| v["posts"][1]["fte"] = json!(0.5)), "posts[1].fte: invalid type: floating point `0.5`"),
        (
            with(|v| v["pay_awards"][0]["percent"] = json!("4.75001")),
            "pay_awards[0].percent: at most four decimal places",
        ),
        (
            with(|v| v["posts"][0]["pay"]["salary"] = json!("46,044.00")),
            "posts[0].pay.salary: \"46,044.00\" is not an amount",
        ),
        (
            with(|v| v["on_costs"]["employer_ni"][0]["monthly_threshold"] = json!("758.001")),
            "on_costs.employer_ni[0].monthly_threshold: at most two decimal places",
        ),
    ];
    for (text, expected) in cases {
        let error = error_of(&text);
        assert!(error.starts_with(expected), "expected {expected:?}\n     got {error:?}");
    }
    // A key given twice in a version 2 object is refused on its path.
    let text = example().to_string().replacen("\"rate\":\"13.8\"", "\"rate\":\"13.8\",\"rate\":\"12\"", 1);
    assert!(text.contains("\"rate\":\"12\""), "the edit took");
    assert_eq!(error_of(&text), "on_costs.employer_ni[0].rate: appears twice");
}

#[test]
fn a_built_post_with_an_all_in_cost_in_memory_is_refused() {
    let mut s = Scenario::from_json(&example().to_string()).unwrap();
    s.posts[0].annual_cost = money("1.00");
    assert_eq!(
        evaluate(&s).unwrap_err().to_string(),
        "posts[0].annual_cost: a post built from its pay has no annual_cost"
    );
}

#[test]
fn null_in_an_optional_version_2_field_means_left_out() {
    let text = with(|v| {
        v["posts"][0]["pay"]["allowances"][0]["pensionable"] = Value::Null;
        v["posts"][0]["pay"]["allowances"][0]["uprated"] = Value::Null;
        v["posts"][0]["annual_cost"] = Value::Null;
        v["posts"][1]["group"] = Value::Null;
        v["on_costs"]["apprenticeship_levy"] = Value::Null;
        v["actuals"] = json!({ "through": "2023-09", "months": null,
                               "invoices": [ { "quarter": "2023/24 Q1", "amount": "1.00", "paid": "2023-08", "disallowed": null } ] });
    });
    let s = Scenario::from_json(&text).unwrap();
    let a = &s.posts[0].pay.as_ref().unwrap().allowances[0];
    assert_eq!((a.pensionable, a.uprated, s.posts[1].group), (false, true, None));
    assert!(s.on_costs.apprenticeship_levy.is_empty());
    let actuals = s.actuals.unwrap();
    assert!(actuals.months.is_empty() && !actuals.invoices[0].disallowed);
    // A required field given as null is refused on its path.
    let text = with(|v| v["actuals"] = json!({ "through": null }));
    assert!(error_of(&text).starts_with("actuals.through: invalid type: null"), "{}", error_of(&text));
}
