//! Writes the default scenario and the ready-made options as files into the folder given
//! (default `examples/`): `cargo run -p planner-engine --example scenario_files`. The
//! options that build posts from pay are version 2 files, in `version-2/` beneath it.

use planner_engine::{ReadyMade, Scenario};

fn main() -> std::io::Result<()> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "examples".into());
    std::fs::create_dir_all(&dir)?;
    let base = Scenario::default_scenario();
    std::fs::write(format!("{dir}/business-as-usual.json"), base.to_json() + "\n")?;
    std::fs::create_dir_all(format!("{dir}/version-2"))?;
    let all = ReadyMade::ALL.into_iter().map(|o| (o, "")).chain(ReadyMade::BUILT_FROM_PAY.map(|o| (o, "version-2/")));
    for (option, sub) in all {
        let slug: String = option
            .name()
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        std::fs::write(format!("{dir}/{sub}{slug}.json"), option.build(&base).to_json() + "\n")?;
    }
    Ok(())
}
