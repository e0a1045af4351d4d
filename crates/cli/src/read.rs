//! Reading what the command line names: a file, standard input (`-`), or a link given as
//! text. Paths stay `OsStr` (a file name need not be UTF-8) and are shown lossily.

use std::ffi::OsStr;
use std::io::Read;
use std::path::Path;

use planner_engine::Scenario;

use crate::Failure;

/// How the argument is named in messages: `standard input` for `-`, else the path, lossily.
pub(crate) fn shown(arg: &OsStr) -> String {
    if arg == "-" {
        return "standard input".into();
    }
    Path::new(arg).to_string_lossy().into_owned()
}

pub(crate) fn read_scenario(arg: &OsStr) -> Result<Scenario, Failure> {
    let text = read_text(arg)?;
    Scenario::from_json(&text).map_err(|e| Failure::Input(format!("{}: {e}", shown(arg))))
}

/// A link argument: the text itself, or standard input for `-`.
pub(crate) fn read_link(arg: &OsStr) -> Result<String, Failure> {
    if arg == "-" {
        return read_text(arg);
    }
    Ok(arg.to_string_lossy().into_owned())
}

/// Reads a file, or standard input for `-`.
pub(crate) fn read_text(arg: &OsStr) -> Result<String, Failure> {
    if arg == "-" {
        let mut text = String::new();
        std::io::stdin()
            .take(16 * 1024 * 1024)
            .read_to_string(&mut text)
            .map_err(|e| Failure::Input(format!("standard input: {e}")))?;
        return Ok(text);
    }
    let cannot = |e: std::io::Error| Failure::Input(format!("{}: cannot read the file: {}", shown(arg), plain_io(&e)));
    let meta = std::fs::metadata(arg).map_err(cannot)?;
    if meta.len() > 16 * 1024 * 1024 {
        return Err(Failure::Input(format!(
            "{}: the file is larger than 16 MiB, too large for a scenario",
            shown(arg)
        )));
    }
    let bytes = std::fs::read(arg).map_err(cannot)?;
    String::from_utf8(bytes).map_err(|_| Failure::Input(format!("{}: the file is not UTF-8 text", shown(arg))))
}

/// `No such file or directory (os error 2)` → `No such file or directory`.
fn plain_io(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}
