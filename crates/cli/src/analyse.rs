//! `planner analyse`: the decision analysis (stop-month curve, switching values, review
//! odds, Green Book view) of a scenario file or of every scenario in a share link.

use planner_engine::analysis::{analyse, AnalysisInput, Deflators, Odds, Uplift};
use planner_engine::{decode_link, Money};
use planner_view::export::analysis::analysis_report;

use crate::{read_scenario, read_source, Failure};

/// The command line of `analyse`, parsed.
#[derive(Default)]
struct Args<'a> {
    file: Option<&'a str>,
    link: Option<&'a str>,
    limit: Option<&'a str>,
    odds: Option<&'a str>,
    deflators: Option<&'a str>,
    optimism_bias: Option<&'a str>,
}

/// Runs `planner analyse …` and returns the JSON to print.
pub(crate) fn run(args: &[&str]) -> Result<String, Failure> {
    let args = parse(args)?;
    let scenarios = match (args.link, args.file) {
        (Some(link), None) => {
            let text = read_source(link, "link")?;
            decode_link(&text).map_err(|e| Failure::Input(e.to_string()))?.scenarios
        }
        (None, Some(file)) => vec![read_scenario(file)?],
        _ => return Err(Failure::Usage("analyse takes FILE or --link LINK, not both".into())),
    };
    let input = AnalysisInput {
        limit: args
            .limit
            .map(|text| Money::parse_input(text).map_err(|e| Failure::Input(format!("--limit: {e}"))))
            .transpose()?,
        odds: args
            .odds
            .map(|file| {
                Odds::from_json(&read_source(file, "file")?).map_err(|e| Failure::Input(format!("{file}: {e}")))
            })
            .transpose()?,
        deflators: args
            .deflators
            .map(|file| {
                Deflators::from_json(&read_source(file, "file")?).map_err(|e| Failure::Input(format!("{file}: {e}")))
            })
            .transpose()?,
        optimism_bias: args
            .optimism_bias
            .map(|text| Uplift::parse(text).map_err(|e| Failure::Input(format!("--optimism-bias: {e}"))))
            .transpose()?,
    };
    let analysis = analyse(&scenarios, &input).map_err(|e| Failure::Input(e.to_string()))?;
    serde_json::to_string_pretty(&analysis_report(&analysis)).map_err(|e| Failure::Input(e.to_string()))
}

fn parse<'a>(args: &[&'a str]) -> Result<Args<'a>, Failure> {
    let mut parsed = Args::default();
    let mut rest = args.iter().copied();
    while let Some(word) = rest.next() {
        let slot = match word {
            "--link" => &mut parsed.link,
            "--limit" => &mut parsed.limit,
            "--odds" => &mut parsed.odds,
            "--deflators" => &mut parsed.deflators,
            "--optimism-bias" => &mut parsed.optimism_bias,
            flag if flag.starts_with("--") => {
                return Err(Failure::Usage(format!("analyse does not know {flag:?}")));
            }
            file => {
                if parsed.file.replace(file).is_some() {
                    return Err(Failure::Usage("analyse takes one FILE (or --link LINK)".into()));
                }
                continue;
            }
        };
        let value = rest.next().ok_or_else(|| Failure::Usage(format!("{word} needs a value")))?;
        if slot.replace(value).is_some() {
            return Err(Failure::Usage(format!("{word} is given twice")));
        }
    }
    if parsed.file.is_none() && parsed.link.is_none() {
        return Err(Failure::Usage("analyse needs a FILE or --link LINK".into()));
    }
    Ok(parsed)
}
