//! Bytes to text as editors save it. The web app reads a file with `Blob.text()`: UTF-8,
//! a leading UTF-8 byte-order mark dropped. Here also UTF-16 with a byte-order mark, as
//! Windows PowerShell's `>` writes it. Pure, so it could move to the engine for the app.

use std::fmt;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
const UTF16LE_BOM: &[u8] = b"\xFF\xFE";
const UTF16BE_BOM: &[u8] = b"\xFE\xFF";

/// Why bytes are not text the planner reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NotText {
    Utf8,
    Utf16Cut,
    Utf16,
}

impl fmt::Display for NotText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NotText::Utf8 => "not UTF-8 text (nor UTF-16 with a byte-order mark): save it as UTF-8",
            NotText::Utf16Cut => "UTF-16 text cut in the middle of a character",
            NotText::Utf16 => "not valid UTF-16 text (a lone surrogate)",
        })
    }
}

/// UTF-8 (a byte-order mark dropped), or UTF-16 little- or big-endian after its mark.
/// Strict: a byte that is not text is refused, never replaced.
pub(crate) fn decode(bytes: Vec<u8>) -> Result<String, NotText> {
    if let Some(rest) = bytes.strip_prefix(UTF16LE_BOM) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(UTF16BE_BOM) {
        return utf16(rest, u16::from_be_bytes);
    }
    let bytes = match bytes.strip_prefix(UTF8_BOM) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|_| NotText::Utf8)
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, NotText> {
    if bytes.len() % 2 != 0 {
        return Err(NotText::Utf16Cut);
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units).collect::<Result<String, _>>().map_err(|_| NotText::Utf16)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn le(text: &str) -> Vec<u8> {
        UTF16LE_BOM.iter().copied().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect()
    }

    fn be(text: &str) -> Vec<u8> {
        UTF16BE_BOM.iter().copied().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect()
    }

    #[test]
    fn every_encoding_the_planner_reads_gives_the_same_text() {
        let text = "{\"name\": \"café – 📈\"}";
        let with_bom = [UTF8_BOM, text.as_bytes()].concat();
        for bytes in [text.as_bytes().to_vec(), with_bom, le(text), be(text)] {
            assert_eq!(decode(bytes), Ok(text.to_string()));
        }
        assert_eq!(decode(Vec::new()), Ok(String::new()));
        assert_eq!(decode(UTF8_BOM.to_vec()), Ok(String::new()));
    }

    #[test]
    fn bytes_that_are_not_text_are_refused() {
        assert_eq!(decode(b"caf\xe9".to_vec()), Err(NotText::Utf8));
        assert_eq!(decode([UTF8_BOM, b"\xff"].concat()), Err(NotText::Utf8));
        assert_eq!(decode([le("{}"), vec![b'x']].concat()), Err(NotText::Utf16Cut));
        assert_eq!(decode([UTF16BE_BOM, &[0xDC, 0x00]].concat()), Err(NotText::Utf16));
        // Only the first mark is dropped: a second one is text, which JSON then refuses.
        assert_eq!(decode([UTF8_BOM, UTF8_BOM].concat()), Ok("\u{FEFF}".to_string()));
    }
}
