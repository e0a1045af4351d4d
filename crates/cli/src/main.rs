//! `planner`: the funding model on the command line, for auditors and tests. The same
//! engine and link codec as the web app, so its figures are the page's figures.

mod analyse;
mod decode;
mod message;
mod read;
mod xlsx;

use std::ffi::OsString;
use std::fmt::Display;
use std::io::Write;
use std::process::ExitCode;

use planner_engine::set::MAX_SCENARIOS;
use planner_engine::{decode_link, encode_link, evaluate, ScenarioSet};
use planner_view::export::json::{outcome_report, OutcomeReport};

use crate::message::{cut, cut_echoes, cut_name, one_line};
use crate::read::{read_link_set, read_set};

const USAGE: &str = "\
planner: evaluate MARSOC funding scenarios (MODEL.md) and share links

Usage:
  planner eval FILE               results of the (first) scenario of a file as JSON
  planner eval FILE --all         a JSON array of the results of every scenario in it
  planner eval --link LINK        results of the first scenario in a share link
  planner eval --link LINK --all  a JSON array of the results of every scenario in it
  planner link FILE...            the share link fragment for every scenario of the files
                                  (the first is the baseline)
  planner analyse FILE [OPTIONS]  decision analysis as JSON: stop-month curve, switching
                                  values, review-point odds, Green Book view
  planner analyse --link LINK [OPTIONS]
                                  the same for every scenario in a link (the first is
                                  business as usual, the rest options)
  planner xlsx FILE -o OUT.xlsx   the planner's Excel workbook of the (first) scenario
  planner xlsx FILE --all -o OUT.xlsx
  planner xlsx --link LINK [--all] -o OUT.xlsx
                                  the same for a link; --all: every scenario, compared
                                  with the first

Analyse options:
  --limit POUNDS           a pressure limit: how early funding can stop within it
  --odds FILE              chances (percent) that funding continues past each review
                           point, optional weighted pay-award cases (JSON)
  --deflators FILE         GDP deflator index per financial year (JSON); default:
                           illustrative 2% a year, labelled so in the output
  --optimism-bias PERCENT  uplift on the real terms and present values (Green Book)

FILE is a scenario file, or a file of several exported by the web app's Files panel
(read as a link's scenarios are: the first is business as usual). Files are UTF-8, with
or without a byte-order mark, or UTF-16 with one; at most 16 MiB.
FILE or LINK may be - to read standard input. LINK may be a whole URL or its fragment.
Exit status: 0 on success, 1 for bad input, 2 for a bad command line.";

/// What went wrong, and which exit status says so.
enum Failure {
    Usage(String),
    Input(String),
}

impl Failure {
    /// The engine refused the input `about` (a file, an option; or nothing, when its
    /// message says it): its message, with what the input echoes in it cut short.
    fn refused(about: &str, e: impl Display) -> Failure {
        let message = cut_echoes(&e.to_string());
        Failure::Input(if about.is_empty() { message } else { format!("{about}: {message}") })
    }
}

fn main() -> ExitCode {
    // The engine does not panic on any input; should a bug ever make it, say so in one
    // line rather than a backtrace.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("planner: internal error (please report it): {info}");
    }));
    // Arguments as the OS gives them: a file name need not be UTF-8.
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    match run(&args) {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            match writeln!(out, "{text}") {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("planner: cannot write the output: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Err(Failure::Usage(message)) => {
            eprintln!("planner: {message} (see planner --help)");
            ExitCode::from(2)
        }
        Err(Failure::Input(message)) => {
            eprintln!("planner: {}", one_line(&message));
            ExitCode::from(1)
        }
    }
}

fn run(args: &[OsString]) -> Result<String, Failure> {
    let Some((command, rest)) = args.split_first() else { return Ok(USAGE.to_string()) };
    match command.to_str() {
        Some("-h" | "--help" | "help") => Ok(USAGE.to_string()),
        Some("-V" | "--version") if rest.is_empty() => Ok(format!("planner {}", env!("CARGO_PKG_VERSION"))),
        Some("eval") => eval(rest),
        Some("link") if !rest.is_empty() => link(rest),
        Some("link") => Err(Failure::Usage("link needs at least one scenario file".into())),
        Some("analyse" | "analyze") => analyse::run(rest),
        Some("xlsx") => xlsx::run(rest),
        _ => Err(Failure::Usage(format!("unknown command {:?}", cut(&command.to_string_lossy())))),
    }
}

/// `eval FILE [--all]` or `eval --link LINK [--all]`.
fn eval(args: &[OsString]) -> Result<String, Failure> {
    let usage = || Failure::Usage("eval takes FILE or --link LINK, and --all for every scenario".into());
    let (mut link, mut all, mut file) = (None, false, None);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.to_str() {
            Some("--link") if link.is_none() => link = Some(rest.next().ok_or_else(usage)?),
            Some("--all") if !all => all = true,
            _ if arg.as_encoded_bytes().starts_with(b"--") || file.is_some() => return Err(usage()),
            _ => file = Some(arg),
        }
    }
    let set = match (link, file) {
        (Some(link), None) => read_link_set(link)?,
        (None, Some(file)) => read_set(file)?,
        _ => return Err(usage()),
    };
    let results = set
        .scenarios
        .iter()
        .take(if all { usize::MAX } else { 1 })
        .map(|s| {
            let outcome = evaluate(s).map_err(|e| Failure::refused(&cut_name(&s.name), e))?;
            Ok(outcome_report(s, &outcome))
        })
        .collect::<Result<Vec<OutcomeReport>, Failure>>()?;
    let text = match results.as_slice() {
        [only] if !all => serde_json::to_string_pretty(only),
        _ => serde_json::to_string_pretty(&results),
    };
    text.map_err(|e| Failure::Input(e.to_string()))
}

/// One link for every scenario of the files, in order. Made without a clock, so it
/// carries no `made` time; checked by opening it, so it is never a link that cannot be.
fn link(files: &[OsString]) -> Result<String, Failure> {
    let mut scenarios = Vec::new();
    for file in files {
        scenarios.extend(read_set(file)?.scenarios);
    }
    if scenarios.len() > MAX_SCENARIOS {
        return Err(Failure::Input(format!(
            "a link holds at most {MAX_SCENARIOS} scenarios; these files hold {}",
            scenarios.len()
        )));
    }
    let fragment = encode_link(&ScenarioSet { made: None, scenarios });
    if let Err(e) = decode_link(&fragment) {
        return Err(Failure::refused("cannot make a link", format!("{e}; share the file instead")));
    }
    Ok(format!("#{fragment}"))
}
