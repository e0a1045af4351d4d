// One app shell over two builds (src/shell.rs, boot.js): the first use of a full-build view
// must not blank the page, lose Undo, drop a half-typed field, close open tables or scroll.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPlanner, startServer } from '../harness.mjs';

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

/** Records, from the page's own clock, every moment the page had no masthead. */
const watchForBlanks = () =>
  page_eval(() => {
    window.__blank = 0;
    new MutationObserver(() => {
      if (!document.querySelector('.masthead')) window.__blank += 1;
    }).observe(document.body, { childList: true, subtree: true });
  });
let page_eval;

/**
 * In the page: from the press on "Compare options" to the first frame painted with the
 * comparison's heading shown (not in a hidden root), on the page's own clock.
 */
const timeToComparison = () => {
  window.__shown = undefined;
  addEventListener('pointerdown', () => {
    const pressed = performance.now();
    const check = () => {
      const heading = document.getElementById('compare-heading');
      if (heading && !heading.closest('[hidden]')) {
        requestAnimationFrame(() => setTimeout(() => { window.__shown = performance.now() - pressed; }, 0));
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  }, { capture: true, once: true });
};

test('the full build is fetched in idle time after the first render', async () => {
  const { context, page, log } = await openPlanner(browser, server.url);
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('marsoc_planner_bg.wasm')));
  assert.ok(log.requests.some((u) => u.endsWith('/styles/full.css')), 'the full build brings its styles');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the first Compare keeps the page, Undo, open tables and a half-typed field', async () => {
  const { context, page, log } = await openPlanner(browser, server.url);
  page_eval = (fn) => page.evaluate(fn);
  await page.getByRole('button', { name: 'Unlock to edit' }).click();
  const cost = page.locator('#field-posts-0-annual_cost');
  await cost.fill('90000');
  await cost.press('Tab');
  await page.locator('#field-posts-1-annual_cost').fill('12x'); // half-typed: not a value yet
  await page.locator('#field-posts-1-annual_cost-error').waitFor();
  await page.locator('.month-details summary').click();
  await page.evaluate(() => window.scrollTo(0, 300));
  await watchForBlanks();
  // Wait for the idle-time fetch, as a planner who reads the figures first would.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('marsoc_planner_bg.wasm')));

  await page.evaluate(timeToComparison);
  await page.getByRole('button', { name: 'Compare options' }).click();
  await page.getByRole('heading', { level: 2, name: 'Compare options' }).waitFor();
  const first = await page.waitForFunction(() => window.__shown).then((h) => h.jsonValue());
  console.log(`click on Compare options to the comparison painted, first time: ${first.toFixed(1)} ms`);

  assert.equal(await page.evaluate(() => window.__blank), 0, 'the page never lost its masthead');
  assert.equal(await page.locator('.switching').count(), 0, 'no loading message once switched');
  assert.equal(await page.locator('.app-root').count(), 1);
  assert.equal(await page.locator('.masthead').count(), 1, 'one app on the page');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'compare-heading', 'the new view has focus');

  await page.locator('.compare-toggle').click();
  assert.equal(await page.locator('#field-posts-1-annual_cost').inputValue(), '12x', 'the half-typed field is kept');
  // The same click once the full build runs, for comparison.
  await page.evaluate(timeToComparison);
  await page.getByRole('button', { name: 'Compare options' }).click();
  const again = await page.waitForFunction(() => window.__shown).then((h) => h.jsonValue());
  console.log(`the same click in the full build: ${again.toFixed(1)} ms`);
  await page.locator('.compare-toggle').click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.locator('#field-posts-0-annual_cost').waitFor();
  assert.notEqual(await page.locator('#field-posts-0-annual_cost').inputValue(), '90000.00', 'Undo reaches the edit made before the switch');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('opening a panel of the full build keeps the editor as it was', async () => {
  const { context, page, log } = await openPlanner(browser, server.url);
  page_eval = (fn) => page.evaluate(fn);
  await page.locator('.month-details summary').click();
  await page.evaluate(() => window.scrollTo(0, 60));
  // Where the page was when clicked (the click itself may scroll the button into view).
  await page.evaluate(() => addEventListener('pointerdown', () => { window.__atClick = Math.round(scrollY); }, { capture: true }));
  await watchForBlanks();
  await page.getByRole('button', { name: 'Share a link' }).click();
  await page.getByRole('button', { name: 'Copy link' }).waitFor();
  const [atClick, now] = await page.evaluate(() => [window.__atClick, Math.round(scrollY)]);
  assert.ok(atClick > 0, 'the page was scrolled when clicked');
  assert.equal(now, atClick, 'the scroll position is kept');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tool-share', 'focus stays on the button');
  assert.equal(await page.evaluate(() => window.__blank), 0, 'the page never lost its masthead');
  assert.equal(await page.locator('.month-details').evaluate((d) => d.open), true, 'the month table stays open');
  assert.deepEqual(log.errors, []);
  await context.close();
});
