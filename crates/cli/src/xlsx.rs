//! `planner xlsx`: the planner's Excel workbook for a file or a link, the same file the
//! web app's "Download workbook (.xlsx)" gives.

use std::ffi::OsString;
use std::path::Path;

use planner_engine::evaluate;
use planner_view::export::xlsx::{sheet_names, workbook};

use crate::message::{cut_name, cut_path};
use crate::read::{read_link_set, read_set};
use crate::Failure;

/// `xlsx FILE|--link LINK [--all] -o OUT.xlsx`: writes the workbook and says what it holds.
pub(crate) fn run(args: &[OsString]) -> Result<String, Failure> {
    let usage = || Failure::Usage("xlsx takes FILE or --link LINK, --all for every scenario, and -o OUT.xlsx".into());
    let (mut link, mut all, mut file, mut out) = (None, false, None, None);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.to_str() {
            Some("--link") if link.is_none() => link = Some(rest.next().ok_or_else(usage)?),
            Some("-o" | "--output") if out.is_none() => out = Some(rest.next().ok_or_else(usage)?),
            Some("--all") if !all => all = true,
            _ if arg.as_encoded_bytes().starts_with(b"-") && arg != "-" || file.is_some() => return Err(usage()),
            _ => file = Some(arg),
        }
    }
    let Some(out) = out else { return Err(Failure::Usage("xlsx needs -o OUT.xlsx, the file to write".into())) };
    let set = match (link, file) {
        (Some(link), None) => read_link_set(link)?,
        (None, Some(file)) => read_set(file)?,
        _ => return Err(usage()),
    };
    let plans = set
        .scenarios
        .into_iter()
        .take(if all { usize::MAX } else { 1 })
        .map(|s| {
            let outcome = evaluate(&s).map_err(|e| Failure::refused(&cut_name(&s.name), e))?;
            Ok((s, outcome))
        })
        .collect::<Result<Vec<_>, Failure>>()?;
    let bytes = workbook(&plans).map_err(|e| Failure::Input(e.to_string()))?;
    let shown = cut_path(&Path::new(out).to_string_lossy());
    std::fs::write(out, bytes)
        .map_err(|e| Failure::Input(format!("{shown}: cannot write the workbook: {}", plain(&e))))?;
    let scenarios: Vec<_> = plans.into_iter().map(|(s, _)| s).collect();
    Ok(format!("{shown}: {}", sheet_names(&scenarios).join(", ")))
}

/// `Permission denied (os error 13)` → `Permission denied`.
fn plain(e: &std::io::Error) -> String {
    let text = e.to_string();
    text.find(" (os error").map_or(text.clone(), |i| text[..i].to_string())
}
