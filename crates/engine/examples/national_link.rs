//! Prints the share-link fragment of the national-scale sample (for the browser benchmark):
//! `cargo run -q -p planner-engine --example national_link`.

use planner_engine::samples::national_scale;
use planner_engine::{encode_link, ScenarioSet};

fn main() {
    println!("#{}", encode_link(&ScenarioSet { made: None, scenarios: vec![national_scale()] }));
}
