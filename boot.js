// The planner's bootstrap (an external module: the CSP forbids inline scripts). It starts the
// first-load build, then fetches and compiles the full build in idle time, so that the first
// use of the comparison, Decide, sharing or files switches builds without being seen
// (src/shell.rs). Once the app has started over http(s), it registers the service worker
// (sw.js) that lets the hosted planner open offline.
import init, { planner_stop } from './marsoc_planner_core.js';

let full;
/** The full build's module, its compiled wasm and its views' styles: fetched once. */
function loadFull() {
  if (!full) {
    const styles = document.createElement('link');
    styles.rel = 'stylesheet';
    styles.href = 'styles/full.css';
    const styled = new Promise((resolve) => {
      styles.onload = resolve;
      styles.onerror = resolve; // the views still work unstyled; never hold them back
    });
    document.head.append(styles);
    const wasm = fetch(new URL('marsoc_planner_bg.wasm', import.meta.url))
      .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(`${response.status}`))))
      .then((bytes) => WebAssembly.compile(bytes));
    // Instantiated at once too, standing by: its main() sees plannerStandBy and does not
    // mount; a handover mounts it (planner_mount).
    full = Promise.all([import('./marsoc_planner.js'), wasm, styled]).then(async ([planner, module]) => {
      window.plannerStandBy = true;
      await planner.default({ module_or_path: module });
      return planner;
    });
    full.catch(() => {
      full = undefined; // a later try fetches again
    });
  }
  return full;
}

function status(text) {
  let p = document.querySelector('.switching');
  if (!p) {
    p = document.createElement('p');
    p.className = 'switching';
    p.setAttribute('role', 'status');
    document.body.append(p);
  }
  p.textContent = text;
  return p;
}

/** Each <details> by where it is (its nearest id, its class, its place among those). */
function tablesByKey(within = document) {
  const seen = new Map();
  return [...within.querySelectorAll('details')].map((d) => {
    const where = `${d.parentElement?.closest('[id]')?.id ?? ''}|${d.className}`;
    const nth = (seen.get(where) ?? 0) + 1;
    seen.set(where, nth);
    return [`${where}|${nth}`, d];
  });
}

const openTables = () => new Set(tablesByKey().filter(([, d]) => d.open).map(([key]) => key));

// Called by the first load (src/shell.rs) with the handoff: the full build starts in a
// hidden root, and calls plannerTakeOver once it has rendered there.
window.plannerUpgrade = (handoff) => {
  if (window.plannerHandoff !== undefined) return; // already switching
  const scroll = window.scrollY;
  const open = openTables();
  const focused = document.activeElement?.id;
  window.plannerHandoff = handoff;
  // While it renders hidden, the full build cannot move focus (a new view focuses its
  // heading, a question its title): note where it asked to, and go there once shown.
  const focus = HTMLElement.prototype.focus;
  let asked;
  HTMLElement.prototype.focus = function focusOnceShown(options) {
    if (this.closest('.app-root[hidden]')) asked = this;
    else focus.call(this, options);
  };
  // Say something only when the wait is long enough to notice (a slow line, before the
  // idle-time fetch has finished).
  const slow = setTimeout(() => status('Loading…'), 150);
  window.plannerTakeOver = (sameView) => {
    clearTimeout(slow);
    HTMLElement.prototype.focus = focus;
    document.querySelector('.switching')?.remove();
    planner_stop();
    const root = document.querySelector('.app-root[hidden]');
    if (root) root.hidden = false;
    window.scrollTo(0, scroll);
    if (sameView) {
      // The same page, drawn by the other build: keep the tables that were open.
      for (const [key, details] of tablesByKey(root ?? document)) details.open = open.has(key);
    }
    const again = asked ?? (sameView && focused && root?.querySelector(`[id="${CSS.escape(focused)}"]`));
    if (again?.isConnected) again.focus();
  };
  loadFull()
    .then((planner) => planner.planner_mount())
    .catch((error) => {
      console.error(error);
      clearTimeout(slow);
      HTMLElement.prototype.focus = focus;
      delete window.plannerHandoff;
      status('This part of the planner could not load. Reload the page to go on; your work is saved.');
    });
};

const idle = window.requestIdleCallback ?? ((run) => setTimeout(run, 200));

init().then(() => {
  // After the first render, when the page is idle: the full build, ready for first use.
  idle(() => loadFull().catch((error) => console.warn('The full planner will load on first use:', error)), { timeout: 5000 });
  if (/^https?:$/.test(location.protocol) && 'serviceWorker' in navigator) {
    navigator.serviceWorker.register('./sw.js').catch((error) => console.warn('The planner will not open offline:', error));
  }
}, (error) => {
  console.error(error);
  const p = document.createElement('p');
  p.className = 'boot-failed';
  p.textContent = 'The planner could not start in this browser. Reload the page, or use an up-to-date Edge or Chrome.';
  document.body.append(p);
});
