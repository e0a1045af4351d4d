//! Saved work this planner could not read, kept in the browser under backup keys of their
//! own: listed in "Files and CSV", each to download or delete. Shown only when one is kept.

use yew::prelude::*;

use super::browser::download;
use crate::hooks::storage::{backups, delete_backup};

/// `marsoc-planner.workspace.v1.unreadable.2` → `marsoc-saved-work-unreadable-2.json`.
fn file_name(key: &str) -> String {
    let n = key.rsplit_once(".unreadable.").map_or("1", |(_, n)| n);
    format!("marsoc-saved-work-unreadable-{n}.json")
}

#[component]
pub fn Backups() -> Html {
    // Re-read after a delete; the list is small (at most MAX_BACKUPS).
    let kept = use_state(backups);
    let said = use_state(String::new);
    if kept.is_empty() && said.is_empty() {
        return html! {};
    }
    let rows = kept.iter().map(|(key, text)| {
        let name = file_name(key);
        let ondownload = {
            let (name, text, said) = (name.clone(), text.clone(), said.clone());
            Callback::from(move |_: MouseEvent| {
                said.set(match download(&name, "application/json", &text) {
                    Ok(()) => format!("Downloaded {name}."),
                    Err(why) => why,
                });
            })
        };
        let ondelete = {
            let (key, kept, said) = (key.clone(), kept.clone(), said.clone());
            Callback::from(move |_: MouseEvent| {
                delete_backup(&key);
                kept.set(backups());
                said.set(format!("Deleted the copy kept under \"{key}\"."));
            })
        };
        let size = format!("{} kB", text.len().div_ceil(1000));
        html! {
            <li key={key.clone()}>
                <code>{ key.clone() }</code>{ format!(" ({size}) ") }
                <button type="button" class="button button--secondary" onclick={ondownload}
                    aria-label={format!("Download {name}")}>{ "Download" }</button>
                <button type="button" class="button button--warning" onclick={ondelete}
                    aria-label={format!("Delete the copy kept under {key}")}>{ "Delete" }</button>
            </li>
        }
    });
    html! {
        <div class="files-group backups">
            <h4 class="panel-subheading">{ "Saved work that could not be read" }</h4>
            <p class="panel-note">{ "Kept in this browser, never opened or changed: download a copy to keep or \
                send to whoever supports the planner, then delete it to make room." }</p>
            <ul class="backup-list">{ for rows }</ul>
            <p role="status">{ (*said).clone() }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_backup_downloads_under_its_own_name() {
        assert_eq!(super::file_name("marsoc-planner.workspace.v1.unreadable"), "marsoc-saved-work-unreadable-1.json");
        assert_eq!(
            super::file_name("marsoc-planner.workspace.v1.unreadable.12"),
            "marsoc-saved-work-unreadable-12.json"
        );
    }
}
