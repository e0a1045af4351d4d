// At the meeting (journey 5): the compare view of business as usual and four options, meeting
// mode moved through with the keys, and the A4 landscape options sheet printed to PDF. Seeds
// the planner's saved work from examples/*.json, then uses the "Compare options" control.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { OUT, launchBrowser, openPlanner, runAxe, screenshot, startServer } from '../harness.mjs';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const PLANS = [
  'business-as-usual',
  'agreement-lapses-december-2023',
  'annual-review-ends-funding-march-2024-officers-redeployed',
  'police-pay-awards-applied',
  'grant-cut-to-a-lower-cap',
];
const LAPSE = 'Agreement lapses December 2023';

/** Saved work as src/workspace.rs writes it: the example files as its scenarios. */
function savedWork() {
  const entries = PLANS.map((name, i) => ({
    id: i + 1,
    scenario: JSON.parse(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8')),
  }));
  return JSON.stringify({ version: 1, stamp: 1, baseline_locked: true, entries });
}

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

/** Opens the planner on the seeded work and goes to the compare view. */
async function openCompare(options) {
  const opened = await openPlanner(browser, server.url, options);
  const { page } = opened;
  await page.evaluate((work) => localStorage.setItem('marsoc-planner.workspace.v1', work), savedWork());
  await page.reload({ waitUntil: 'load' });
  await page.getByRole('button', { name: 'Compare options' }).click();
  await page.getByRole('heading', { level: 2, name: 'Compare options' }).waitFor();
  return opened;
}

const headlineRow = (page, name) => page.locator('#compare-headline tbody tr').filter({ hasText: name });
const counter = (page) => page.locator('.slide-counter');

test('the compare view sets each option beside business as usual, with no axe violations', async (t) => {
  const { context, page, log } = await openCompare({ bypassCSP: true });
  try {
    assert.equal(await page.locator('#compare-headline tbody tr').count(), 5);
    assert.match(await headlineRow(page, LAPSE).innerText(), /\+£860,828\s+worse/);
    assert.equal(await page.locator('#compare-chart svg[role="img"]').count(), 1);
    assert.equal(await page.locator('.compare-option').count(), 4);
    t.diagnostic(`screenshot: ${await screenshot(page, 'compare-view')}`);
    assert.deepEqual(await runAxe(page), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.external, []);
  } finally {
    await context.close();
  }
});

test('meeting mode: → and ← move through the slides, Esc leaves and focus returns to Present', async (t) => {
  const { context, page, log } = await openCompare({ bypassCSP: true });
  try {
    const present = page.getByRole('button', { name: 'Present' });
    await present.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'slide', 'the slide has focus');
    // Two slides of comparison, two of who pays, the chart, each option's figures and
    // changes (with its warnings), and one decision slide until its assumptions are confirmed.
    const of = Number((await counter(page).innerText()).match(/1 of (\d+)/)[1]);
    assert.ok(of >= 14, `${of} slides`);
    // The comparison slide: the baseline and the first two options with their differences.
    const table = page.locator('#slide-headline');
    assert.match(await table.locator('tbody tr').filter({ hasText: LAPSE }).innerText(), /\+£860,828\s+worse/);
    assert.deepEqual(await runAxe(page), [], 'the comparison slide');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    assert.match(await counter(page).innerText(), new RegExp(`5 of ${of}`));
    assert.equal(await page.locator('.slide svg[role="img"] > title').textContent(), 'Unfunded pressure, running total, by option');
    await page.keyboard.press('ArrowRight');
    assert.match(await counter(page).innerText(), new RegExp(`6 of ${of}`));
    assert.equal(await page.locator('#slide-title').innerText(), LAPSE);
    assert.match(await page.locator('.slide-figures').innerText(), /\+£860,828\s+worse/);
    // The overlay fills the window: a full-page screenshot would show the page behind it.
    await page.screenshot({ path: join(OUT, 'meeting-slide.png') });
    t.diagnostic(`screenshot: ${join(OUT, 'meeting-slide.png')}`);
    assert.deepEqual(await runAxe(page), [], 'an option slide');
    await page.keyboard.press('ArrowLeft');
    assert.match(await counter(page).innerText(), new RegExp(`5 of ${of}`));
    await page.keyboard.press('End');
    assert.match(await counter(page).innerText(), new RegExp(`${of} of ${of}`));
    // The last slide: no decision figures until the planner confirms their assumptions.
    assert.equal(await page.locator('#slide-title').innerText(), 'Decision figures');
    assert.match(await page.locator('.slide-unconfirmed').innerText(), /No decision figures yet/);
    assert.equal(await page.locator('#slide-decision-odds').count(), 0);
    await page.screenshot({ path: join(OUT, 'meeting-decision-slide.png') });
    t.diagnostic(`screenshot: ${join(OUT, 'meeting-decision-slide.png')}`);
    assert.deepEqual(await runAxe(page), [], 'the decision slide');
    await page.keyboard.press('Home');
    assert.match(await counter(page).innerText(), new RegExp(`1 of ${of}`));
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => !!document.activeElement?.closest('.presentation')), 'Tab stays in meeting mode');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Present');
    assert.equal(await page.evaluate(() => document.fullscreenElement), null, 'full screen is left too');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('the options sheet prints on A4 landscape with every option named', async (t) => {
  const { context, page, log } = await openCompare();
  try {
    const path = join(OUT, 'options-sheet.pdf');
    const pdf = await page.pdf({ path, format: 'A4', landscape: true, printBackground: true });
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    assert.ok(boxes.length >= 1 && boxes.length <= 2, `one or two pages, not ${boxes.length}`);
    // A4 is 841.89 × 595.28 points; Chromium rounds the page to whole CSS pixels (842.88 × 595.92).
    for (const [, w, h] of boxes) {
      assert.ok(Math.abs(w - 842) < 1.5 && Math.abs(h - 595) < 1.5, `A4 landscape in points, not ${w} × ${h}`);
    }
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    assert.match(text, /MARSOC funding options/);
    assert.match(text, /Decision figures/);
    assert.match(text, /None shown: the assumptions they need/);
    for (const name of ['Business as usual', LAPSE, 'Police pay awards applied', 'Grant cut to a lower cap']) {
      assert.ok(text.includes(name), `the sheet names “${name}”`);
    }
    assert.match(text, /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
    assert.doesNotMatch(text, /Back to editing|Print the options sheet/, 'no controls on paper');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, join(OUT, 'options-sheet')]);
    t.diagnostic(`pdf: ${path}; first page: ${join(OUT, 'options-sheet-1.png')}`);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
