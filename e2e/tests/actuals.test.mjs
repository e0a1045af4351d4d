// Monitoring (issue 13): a column of monthly actuals pasted from Excel gives the variance
// against the plan on the page, and `planner eval --link` on the copied link gives the same
// figures; a column with one bad cell names it and changes nothing.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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

// The ledger's post cost, April 2023 to March 2024 (examples/version-2), as Excel copies a column.
const COLUMN = [
  '£31,882.50', '£31,882.50', '£32,410.17', '£31,882.50', '£29,104.33', '£31,882.50',
  '£31,882.50', '£31,882.50', '£33,015.80', '£31,882.50', '£31,882.50', '£31,882.50',
];

/** `Exactly -£1,117.20` → `-1117.20`, as the CLI writes money. */
const plain = (text) => text.replace(/^Exactly /, '').replace('£', '').replace('+', '').replaceAll(',', '');

/** Opens the actuals section (the first load hands over) and pastes `cells` from the clipboard. */
async function pasteColumn(page, context, cells) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await page.locator('#open-actuals').click(); // hands over to the full build, which opens the section
  await page.locator('#paste-actuals').click();
  const area = page.locator('#paste-actuals-text');
  await area.waitFor();
  await page.evaluate((text) => navigator.clipboard.writeText(text), `${cells.join('\r\n')}\r\n`);
  await area.focus();
  await page.keyboard.press('Control+V');
}

test('a pasted column of actuals gives the variance, and planner eval --link agrees', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await pasteColumn(page, context, COLUMN);
    await page.locator('.paste-summary', { hasText: '12 months ready, Apr 2023 to Mar 2024: £381,472.80 in all.' }).waitFor();
    t.diagnostic(`screenshot: ${await screenshot(page, 'actuals-paste')}`);
    await page.getByRole('button', { name: 'Use these actuals' }).click();
    await page.locator('.notice', { hasText: 'Actuals to Mar 2024 (12 months with an actual) are in every plan.' }).waitFor();
    const variance = page.locator('.headline-variance .headline-exact');
    assert.equal((await variance.innerText()).trim(), 'Exactly -£1,117.20');
    const outturn = plain((await page.locator('.headline-outturn .headline-exact').innerText()).trim());
    assert.equal(await page.locator('#field-actuals-through').inputValue(), '2024-03');
    assert.equal(await page.locator('#field-actuals-months-2023-06-post_cost').inputValue(), '32410.17');
    // Actual months are marked in the month table and told apart in the chart's figures.
    await page.locator('.month-details summary').click();
    await page.locator('#month-table th', { hasText: 'Mar 2024 (actual)' }).waitFor();
    assert.equal(await page.locator('#month-table th', { hasText: 'Apr 2024 (actual)' }).count(), 0);
    assert.equal(await page.locator('#chart-actuals svg.chart-svg .line.series-forecast').count(), 1);
    assert.equal(await page.locator('#chart-actuals .marker-actuals').count(), 1);
    t.diagnostic(`screenshot: ${await screenshot(page, 'actuals-monitoring')}`);

    await page.locator('#tool-share').click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.locator('#share-link').inputValue();
    t.diagnostic(`link with 12 actual months: ${link.length} characters`);
    const json = execFileSync('cargo', ['run', '-q', '-p', 'planner-cli', '--', 'eval', '--link', link], {
      encoding: 'utf8',
      cwd: new URL('../..', import.meta.url).pathname,
    });
    const parsed = JSON.parse(json);
    const cli = Array.isArray(parsed) ? parsed[0] : (parsed.scenarios?.[0] ?? parsed);
    assert.equal(cli.actuals_through, '2024-03');
    assert.equal(cli.total.variance, plain('Exactly -£1,117.20'));
    assert.equal(cli.total.post_cost, outturn);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a column with one bad cell names it and changes nothing', async () => {
  const { context, page, log } = await openPlanner(browser, server.url, { bypassCSP: true });
  try {
    const cells = [...COLUMN];
    cells[4] = '29,1O4.33'; // a letter O for a zero, as a hurried copy has it
    await pasteColumn(page, context, cells);
    await page.locator('.paste-summary', { hasText: 'Line 5 (Aug 2023) is not an amount' }).waitFor();
    await page.locator('.paste-row--error', { hasText: '29,1O4.33' }).waitFor();
    assert.equal(await page.locator('.paste-row--error').count(), 1);
    assert.ok(await page.getByRole('button', { name: 'Use these actuals' }).isDisabled());
    assert.equal(await page.locator('#field-actuals-through').inputValue(), '');
    assert.equal(await page.locator('.monitoring').count(), 0, 'no actuals, so no monitoring');
    assert.deepEqual(await runAxe(page), [], 'the paste preview with its error');
    // Cancel leaves the plan as it was.
    await page.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await page.locator('.history').getByRole('button', { name: 'Undo' }).isDisabled(), true);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a plan with actuals opens in the full build at once, with its monitoring, and has no axe violations', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url, { bypassCSP: true });
  try {
    await pasteColumn(page, context, COLUMN.slice(0, 6));
    await page.getByRole('button', { name: 'Use these actuals' }).click();
    await page.locator('.monitoring').waitFor();
    // Saved (autosave waits a moment after the last change), then opened afresh.
    await page.waitForFunction(() => /"through":"2023-09"/.test(localStorage.getItem('marsoc-planner.workspace.v1') ?? ''));
    await page.reload();
    await page.locator('.monitoring .actuals-as-at', { hasText: 'Actuals to Sep 2023' }).waitFor();
    assert.deepEqual(await runAxe(page), []);
    t.diagnostic(`screenshot: ${await screenshot(page, 'actuals-reopened')}`);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
