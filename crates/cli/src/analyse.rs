//! `planner analyse`: the decision analysis (stop-month curve, switching values, review
//! odds, Green Book view) of a scenario file or of every scenario in a share link.

use std::ffi::{OsStr, OsString};

use planner_engine::analysis::{analyse, AnalysisInput, Deflators, Odds, Uplift};
use planner_engine::Money;
use planner_view::export::analysis::analysis_report;

use crate::message::cut;
use crate::read::{read_link_set, read_set, read_text, shown};
use crate::Failure;

/// The command line of `analyse`, parsed; values stay as the OS gave them.
#[derive(Default)]
struct Args<'a> {
    file: Option<&'a OsStr>,
    link: Option<&'a OsStr>,
    limit: Option<&'a OsStr>,
    odds: Option<&'a OsStr>,
    deflators: Option<&'a OsStr>,
    optimism_bias: Option<&'a OsStr>,
}

/// Runs `planner analyse …` and returns the JSON to print.
pub(crate) fn run(args: &[OsString]) -> Result<String, Failure> {
    let args = parse(args)?;
    let scenarios = match (args.link, args.file) {
        (Some(link), None) => read_link_set(link)?.scenarios,
        (None, Some(file)) => read_set(file)?.scenarios,
        _ => return Err(Failure::Usage("analyse takes FILE or --link LINK, not both".into())),
    };
    let input = AnalysisInput {
        limit: args
            .limit
            .map(|text| Money::parse_input(&text.to_string_lossy()).map_err(|e| Failure::refused("--limit", e)))
            .transpose()?,
        odds: args
            .odds
            .map(|file| Odds::from_json(&read_text(file)?).map_err(|e| Failure::refused(&shown(file), e)))
            .transpose()?,
        deflators: args
            .deflators
            .map(|file| Deflators::from_json(&read_text(file)?).map_err(|e| Failure::refused(&shown(file), e)))
            .transpose()?,
        optimism_bias: args
            .optimism_bias
            .map(|text| Uplift::parse(&text.to_string_lossy()).map_err(|e| Failure::refused("--optimism-bias", e)))
            .transpose()?,
    };
    let analysis = analyse(&scenarios, &input).map_err(|e| Failure::refused("", e))?;
    serde_json::to_string_pretty(&analysis_report(&analysis)).map_err(|e| Failure::Input(e.to_string()))
}

fn parse(args: &[OsString]) -> Result<Args<'_>, Failure> {
    let mut parsed = Args::default();
    let mut rest = args.iter().map(OsString::as_os_str);
    while let Some(word) = rest.next() {
        let slot = match word.to_str() {
            Some("--link") => &mut parsed.link,
            Some("--limit") => &mut parsed.limit,
            Some("--odds") => &mut parsed.odds,
            Some("--deflators") => &mut parsed.deflators,
            Some("--optimism-bias") => &mut parsed.optimism_bias,
            _ if word.as_encoded_bytes().starts_with(b"--") => {
                return Err(Failure::Usage(format!("analyse does not know {:?}", cut(&word.to_string_lossy()))));
            }
            _ => {
                let file = word;
                if parsed.file.replace(file).is_some() {
                    return Err(Failure::Usage("analyse takes one FILE (or --link LINK)".into()));
                }
                continue;
            }
        };
        let word = word.to_string_lossy();
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
