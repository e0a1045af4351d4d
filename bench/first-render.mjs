#!/usr/bin/env node
// Benchmark (not a test): time from navigation to first render, the planner against a peer
// measured side by side in one run: js-framework-benchmark's keyed Yew 0.23 app (its own
// bundled build, in bench/peer/yew-keyed/, Apache-2.0). Loads alternate, each in a fresh
// browser context, so machine noise falls on both alike; the ratio of medians is the figure.
//   node bench/first-render.mjs [LOADS]     (after scripts/build.sh; LOADS defaults to 20)
import { launchBrowser, startServer } from '../e2e/harness.mjs';

const LOADS = Number(process.argv[2] ?? 20);
const PEER = new URL('./peer/yew-keyed/', import.meta.url).pathname;

/** In the page: note when `selector` first appears, on the page's own clock (0 = navigation). */
const probe = (selector) => {
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector)) {
      window.__firstRender = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function firstRender(browser, url, selector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(probe, selector);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__firstRender !== undefined, null, { timeout: 30_000 });
    return await page.evaluate(() => window.__firstRender);
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const ours = await startServer();
const peer = await startServer(PEER);
const browser = await launchBrowser();
try {
  const times = { planner: [], peer: [] };
  for (let i = 0; i < LOADS; i += 1) {
    // Alternate which goes first, so neither always gets the warmer machine.
    const order = i % 2 ? ['peer', 'planner'] : ['planner', 'peer'];
    for (const who of order) {
      times[who].push(
        who === 'planner'
          ? await firstRender(browser, ours.url, '.headline-value')
          : await firstRender(browser, peer.url, '#run'),
      );
    }
  }
  const p = median(times.planner);
  const q = median(times.peer);
  console.log(`first render, median of ${LOADS} loads each (fresh contexts, alternating):`);
  console.log(`  planner (default scenario, figures shown): ${p.toFixed(1)} ms`);
  console.log(`  js-framework-benchmark keyed Yew (buttons shown): ${q.toFixed(1)} ms`);
  console.log(`  ratio: ${(p / q).toFixed(2)}× (goal ≤ 1.5×)`);
} finally {
  await browser.close();
  ours.close();
  peer.close();
}
