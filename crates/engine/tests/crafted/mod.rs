//! Links no planner writes, for the engine's link tests. Apart from `common`, which the
//! view crate's tests share and which has no base64 or deflate there.

/// A version 1 link fragment carrying exactly `json` (deflated, with its checksum), so a test can
/// put in a link what no planner writes.
pub fn link_of(json: &str) -> String {
    use base64::Engine as _;
    let mut bytes = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10);
    bytes.extend_from_slice(&planner_engine::link::checksum(json.as_bytes()).to_be_bytes());
    format!("s=1.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}
