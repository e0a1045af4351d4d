// The planner in the browser (issue 3): the report's figures on first open, a funding stop,
// bad input beside its field, and all of it with no errors, no outside requests and no
// WCAG 2.2 AA violations that axe can find.
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

/** The cells of a row of the financial-year table, by its header ("Unfunded pressure"). */
async function yearRow(page, header) {
  const row = page.locator('#year-table tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${header}$`) }) });
  return (await row.locator('td').allTextContents()).map((t) => t.trim());
}

const headline = (page, key) => page.locator(`.headline-${key}`);

/** Business as usual starts locked; these journeys edit it, as after "Unlock to edit". */
async function unlock(page) {
  await page.getByRole('button', { name: 'Unlock to edit' }).click();
}

async function stopFundingAfter(page, month) {
  await page.getByLabel('Funding stops after').selectOption(month);
}

test('the first view shows the report: £382,590.00 a year, all claimed, no pressure', async () => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    assert.deepEqual(await yearRow(page, 'Post cost'), ['£382,590.00', '£382,590.00', '£382,590.00', '£1,147,770.00']);
    assert.deepEqual(await yearRow(page, 'Claimed'), ['£382,590.00', '£382,590.00', '£382,590.00', '£1,147,770.00']);
    assert.deepEqual(await yearRow(page, 'Unfunded pressure'), ['£0.00', '£0.00', '£0.00', '£0.00']);
    assert.match(await headline(page, 'pressure').innerText(), /Exactly £0\.00/);
    assert.match(await headline(page, 'cash').innerText(), /£127,530[\s\S]*Jul 2023/);
    assert.equal(await page.locator('svg[role="img"]').count(), 3, 'three charts');
    assert.match(await page.locator('.results').innerText(), /illustrative|Agreement ≥ £10,000 must be published/);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.external, []);
  } finally {
    await context.close();
  }
});

test('funding stopping after Dec 2023 with every post carrying on shows £860,827.50 of pressure', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await unlock(page);
    await stopFundingAfter(page, '2023-12');
    await page.waitForFunction(() => document.querySelector('.headline-pressure')?.textContent?.includes('860,827.50'));
    assert.deepEqual(await yearRow(page, 'Unfunded pressure'), ['£95,647.50', '£382,590.00', '£382,590.00', '£860,827.50']);
    assert.deepEqual((await yearRow(page, 'Claimed')).slice(0, 1), ['£286,942.50']);
    assert.match(await page.locator('#chart-cost').innerText(), /Funding stops after Dec 2023/);
    t.diagnostic(`screenshot: ${await screenshot(page, 'planner-stop-dec-2023')}`);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.external, []);
  } finally {
    await context.close();
  }
});

test('typing "abc" or "-5" into a cost shows the error beside it and keeps the last figures', async () => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await unlock(page);
    const cost = page.locator('#field-posts-0-annual_cost');
    for (const [typed, reason] of [['abc', /not an amount/], ['-5', /must not be negative/]]) {
      await cost.fill(typed);
      const error = page.locator('#field-posts-0-annual_cost-error');
      await error.waitFor();
      assert.match(await error.innerText(), reason);
      assert.equal(await cost.inputValue(), typed, 'the raw text stays in the field');
      assert.equal(await cost.getAttribute('aria-invalid'), 'true');
      assert.deepEqual(await yearRow(page, 'Post cost'), ['£382,590.00', '£382,590.00', '£382,590.00', '£1,147,770.00']);
    }
    await cost.fill('90000');
    await page.locator('#field-posts-0-annual_cost-error').waitFor({ state: 'detached' });
    assert.deepEqual((await yearRow(page, 'Post cost')).slice(0, 1), ['£383,640.00']);
    assert.deepEqual(log.errors, [], 'nothing crashed');
  } finally {
    await context.close();
  }
});

test('a damaged link says what is wrong and the planner still works', async () => {
  const { context, page, log } = await openPlanner(browser, `${server.url}#s=1.xVLRTsIwFP2Vpk`);
  try {
    assert.match(await page.locator('.notice').innerText(), /incomplete or was changed/);
    assert.deepEqual(await yearRow(page, 'Unfunded pressure'), ['£0.00', '£0.00', '£0.00', '£0.00']);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('after a stop and a bad entry the page still has no WCAG 2.2 AA violations', async () => {
  const { context, page } = await openPlanner(browser, server.url, { bypassCSP: true });
  try {
    assert.deepEqual(await runAxe(page), [], 'locked business as usual');
    await unlock(page);
    await stopFundingAfter(page, '2023-12');
    await page.locator('#field-posts-0-annual_cost').fill('abc');
    await page.locator('#field-posts-0-annual_cost-error').waitFor();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    assert.deepEqual(await runAxe(page), []);
  } finally {
    await context.close();
  }
});

test('the editor works from the keyboard alone', async () => {
  const { context, page } = await openPlanner(browser, server.url);
  try {
    await page.getByRole('button', { name: 'Unlock to edit' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Funding stops after').focus();
    await page.keyboard.press('End'); // the last month of the plan
    await page.keyboard.press('Home'); // "Never"
    await page.keyboard.press('ArrowDown'); // Apr 2023: every month after is unfunded
    await page.waitForFunction(() => !document.querySelector('.headline-pressure')?.textContent?.includes('Exactly £0.00'));
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id);
    assert.ok(focused, 'focus stays on the control');
  } finally {
    await context.close();
  }
});
