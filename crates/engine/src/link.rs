//! Share links: a set of scenarios carried in the URL fragment only, so nothing reaches
//! a server. `#s=1.<payload>`: `1` is the link version; the payload is base64url (no
//! padding) of the raw-deflated compact JSON followed by its CRC-32, so a truncated or
//! altered link is refused, never opened with wrong numbers.
//!
//! The compact JSON is `{"made": "…", "scenarios": [ … ]}` where each scenario is the
//! file without `"version"` and without optional fields at their defaults. A link whose
//! scenarios use a version 2 field is link version 2 (`#s=2.…`), read as version 2 files;
//! any other is version 1, so older planners still open it. A scenario that does carry
//! `"version"` must say one this planner reads, as in a file.
//! Version 1 links must decode forever: the golden links in `tests/link_golden.rs`
//! guard that.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde_json::{Map, Value};

use crate::error::{Error, LinkError};
use crate::file::parse_json;
use crate::link_dictionary::DICTIONARY_V2;
use crate::scenario::Scenario;
pub use crate::set::ScenarioSet;
use crate::set::MAX_SCENARIOS;

/// The link version of sets that use no version 2 field.
pub const LINK_VERSION: &str = "1";
/// The link version of sets whose scenarios use a version 2 field (read as version 2 files).
pub const LINK_VERSION_2: &str = "2";
/// The longest fragment payload read: no link this planner makes comes near it.
pub const MAX_FRAGMENT: usize = 16 * 1024;
/// The most a payload may inflate to: bounds the memory a hostile link can take.
pub const MAX_INFLATED: usize = 256 * 1024;
/// Longer than this, Outlook may cut the link.
pub const OUTLOOK_SAFE_LENGTH: usize = 1_000;

/// CRC-32 (ISO-HDLC, as zip and PNG use), one 256-entry table.
const CRC32: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

/// The checksum a link carries after its deflated payload (big-endian in the link).
pub fn checksum(bytes: &[u8]) -> u32 {
    CRC32.checksum(bytes)
}

/// The fragment for a set, without the `#`: `s=1.…`.
///
/// ```
/// use planner_engine::{decode_link, encode_link, Scenario, ScenarioSet};
/// let set = ScenarioSet { made: None, scenarios: vec![Scenario::default_scenario()] };
/// let fragment = encode_link(&set);
/// assert!(fragment.starts_with("s=1."));
/// assert_eq!(decode_link(&fragment).unwrap(), set);
/// ```
pub fn encode_link(set: &ScenarioSet) -> String {
    let version_2 = set.scenarios.iter().any(Scenario::uses_version_2);
    let mut compact = compact_set(set);
    if version_2 {
        // Keys in one order whether or not serde_json keeps insertion order (a feature
        // another crate may turn on), so a link and its dictionary always line up.
        compact = sorted(compact);
    }
    let json = serde_json::to_vec(&compact).unwrap_or_default();
    let mut bytes = if version_2 {
        deflate_against(DICTIONARY_V2.as_bytes(), &json)
    } else {
        miniz_oxide::deflate::compress_to_vec(&json, 10)
    };
    bytes.extend_from_slice(&checksum(&json).to_be_bytes());
    let version = if version_2 { LINK_VERSION_2 } else { LINK_VERSION };
    format!("s={version}.{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// Reads a share link: the whole URL, the fragment with or without `#`, or a link whose
/// `#` became `%23` on the way (some mail and chat tools do that).
///
/// # Errors
/// [`Error::Link`] saying what is wrong: no scenario in the text, too long, a newer
/// version, damaged or altered, or scenarios that break the model's rules.
pub fn decode_link(text: &str) -> Result<ScenarioSet, Error> {
    let fragment = find_fragment(text)?;
    let (version, payload) = fragment.split_once('.').ok_or(LinkError::Damaged)?;
    let file_version = match version {
        LINK_VERSION => 1,
        LINK_VERSION_2 => 2,
        _ => 0,
    };
    if file_version == 0 {
        return Err(if !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit()) {
            LinkError::UnknownVersion(version.into()).into()
        } else {
            LinkError::Damaged.into()
        });
    }
    let bytes = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).map_err(|e| match e {
        base64::DecodeError::InvalidByte(..) => LinkError::BadCharacters,
        _ => LinkError::Damaged,
    })?;
    if bytes.len() < 5 {
        return Err(LinkError::Damaged.into());
    }
    let (deflated, carried) = bytes.split_at(bytes.len() - 4);
    let dictionary = if file_version == 2 { DICTIONARY_V2.as_bytes() } else { &[] };
    let json = inflate_against(dictionary, deflated)?;
    if checksum(&json).to_be_bytes() != carried {
        return Err(LinkError::Damaged.into());
    }
    let text = std::str::from_utf8(&json).map_err(|_| LinkError::Content("not UTF-8 text".into()))?;
    parse_json(text).and_then(|v| expand_set(v, file_version)).map_err(|e| match e {
        Error::Link(l) => Error::Link(l),
        other => LinkError::Content(other.to_string()).into(),
    })
}

/// Raw deflate of `data` as if `dictionary` came before it (a preset dictionary): the
/// dictionary is compressed and flushed to a byte boundary, and only what follows is kept.
fn deflate_against(dictionary: &[u8], data: &[u8]) -> Vec<u8> {
    use miniz_oxide::deflate::core::{compress, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush};
    // Level 10 and a raw stream, as version 1 links; room for any expansion, in one call.
    let mut compressor = CompressorOxide::new(create_comp_flags_from_zip_params(10, 0, 0));
    let room = |n: usize| 2 * n + 1024;
    let mut out = vec![0; room(dictionary.len())];
    let (_, _, skip) = compress(&mut compressor, dictionary, &mut out, TDEFLFlush::Sync);
    out.truncate(skip);
    out.resize(skip + room(data.len()), 0);
    let (_, _, written) = compress(&mut compressor, data, &mut out[skip..], TDEFLFlush::Finish);
    out.truncate(skip + written);
    out.split_off(skip)
}

/// Inflates a raw deflate stream made by [`deflate_against`] with `dictionary` (empty for
/// version 1): the dictionary goes first as a stored block, then the stream reads on.
fn inflate_against(dictionary: &[u8], deflated: &[u8]) -> Result<Vec<u8>, LinkError> {
    let mut stream = Vec::with_capacity(5 + dictionary.len() + deflated.len());
    if !dictionary.is_empty() {
        // A stored block that is not the last: header 0, then LEN and its complement.
        let len = dictionary.len() as u16;
        stream.push(0);
        stream.extend_from_slice(&len.to_le_bytes());
        stream.extend_from_slice(&(!len).to_le_bytes());
        stream.extend_from_slice(dictionary);
    }
    stream.extend_from_slice(deflated);
    let limit = MAX_INFLATED + dictionary.len();
    let mut json = miniz_oxide::inflate::decompress_to_vec_with_limit(&stream, limit).map_err(|e| {
        if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
            LinkError::TooLarge { limit: MAX_INFLATED }
        } else {
            LinkError::Damaged
        }
    })?;
    if !json.starts_with(dictionary) {
        return Err(LinkError::Damaged);
    }
    Ok(json.split_off(dictionary.len()))
}

/// Finds `s=<version>.<payload>` in what a person pasted and returns `<version>.<payload>`.
fn find_fragment(text: &str) -> Result<String, LinkError> {
    if text.len() > 4 * MAX_FRAGMENT {
        return Err(LinkError::TooLong { length: text.len(), limit: MAX_FRAGMENT });
    }
    let lower = text.to_ascii_lowercase();
    let start = ["#s=", "%23s=", "%23s%3d"]
        .iter()
        .filter_map(|marker| lower.find(marker).map(|i| i + marker.len()))
        .min()
        .or_else(|| lower.trim_start().starts_with("s=").then(|| text.len() - text.trim_start().len() + 2))
        .ok_or(LinkError::NoScenario)?;
    // Mail clients wrap long links over lines; the payload stops at the first character a
    // link never holds (a space, `&` of a wrapping redirect, closing punctuation).
    let fragment: String = text[start..]
        .chars()
        .filter(|c| *c != '\r' && *c != '\n')
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '='))
        .collect();
    let fragment = fragment.trim_end_matches('.').to_string();
    if fragment.len() > MAX_FRAGMENT {
        return Err(LinkError::TooLong { length: fragment.len(), limit: MAX_FRAGMENT });
    }
    if fragment.is_empty() {
        return Err(LinkError::NoScenario);
    }
    Ok(fragment)
}

fn compact_set(set: &ScenarioSet) -> Value {
    let mut out = Map::new();
    if let Some(made) = &set.made {
        out.insert("made".into(), Value::String(made.clone()));
    }
    out.insert("scenarios".into(), Value::Array(set.scenarios.iter().map(compact_scenario).collect()));
    Value::Object(out)
}

/// The file form less `version` and less every optional field at its default.
fn compact_scenario(scenario: &Scenario) -> Value {
    let mut value = scenario.to_value();
    if let Value::Object(map) = &mut value {
        map.remove("version");
        drop_defaults(map, &[("pay_awards", Value::Array(vec![])), ("non_staff", Value::Array(vec![]))]);
        if let Some(Value::Object(actuals)) = map.get_mut("actuals") {
            drop_defaults(actuals, &[("months", Value::Array(vec![])), ("invoices", Value::Array(vec![]))]);
            if let Some(Value::Array(invoices)) = actuals.get_mut("invoices") {
                for invoice in invoices.iter_mut().filter_map(Value::as_object_mut) {
                    drop_defaults(invoice, &[("disallowed", Value::Bool(false))]);
                }
            }
        }
        if let Some(Value::Object(grant)) = map.get_mut("grant") {
            drop_defaults(grant, &[("stops_after", Value::Null), ("payment_lag_months", Value::from(1))]);
        }
        if let Some(Value::Array(posts)) = map.get_mut("posts") {
            for post in posts.iter_mut().filter_map(Value::as_object_mut) {
                let keep_going = serde_json::json!({ "action": "continue", "lag_months": 0 });
                drop_defaults(
                    post,
                    &[
                        ("fte", Value::from("1")),
                        ("end", Value::Null),
                        ("vacancies", Value::Array(vec![])),
                        ("backfill", Value::Null),
                        ("on_funding_stop", keep_going),
                    ],
                );
                if let Some(Value::Object(stop)) = post.get_mut("on_funding_stop") {
                    drop_defaults(stop, &[("lag_months", Value::from(0))]);
                }
                compact_pay(post);
            }
        }
    }
    value
}

/// A built post's pay without the allowances' defaults (not pensionable, uprated).
fn compact_pay(post: &mut Map<String, Value>) {
    let Some(Value::Object(pay)) = post.get_mut("pay") else { return };
    drop_defaults(pay, &[("allowances", Value::Array(vec![]))]);
    if let Some(Value::Array(allowances)) = pay.get_mut("allowances") {
        for a in allowances.iter_mut().filter_map(Value::as_object_mut) {
            drop_defaults(a, &[("pensionable", Value::Bool(false)), ("uprated", Value::Bool(true))]);
        }
    }
}

/// The value with every object's keys in sorted order.
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

fn drop_defaults(map: &mut Map<String, Value>, defaults: &[(&str, Value)]) {
    for (key, default) in defaults {
        if map.get(*key) == Some(default) {
            map.remove(*key);
        }
    }
}

fn expand_set(value: Value, file_version: u64) -> Result<ScenarioSet, Error> {
    let Value::Object(mut map) = value else {
        return Err(LinkError::Content("not a scenario set".into()).into());
    };
    let made = match map.remove("made") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.len() <= 40 => Some(s),
        Some(_) => return Err(LinkError::Content("made: not a date".into()).into()),
    };
    let Some(Value::Array(items)) = map.remove("scenarios") else {
        return Err(LinkError::Content("scenarios: missing".into()).into());
    };
    if let Some(key) = map.keys().next() {
        return Err(LinkError::Content(format!("unknown field `{key}`")).into());
    }
    if items.is_empty() || items.len() > MAX_SCENARIOS {
        return Err(LinkError::Content(format!("a link holds 1 to {MAX_SCENARIOS} scenarios")).into());
    }
    let scenarios = items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let mut item = item;
            let path = crate::FieldPath::from("scenarios").index(i);
            // A scenario in a link leaves `version` out (it is the link's); one that says
            // a version keeps it, so `take_version` refuses a bad one instead of this
            // overwriting it, and one that says another version this planner reads is
            // refused too: it would be read by the other version's rules without a word.
            if let Value::Object(m) = &mut item {
                let said = m.get("version").and_then(Value::as_u64);
                if let Some(said) = said.filter(|v| (1..=crate::file::FILE_VERSION).contains(v) && *v != file_version) {
                    return Err(Error::field(
                        path.key("version"),
                        format!("says version {said}, but this is a version {file_version} link: its scenarios are version {file_version}"),
                    ));
                }
                m.entry("version").or_insert(Value::from(file_version));
            }
            Scenario::from_value(item, &path)
        })
        .collect::<Result<Vec<_>, _>>()?;
    crate::set::check_posts(&scenarios).map_err(|e| LinkError::Content(format!("scenarios: {e}")))?;
    Ok(ScenarioSet { made, scenarios })
}
