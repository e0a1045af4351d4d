//! Reading what the command line names: a file, standard input (`-`), or a link given as
//! text. Paths stay `OsStr` (a file name need not be UTF-8) and are shown lossily.

use std::ffi::OsStr;
use std::fs::File;
use std::io::Read;
use std::path::Path;

use planner_engine::{decode_link, ScenarioSet};

use crate::decode::decode;
use crate::message::cut_path;
use crate::Failure;

/// How the argument is named in messages: `standard input` for `-`, else the path, lossily
/// and cut short.
pub(crate) fn shown(arg: &OsStr) -> String {
    if arg == "-" {
        return "standard input".into();
    }
    cut_path(&Path::new(arg).to_string_lossy())
}

/// A scenario file, or a set file as the web app exports it (`"kind": "scenario_set"`).
pub(crate) fn read_set(arg: &OsStr) -> Result<ScenarioSet, Failure> {
    let text = read_text(arg)?;
    ScenarioSet::from_json(&text).map_err(|e| Failure::refused(&shown(arg), e))
}

/// The scenarios of a share link: the text itself, or standard input for `-`.
pub(crate) fn read_link_set(arg: &OsStr) -> Result<ScenarioSet, Failure> {
    let text = if arg == "-" { read_text(arg)? } else { arg.to_string_lossy().into_owned() };
    decode_link(&text).map_err(|e| Failure::refused("", e))
}

/// The most bytes read from a file or standard input: no scenario comes near it.
const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a file, or standard input for `-`, as text the way the web app reads a file.
pub(crate) fn read_text(arg: &OsStr) -> Result<String, Failure> {
    decode(read_bytes(arg)?).map_err(|why| Failure::Input(format!("{}: {why}", shown(arg))))
}

/// At most [`MAX_BYTES`], counted as they are read: a FIFO, a pipe or `/dev/zero` reports
/// no length worth trusting.
fn read_bytes(arg: &OsStr) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    let read = if arg == "-" {
        std::io::stdin().lock().take(MAX_BYTES + 1).read_to_end(&mut bytes)
    } else {
        File::open(arg).and_then(|file| file.take(MAX_BYTES + 1).read_to_end(&mut bytes))
    };
    let what = if arg == "-" { "" } else { " the file" };
    read.map_err(|e| Failure::Input(format!("{}: cannot read{what}: {}", shown(arg), plain_io(&e))))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Failure::Input(format!("{}: larger than 16 MiB, more than planner reads", shown(arg))));
    }
    Ok(bytes)
}

/// `No such file or directory (os error 2)` → `No such file or directory`.
fn plain_io(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}
