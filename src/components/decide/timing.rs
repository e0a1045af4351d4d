//! How long each part of the analysis takes, as User Timing measures (`performance.measure`):
//! invisible to the planner, readable in the browser's performance panel and by the e2e test
//! that holds the view to its 50 ms goal. Only the latest measure of each part is kept.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = performance, js_name = mark)]
    fn mark(name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = performance, js_name = measure)]
    fn measure(name: &str, start_mark: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = performance, js_name = clearMeasures)]
    fn clear_measures(name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = performance, js_name = clearMarks)]
    fn clear_marks(name: &str) -> Result<JsValue, JsValue>;
}

/// Runs `work`, recording its duration as the measure `name`. Timing is best effort: a
/// browser without User Timing changes nothing but the record.
pub fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let start = format!("{name}: start");
    let _ = mark(&start);
    let result = work();
    let _ = clear_measures(name);
    let _ = measure(name, &start);
    let _ = clear_marks(&start);
    result
}
