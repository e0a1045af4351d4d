//! "Files and CSV": every scenario to a JSON file and back (a file asks before it changes
//! anything, and says what is wrong with it if it cannot be read), and the open scenario's
//! monthly and yearly tables as CSV for Excel, and the Excel workbook of every scenario or
//! of the open one.

use std::rc::Rc;

use planner_engine::{evaluate, Scenario, ScenarioSet};
use planner_view::export::{csv, xlsx};
use yew::prelude::*;

use super::browser::{download, download_bytes, made_now, today};
use super::set_offer::SetOffer;
use super::PanelProps;
use crate::state::{Action, Open};

const JSON: &str = "application/json";
const CSV: &str = "text/csv;charset=utf-8";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Downloads a set as a version 1 JSON file; returns what to tell the planner.
pub fn export_set(set: &ScenarioSet) -> String {
    let name = format!("marsoc-scenarios-{}.json", today());
    match download(&name, JSON, &set.to_json()) {
        Ok(()) => format!("Exported {} to {name}.", super::scenarios(set.scenarios.len())),
        Err(why) => format!("The file could not be made: {why}"),
    }
}

fn export_csv(scenario: &Scenario, yearly: bool) -> String {
    let Ok(outcome) = evaluate(scenario) else {
        return "The figures could not be worked out, so there is nothing to export.".into();
    };
    let (text, table) = match yearly {
        true => (csv::years_csv(scenario, &outcome), "years"),
        false => (csv::months_csv(scenario, &outcome), "months"),
    };
    let name = csv::file_name(&scenario.name, table);
    match download(&name, CSV, &text) {
        Ok(()) => format!("Downloaded {name}."),
        Err(why) => format!("The file could not be made: {why}"),
    }
}

/// Downloads the workbook of `scenarios` (the first is business as usual in Compare).
fn export_workbook(scenarios: &[Scenario]) -> String {
    let mut plans = Vec::with_capacity(scenarios.len());
    for scenario in scenarios {
        match evaluate(scenario) {
            Ok(outcome) => plans.push((scenario.clone(), outcome)),
            Err(e) => return format!("“{}” cannot be worked out, so there is no workbook: {e}", scenario.name),
        }
    }
    let bytes = match xlsx::workbook(&plans) {
        Ok(bytes) => bytes,
        Err(e) => return format!("The workbook could not be made: {e}"),
    };
    let name = xlsx::file_name(&plans);
    match download_bytes(&name, XLSX, &bytes) {
        Ok(()) => format!("Downloaded {name}."),
        Err(why) => format!("The file could not be made: {why}"),
    }
}

/// What the chosen file turned out to be.
#[derive(Clone, PartialEq)]
enum Imported {
    Set(Rc<ScenarioSet>),
    Refused(String),
}

#[component]
pub fn Files(props: &PanelProps) -> Html {
    let state = &props.state;
    let imported = use_state(|| None::<Imported>);
    let export = {
        let workspace = state.workspace.clone();
        props
            .dispatch
            .reform(move |_: MouseEvent| Action::Notify(Some(export_set(&workspace.to_set(Some(made_now()))).into())))
    };
    let csv = |yearly: bool| {
        let scenario = state.scenario.clone();
        props.dispatch.reform(move |_: MouseEvent| Action::Notify(Some(export_csv(&scenario, yearly).into())))
    };
    let workbook = |all: bool| {
        let (workspace, scenario) = (state.workspace.clone(), state.scenario.clone());
        props.dispatch.reform(move |_: MouseEvent| {
            let scenarios = if all { workspace.to_set(None).scenarios } else { vec![(*scenario).clone()] };
            Action::Notify(Some(export_workbook(&scenarios).into()))
        })
    };
    let onchange = {
        let imported = imported.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value(""); // the same file may be chosen again after a fix
            let imported = imported.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
                let text = text.ok().and_then(|t| t.as_string());
                imported.set(Some(match text.map(|t| ScenarioSet::from_json(&t)) {
                    Some(Ok(set)) => Imported::Set(Rc::new(set)),
                    Some(Err(e)) => Imported::Refused(format!("“{}” could not be opened: {e}", file.name())),
                    None => Imported::Refused(format!("“{}” could not be read.", file.name())),
                }));
            });
        })
    };
    let offer = match &*imported {
        Some(Imported::Set(set)) => {
            let onchoose = {
                let (set, imported) = (set.clone(), imported.clone());
                props.dispatch.reform(move |open: Open| {
                    imported.set(None);
                    Action::OpenSet(set.clone(), open)
                })
            };
            let oncancel = {
                let imported = imported.clone();
                Callback::from(move |_: ()| imported.set(None))
            };
            html! {
                <div class="file-offer" aria-live="polite">
                    <SetOffer set={set.clone()} source="file" own={state.workspace.len()} view_only={false}
                        {onchoose} {oncancel} />
                </div>
            }
        }
        Some(Imported::Refused(why)) => html! { <p class="field-error" role="alert">{ why }</p> },
        None => html! {},
    };
    let name = &state.scenario.name;
    html! {
        <div class="files">
            <h3 class="panel-heading">{ "Files and CSV" }</h3>
            <div class="files-group">
                <h4 class="panel-subheading">{ "Every scenario, as a file" }</h4>
                <p class="panel-note">{ "A JSON file keeps your work exactly: attach it to an e-mail, keep it \
                    with the paper, or open it here later. The planner CLI reads it too." }</p>
                <button type="button" class="button button--primary" onclick={export}>{ "Export to file" }</button>
                <div class="field">
                    <label class="field-label" for="import-file">{ "Import from file" }</label>
                    <div class="field-hint" id="import-file-hint">{ "A .json file exported from the planner, \
                        or a single scenario file. Nothing changes until you choose what to do with it." }</div>
                    <input id="import-file" class="file-input" type="file" accept=".json,application/json"
                        aria-describedby="import-file-hint" {onchange} />
                </div>
                { offer }
            </div>
            <div class="files-group">
                <h4 class="panel-subheading">{ "Excel workbook" }</h4>
                <p class="panel-note">{ "Every figure by month, financial year and in total, the invoices, \
                    the comparison and the assumptions. Year and total rows are live formulas, for audit." }</p>
                <div class="button-row">
                    <button type="button" class="button button--secondary" onclick={workbook(true)}>
                        { "Download workbook (.xlsx)" }
                    </button>
                    <button type="button" class="button button--secondary" onclick={workbook(false)}>
                        { format!("Workbook of “{name}” only") }
                    </button>
                </div>
            </div>
            <div class="files-group">
                <h4 class="panel-subheading">{ format!("“{name}” as CSV for Excel") }</h4>
                <div class="button-row">
                    <button type="button" class="button button--secondary" onclick={csv(false)}>
                        { "Download monthly CSV" }
                    </button>
                    <button type="button" class="button button--secondary" onclick={csv(true)}>
                        { "Download yearly CSV" }
                    </button>
                </div>
            </div>
            <super::backups::Backups />
        </div>
    }
}
