//! What the workspace bar asks of the browser: the clock (only to stamp links and files), the
//! page's address, the clipboard and downloads. The pure parts are tested natively.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// Now, as a link or file records when it was made: UTC to the minute, `2026-11-26T10:15Z`.
pub fn made_now() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    format!("{}Z", iso.get(..16).unwrap_or(&iso))
}

/// Today in the planner's own time zone, `2026-11-26`, for file names.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// When a set was made, in the planner's time zone and en-GB: `26 Nov 2026, 10:15`; text
/// that is not a date is shown as it is.
pub fn made_label(made: &str) -> String {
    let d = js_sys::Date::new(&JsValue::from_str(made));
    if d.get_time().is_nan() {
        return made.to_string();
    }
    en_gb(d.get_full_year(), d.get_month(), d.get_date(), d.get_hours(), d.get_minutes())
}

/// `month0` counts from 0 (January), as JavaScript's `Date` does.
pub fn en_gb(year: u32, month0: u32, day: u32, hour: u32, minute: u32) -> String {
    let month = MONTHS.get(month0 as usize).copied().unwrap_or("?");
    format!("{day} {month} {year}, {hour:02}:{minute:02}")
}

/// Where a link should point: this page without its fragment, but from a saved copy of the
/// planner (`file://`) the hosted planner's address when the page names one, since a
/// `file://` link means nothing on another computer.
pub fn link_base(href: &str, protocol: &str, hosted: Option<&str>) -> String {
    let hosted = hosted.map(str::trim).filter(|h| !h.is_empty());
    let base = match hosted {
        Some(hosted) if protocol == "file:" => hosted,
        _ => href,
    };
    base.split('#').next().unwrap_or(base).to_string()
}

/// The full share link for a fragment (`s=1.…`).
pub fn share_url(fragment: &str) -> String {
    let window = web_sys::window();
    let location = window.as_ref().map(web_sys::Window::location);
    let href = location.as_ref().and_then(|l| l.href().ok()).unwrap_or_default();
    let protocol = location.as_ref().and_then(|l| l.protocol().ok()).unwrap_or_default();
    let hosted = window
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name='planner-hosted-url']").ok().flatten())
        .and_then(|meta| meta.get_attribute("content"));
    format!("{}#{fragment}", link_base(&href, &protocol, hosted.as_deref()))
}

/// Puts text on the clipboard; `false` when the browser has no clipboard here (a page not
/// served securely) or refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Saves text as a file through the browser's download.
///
/// # Errors
/// Why the browser would not make the file (a sentence for the planner).
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    download_parts(name, mime, &js_sys::Array::of1(&JsValue::from_str(text)))
}

/// Saves bytes (a workbook) as a file through the browser's download.
///
/// # Errors
/// As [`download`].
#[cfg(feature = "full")]
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    download_parts(name, mime, &js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)))
}

fn download_parts(name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), String> {
    let refused = |_| String::from("The browser would not make the file.");
    let document = web_sys::window().and_then(|w| w.document()).ok_or("There is no page to download from.")?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(parts, &options).map_err(refused)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(refused)?;
    let link = document.create_element("a").map_err(refused)?.unchecked_into::<web_sys::HtmlAnchorElement>();
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&link);
    }
    link.click();
    link.remove();
    // The download reads the object URL after this click returns: free it a little later.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Moves focus to the element with `id` (and selects its text, for a field).
pub fn focus_id(id: &str, select: bool) {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(input) = element.as_ref().and_then(|e| e.dyn_ref::<web_sys::HtmlInputElement>()) {
        let _ = input.focus();
        if select {
            input.select();
        }
    } else if let Some(text) = element.as_ref().and_then(|e| e.dyn_ref::<web_sys::HtmlTextAreaElement>()) {
        let _ = text.focus();
        if select {
            text.select();
        }
    } else if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_the_en_gb_way() {
        assert_eq!(en_gb(2026, 10, 26, 10, 15), "26 Nov 2026, 10:15");
        assert_eq!(en_gb(2024, 0, 3, 9, 5), "3 Jan 2024, 09:05");
    }

    #[test]
    fn a_link_points_at_this_page_or_from_a_saved_copy_at_the_hosted_planner() {
        let here = "https://planner.example/app/?x=1#s=1.old";
        assert_eq!(link_base(here, "https:", Some("https://other.example/")), "https://planner.example/app/?x=1");
        let file = "file:///C:/Users/me/planner.html";
        assert_eq!(link_base(file, "file:", Some(" https://planner.example/ ")), "https://planner.example/");
        assert_eq!(link_base(file, "file:", Some("")), file, "an empty meta is no address");
        assert_eq!(link_base(file, "file:", None), file);
    }
}
