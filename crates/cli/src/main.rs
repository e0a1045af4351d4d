//! `planner`: the funding model on the command line, for auditors and tests. The same
//! engine and link codec as the web app, so its figures are the page's figures.

mod analyse;

use std::io::{Read, Write};
use std::process::ExitCode;

use planner_engine::{decode_link, encode_link, evaluate, Scenario, ScenarioSet};
use planner_view::export::json::{outcome_report, OutcomeReport};

const USAGE: &str = "\
planner: evaluate MARSOC funding scenarios (MODEL.md) and share links

Usage:
  planner eval FILE               results of a scenario file as JSON
  planner eval --link LINK        results of the first scenario in a share link
  planner eval --link LINK --all  a JSON array of the results of every scenario in it
  planner link FILE...            the share link fragment for one or more scenario files
                                  (the first is the baseline)
  planner analyse FILE [OPTIONS]  decision analysis as JSON: stop-month curve, switching
                                  values, review-point odds, Green Book view
  planner analyse --link LINK [OPTIONS]
                                  the same for every scenario in a link (the first is
                                  business as usual, the rest options)

Analyse options:
  --limit POUNDS           a pressure limit: how early funding can stop within it
  --odds FILE              chances (percent) that funding continues past each review
                           point, optional weighted pay-award cases (JSON)
  --deflators FILE         GDP deflator index per financial year (JSON); default:
                           illustrative 2% a year, labelled so in the output
  --optimism-bias PERCENT  uplift on the real terms and present values (Green Book)

FILE or LINK may be - to read standard input. LINK may be a whole URL or its fragment.
Exit status: 0 on success, 1 for bad input, 2 for a bad command line.";

/// What went wrong, and which exit status says so.
enum Failure {
    Usage(String),
    Input(String),
}

fn main() -> ExitCode {
    // The engine does not panic on any input; should a bug ever make it, say so in one
    // line rather than a backtrace.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("planner: internal error (please report it): {info}");
    }));
    let args: Vec<String> = std::env::args().skip(1).collect();
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

fn run(args: &[String]) -> Result<String, Failure> {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        [] | ["-h" | "--help" | "help", ..] => Ok(USAGE.to_string()),
        ["-V" | "--version"] => Ok(format!("planner {}", env!("CARGO_PKG_VERSION"))),
        ["eval", rest @ ..] => eval(rest),
        ["link", files @ ..] if !files.is_empty() => link(files),
        ["link"] => Err(Failure::Usage("link needs at least one scenario file".into())),
        ["analyse" | "analyze", rest @ ..] => analyse::run(rest),
        [other, ..] => Err(Failure::Usage(format!("unknown command {other:?}"))),
    }
}

fn eval(args: &[&str]) -> Result<String, Failure> {
    let (link, all, file) = match args {
        ["--link", link] => (Some(*link), false, None),
        ["--link", link, "--all"] | ["--all", "--link", link] => (Some(*link), true, None),
        [file] if !file.starts_with("--") || *file == "-" => (None, false, Some(*file)),
        _ => return Err(Failure::Usage("eval takes FILE, or --link LINK [--all]".into())),
    };
    let scenarios = match (link, file) {
        (Some(link), _) => {
            let text = read_source(link, "link")?;
            decode_link(&text).map_err(|e| Failure::Input(e.to_string()))?.scenarios
        }
        (None, Some(file)) => vec![read_scenario(file)?],
        (None, None) => return Err(Failure::Usage("eval needs a FILE or --link LINK".into())),
    };
    let results = scenarios
        .iter()
        .take(if all { usize::MAX } else { 1 })
        .map(|s| {
            let outcome = evaluate(s).map_err(|e| Failure::Input(format!("{}: {e}", s.name)))?;
            Ok(outcome_report(s, &outcome))
        })
        .collect::<Result<Vec<OutcomeReport>, Failure>>()?;
    let text = match results.as_slice() {
        [only] if !all => serde_json::to_string_pretty(only),
        _ => serde_json::to_string_pretty(&results),
    };
    text.map_err(|e| Failure::Input(e.to_string()))
}

fn link(files: &[&str]) -> Result<String, Failure> {
    let scenarios = files.iter().map(|f| read_scenario(f)).collect::<Result<Vec<_>, _>>()?;
    Ok(format!("#{}", encode_link(&ScenarioSet { made: None, scenarios })))
}

fn read_scenario(file: &str) -> Result<Scenario, Failure> {
    let text = read_source(file, "file")?;
    Scenario::from_json(&text).map_err(|e| Failure::Input(format!("{file}: {e}")))
}

/// Reads a file, or standard input for `-`; a link argument that is not a readable file
/// is taken as the link text itself.
fn read_source(arg: &str, what: &str) -> Result<String, Failure> {
    if arg == "-" {
        let mut text = String::new();
        std::io::stdin()
            .take(16 * 1024 * 1024)
            .read_to_string(&mut text)
            .map_err(|e| Failure::Input(format!("standard input: {e}")))?;
        return Ok(text);
    }
    if what == "link" {
        return Ok(arg.to_string());
    }
    let meta =
        std::fs::metadata(arg).map_err(|e| Failure::Input(format!("{arg}: cannot read the file: {}", plain_io(&e))))?;
    if meta.len() > 16 * 1024 * 1024 {
        return Err(Failure::Input(format!("{arg}: the file is larger than 16 MiB, too large for a scenario")));
    }
    let bytes =
        std::fs::read(arg).map_err(|e| Failure::Input(format!("{arg}: cannot read the file: {}", plain_io(&e))))?;
    String::from_utf8(bytes).map_err(|_| Failure::Input(format!("{arg}: the file is not UTF-8 text")))
}

/// `No such file or directory (os error 2)` → `No such file or directory`.
fn plain_io(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}
