// Shared e2e plumbing: serve dist/ on 127.0.0.1, drive Debian's Chromium through playwright-core,
// record what the page logs and fetches, and run axe-core. Tests live in tests/*.test.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const DIST = new URL('../dist/', import.meta.url).pathname;
export const OUT = new URL('./out/', import.meta.url).pathname;
const AXE = new URL('./node_modules/axe-core/axe.min.js', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Serves `dir` with python's http.server on a free port of 127.0.0.1. */
export async function startServer(dir = DIST) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}index.html is missing: run scripts/build.sh first`);
  }
  // Port 0 lets python pick a free port; it prints it, so there is no race over the choice.
  const child = spawn('python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '--directory', dir, '0'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const port = await new Promise((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`http.server did not start: ${said}`)), 10_000);
    child.stdout.on('data', (chunk) => {
      said += chunk;
      const found = said.match(/port (\d+)/);
      if (found) {
        clearTimeout(timer);
        resolve(Number(found[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`http.server exited with ${code}: ${said}`));
    });
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => child.kill() };
}

/** Headless Chromium; playwright gives every launch a fresh temporary user-data-dir. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

const isLocal = (url) => {
  const { protocol, hostname } = new URL(url);
  return ['data:', 'blob:', 'about:'].includes(protocol) || hostname === '127.0.0.1';
};

/**
 * Opens `url` in a new context and waits for the app to render its <h1>.
 * Returns the page and a log: console/page/network `errors`, `warnings`, every request URL in
 * `requests`, and in `external` any that tried to leave 127.0.0.1 (those are blocked).
 */
export async function openPlanner(browser, url, { bypassCSP = false } = {}) {
  const context = await browser.newContext({ bypassCSP, viewport: { width: 1280, height: 900 } });
  const log = { errors: [], warnings: [], requests: [], external: [] };
  // Nothing may leave this machine, even when the app gets it wrong: block and record.
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (isLocal(target)) return route.continue();
    log.external.push(target);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(`console: ${message.text()}`);
    if (message.type() === 'warning') log.warnings.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.errors.push(`page: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    // The browser may abandon its own favicon fetch (printing to PDF, navigating away), or the
    // full build that boot.js fetches in idle time when a test reloads or leaves the page:
    // that is the browser changing its mind, not the planner failing to load. (A full build
    // that really fails to load fails the test that opens one of its views.)
    const abandoned = /\/(icon\.svg|marsoc_planner\.js|marsoc_planner_bg\.wasm|styles\/full\.css)$/;
    if (reason === 'net::ERR_ABORTED' && abandoned.test(request.url())) return;
    log.errors.push(`failed: ${request.url()} ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) log.errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
  // Late fetches or errors after the first render count too.
  await page.waitForLoadState('networkidle');
  return { context, page, log };
}

/** Writes a full-page screenshot to e2e/out/<name>.png and returns its path. */
/** The key the planner saves its work under (see src/workspace.rs). */
export const STORAGE_KEY = 'marsoc-planner.workspace.v1';

/**
 * Waits until the saved work holds every one of `texts`: the save itself, not a fixed time,
 * since a loaded machine may take longer than the autosave's delay.
 */
export async function waitForSaved(page, ...texts) {
  await page.waitForFunction(
    ([key, wanted]) => wanted.every((text) => (localStorage.getItem(key) ?? '').includes(text)),
    [STORAGE_KEY, texts],
    // A timer, not animation frames: a page in the background gets none.
    { polling: 100 },
  );
}

export async function screenshot(page, name) {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Runs axe-core on the page with the WCAG 2.0-2.2 A/AA rules and returns the violations.
 * addScriptTag inlines the file, which the app's CSP refuses: open the page with
 * `bypassCSP: true` for this check only (the other checks keep the real CSP).
 */
export async function runAxe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, WCAG_TAGS);
}
