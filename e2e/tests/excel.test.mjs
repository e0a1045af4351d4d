// Excel in and out (issue 14): the page's workbook is the `planner xlsx` file of the same
// link, byte for byte (so every cell value matches); pasting rows copied from a spreadsheet
// adds them as posts in one undo step, and a bad cell is named before anything is added.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, openPlanner, OUT, runAxe, screenshot, startServer } from '../harness.mjs';

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

const ROOT = new URL('../..', import.meta.url).pathname;

async function addOption(page, choice) {
  await page.locator('#tool-add').click();
  await page.locator('.choice', { hasText: choice }).first().click();
  await page.locator('.results-context', { hasText: choice }).waitFor();
}

test('the downloaded workbook is the planner xlsx file of the same link', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await addOption(page, 'Agreement lapses December 2023');
    await addOption(page, 'Police pay awards applied');
    // Built from pay with on-costs: the workbook's cost breakdown columns.
    await addOption(page, 'Published pay awards and on-costs, 2023 to 2026');
    await page.locator('#tool-share').click(); // hands over to the full build, which opens the panel
    await page.locator('#share-what').selectOption('all');
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.locator('#share-link').inputValue();
    await page.locator('#tool-files').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download workbook (.xlsx)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'marsoc-funding-plan.xlsx');
    const fromPage = readFileSync(await download.path());
    assert.match(await page.locator('.notice').innerText(), /Downloaded marsoc-funding-plan\.xlsx/);
    t.diagnostic(`screenshot: ${await screenshot(page, 'excel-files-panel')}`);

    const out = join(mkdtempSync(join(tmpdir(), 'planner-xlsx-')), 'cli.xlsx');
    const said = execFileSync('cargo', ['run', '-q', '-p', 'planner-cli', '--', 'xlsx', '--link', link, '--all', '-o', out], {
      encoding: 'utf8',
      cwd: ROOT,
    });
    assert.match(said, /Summary, Business as usual, Agreement lapses December 2023, Police pay awards applied, Published pay awards and on-cos, Compare, Assumptions/);
    const fromCli = readFileSync(out);
    assert.equal(fromPage.length, fromCli.length, 'the same size');
    assert.ok(fromPage.equals(fromCli), 'the same bytes, so the same cell values');

    const [one] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Workbook of “.*” only$/ }).click(),
    ]);
    assert.match(one.suggestedFilename(), /-workbook\.xlsx$/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

const FIVE = [
  ['Title', 'Team', 'Group', 'Annual cost', 'FTE', 'Start', 'End'],
  ['Detective Constable', 'MARSOC', 'officer', '£76,020', '1', 'Apr 2023', ''],
  ['Detective Constable', 'Corruption', 'officer', '76020.00', '0.8', '04/2023', 'Mar 2025'],
  ['Intelligence Analyst', 'MARSOC', 'staff', '£52,000.00', '1', '2023-06', ''],
  ['Detective Sergeant', 'Corruption', 'officer', '£88,950', '', 'Jul 2023', ''],
  ['Researcher', 'MARSOC', 'staff', '£41,400', '0.5', 'Sep 2023', 'Mar 2026'],
].map((row) => row.join('\t')).join('\r\n');

const postCount = (page) => page.locator('details.post').count();

async function openPaste(page) {
  await addOption(page, 'Agreement lapses December 2023'); // an option: editable
  await page.getByRole('button', { name: 'Paste posts' }).click(); // hands over to the full build
  await page.locator('#paste-posts-text').waitFor();
}

test('pasting five rows from a spreadsheet adds five posts in one undo step', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url, { bypassCSP: true });
  try {
    await openPaste(page);
    const before = await postCount(page);
    await page.locator('#paste-posts-text').fill(FIVE);
    await page.locator('.paste-summary', { hasText: '5 posts ready to add.' }).waitFor();
    assert.equal(await page.locator('.paste-preview tbody tr').count(), 5);
    assert.equal(await postCount(page), before, 'nothing is added before confirming');
    t.diagnostic(`screenshot: ${await screenshot(page, 'excel-paste-preview')}`);
    await page.locator('.paste-posts').screenshot({ path: join(OUT, 'excel-paste-preview-box.png') });
    assert.deepEqual(await runAxe(page), [], 'the paste preview meets WCAG 2.2 AA');
    await page.getByRole('button', { name: 'Add 5 posts' }).click();
    await page.locator('.notice', { hasText: 'Added 5 posts' }).waitFor();
    assert.equal(await postCount(page), before + 5);
    await page.locator('.history').getByRole('button', { name: 'Undo' }).click();
    assert.equal(await postCount(page), before, 'one undo step takes all five away');
    await page.locator('.history').getByRole('button', { name: 'Redo' }).click();
    assert.equal(await postCount(page), before + 5);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a row with "abc" as its cost is named in the preview and nothing is added', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await openPaste(page);
    const before = await postCount(page);
    await page.locator('#paste-posts-text').fill(FIVE.replace('£52,000.00', 'abc'));
    const bad = page.locator('.paste-row--error');
    await bad.waitFor();
    assert.equal(await bad.count(), 1);
    assert.equal((await bad.locator('th').innerText()).trim(), '4', 'the line of the row');
    assert.match(await bad.innerText(), /Annual cost: “abc” is not an amount/);
    assert.match(await page.locator('.paste-summary').innerText(), /1 of 5 rows has errors/);
    assert.ok(await page.getByRole('button', { name: 'Add 5 posts' }).isDisabled());
    t.diagnostic(`screenshot: ${await screenshot(page, 'excel-paste-error')}`);
    await page.locator('.paste-posts').screenshot({ path: join(OUT, 'excel-paste-error-box.png') });
    assert.equal(await postCount(page), before);
    // Leaving the row out makes the rest ready.
    const lines = FIVE.split('\r\n').filter((l) => !l.startsWith('Intelligence Analyst'));
    await page.locator('#paste-posts-text').fill(lines.join('\r\n'));
    await page.locator('.paste-summary', { hasText: '4 posts ready to add.' }).waitFor();
    assert.equal(await postCount(page), before);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('pasting two pay awards adds both in one undo step; a bad percent is named first', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await addOption(page, 'Agreement lapses December 2023');
    await page.getByRole('button', { name: 'Paste pay awards' }).click(); // hands over to the full build
    const text = page.locator('#paste-awards-text');
    await text.waitFor();
    const awards = () => page.locator('[id^="editor-pay-award-"]').count();
    const before = await awards();
    await text.fill('From\tPercent\nSep 2023\tabc\nSep 2024\t4.75');
    await page.locator('.paste-row--error', { hasText: 'Percent: "abc" is not a percentage' }).waitFor();
    await page.locator('.paste-posts').screenshot({ path: join(OUT, 'excel-paste-awards-box.png') });
    assert.ok(await page.getByRole('button', { name: 'Add 2 pay awards' }).isDisabled());
    await text.fill('From\tPercent\nSep 2023\t7%\nSep 2024\t4.75');
    await page.locator('.paste-summary', { hasText: '2 pay awards ready to add.' }).waitFor();
    await page.getByRole('button', { name: 'Add 2 pay awards' }).click();
    await page.locator('.notice', { hasText: 'Added 2 pay awards' }).waitFor();
    assert.equal(await awards(), before + 2);
    t.diagnostic(`screenshot: ${await screenshot(page, 'excel-paste-awards')}`);
    await page.locator('.history').getByRole('button', { name: 'Undo' }).click();
    assert.equal(await awards(), before);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('pasting allocations sets each year in one undo step; a bad amount is named first', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url, { bypassCSP: true });
  try {
    await addOption(page, 'Agreement lapses December 2023');
    await page.getByRole('button', { name: 'Paste allocations' }).click(); // hands over to the full build
    const text = page.locator('#paste-allocations-text');
    await text.waitFor();
    const caps = () => Promise.all(['2023-24', '2024-25'].map((y) => page.locator(`#field-grant-allocations-${y}`).inputValue()));
    const before = await caps();
    await text.fill('Financial year\tAllocation\n2023/24\tabc\n2024/25\t£450,000');
    const bad = page.locator('.paste-row--error');
    await bad.waitFor();
    assert.equal(await bad.count(), 1);
    assert.equal((await bad.locator('th').innerText()).trim(), '2', 'the line of the row');
    assert.match(await bad.innerText(), /Allocation: “abc” is not an amount/);
    assert.ok(await page.getByRole('button', { name: 'Set 2 allocations' }).isDisabled());
    assert.deepEqual(await caps(), before, 'nothing changes before confirming');
    await page.locator('.paste-posts').screenshot({ path: join(OUT, 'excel-paste-allocations-error-box.png') });
    await text.fill('Financial year\tAllocation\n2023/24\t£380,000\n2024/25\t£450,000');
    await page.locator('.paste-summary', { hasText: '2 allocations ready to set.' }).waitFor();
    assert.match(await page.locator('.paste-preview').innerText(), /£380,000\.00 for 2023\/24, in place of £382,590\.00/);
    assert.deepEqual(await runAxe(page), [], 'the allocations preview meets WCAG 2.2 AA');
    t.diagnostic(`screenshot: ${await screenshot(page, 'excel-paste-allocations')}`);
    assert.deepEqual(await caps(), before);
    await page.getByRole('button', { name: 'Set 2 allocations' }).click();
    await page.locator('.notice', { hasText: 'Set 2 allocations' }).waitFor();
    const after = await caps();
    assert.match(after[0], /^380,?000(\.00)?$/);
    assert.match(after[1], /^450,?000(\.00)?$/);
    await page.locator('.history').getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(
      (want) => ['2023-24', '2024-25'].every((y, i) => document.getElementById(`field-grant-allocations-${y}`).value === want[i]),
      before,
    );
    assert.deepEqual(await caps(), before, 'one undo step puts both back');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
