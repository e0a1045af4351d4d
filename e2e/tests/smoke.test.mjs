// Smoke test of the built dist/: it loads, renders, stays on this machine and passes axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPlanner, runAxe, screenshot, startServer } from '../harness.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the planner loads with its heading, no errors and no requests off this machine', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    assert.equal(heading?.trim(), 'MARSOC Funding Planner');
    assert.equal(await page.getByRole('main').count(), 1, 'one <main> landmark');
    t.diagnostic(`screenshot: ${await screenshot(page, 'planner')}`);
    log.warnings.forEach((w) => t.diagnostic(`warning: ${w}`));

    assert.deepEqual(log.errors, [], 'no console, page or network errors');
    assert.deepEqual(log.external, [], 'no request leaves 127.0.0.1');
    assert.ok(log.requests.some((url) => url.endsWith('.wasm')), 'the wasm module was fetched');
  } finally {
    await context.close();
  }
});

test('the first view has no WCAG 2.2 AA violations that axe can find', async () => {
  const { context, page, log } = await openPlanner(browser, server.url, { bypassCSP: true });
  try {
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], 'axe found WCAG A/AA violations');
    assert.deepEqual(log.external, [], 'no request leaves 127.0.0.1');
  } finally {
    await context.close();
  }
});
