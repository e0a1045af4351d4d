// The workspace (issue 4): options, share links opened in another browser, links that never
// overwrite work unasked, autosave and its backup, two tabs, JSON files, CSV, Undo by keyboard.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { launchBrowser, openPlanner, runAxe, screenshot, startServer, STORAGE_KEY, waitForSaved } from '../harness.mjs';

const BACKUP_KEY = 'marsoc-planner.workspace.v1.unreadable';
const SAVE_WAIT_MS = 600; // autosave waits 400 ms after the last change

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

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The scenarios' names in the bar, in order. */
const names = (page) => page.locator('.scenario-tab-name').allTextContents();

const openName = (page) => page.locator('.scenario-tab[aria-current="true"] .scenario-tab-name').textContent();

async function openTab(page, name) {
  const tab = page.locator('.scenario-tab').filter({ has: page.locator('.scenario-tab-name', { hasText: new RegExp(`^${escape(name)}$`) }) });
  await tab.click();
  await page.locator('.results-context', { hasText: `“${name}”` }).waitFor();
}

async function addOption(page, choice) {
  await page.locator('#tool-add').click();
  await page.locator('.choice', { hasText: choice }).first().click();
  await page.locator('.results-context', { hasText: choice }).waitFor();
}

/** Every headline figure of the open scenario, exact totals included. */
const headlines = (page) => page.locator('.headline').evaluateAll((cards) => cards.map((c) => c.innerText.replace(/\s+/g, ' ').trim()));

/** The figures of every scenario, by name. */
async function allFigures(page) {
  const result = {};
  for (const name of await names(page)) {
    await openTab(page, name);
    result[name] = await headlines(page);
  }
  return result;
}

/** Makes a link of what `choose` selects ("all" or an option's label) and returns it. */
async function copyLink(page, choose = 'all') {
  if ((await page.locator('#share-what').count()) === 0) await page.locator('#tool-share').click();
  if (choose === 'all') await page.locator('#share-what').selectOption('all');
  else await page.locator('#share-what').selectOption({ label: `Only “${choose}”` });
  const notice = page.locator('.notice');
  if ((await notice.count()) > 0) await notice.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await notice.filter({ hasText: /characters/ }).waitFor();
  const link = await page.locator('#share-link').inputValue();
  const shown = await page.locator('#share-link-length').innerText();
  return { link, shown };
}

/** A page with saved work: business as usual and one option, saved. */
async function withSavedWork(option = 'Grant cut to a lower cap') {
  const opened = await openPlanner(browser, server.url);
  await addOption(opened.page, option);
  // Waits for the save itself, not a fixed time: a loaded machine may take longer.
  await waitForSaved(opened.page, option);
  return opened;
}

/** Loads `url` afresh (a hash-only change would not reload the page). */
async function load(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

test('two options shared by link open with identical names and figures in a fresh browser', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url);
  const fresh = await browser.newContext();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await addOption(page, 'Agreement lapses December 2023');
    await addOption(page, 'Police pay awards applied');
    const { link, shown } = await copyLink(page);
    assert.match(await page.locator('.notice').innerText(), /^Link copied: [\d,]+ characters\./);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'the link is on the clipboard');
    assert.equal(shown, `${link.length.toLocaleString('en-GB')} characters`);
    t.diagnostic(`screenshot: ${await screenshot(page, 'workspace-share')}`);
    const mine = await allFigures(page);

    const other = await fresh.newPage();
    await other.goto(link);
    // The first load hands a link over to the full build, which opens it.
    await other.waitForFunction(() => document.querySelectorAll('.scenario-tab-name').length === 3);
    assert.deepEqual(await names(other), ['Business as usual', 'Agreement lapses December 2023', 'Police pay awards applied']);
    assert.deepEqual(await allFigures(other), mine, 'every headline figure, exact totals included');
    assert.match(mine['Agreement lapses December 2023'].join(' '), /Unfunded pressure £[\d,]+ Exactly £860,827\.50/);

    // The lengths the panel shows, for one scenario and for four.
    const one = await copyLink(page, 'Agreement lapses December 2023');
    await addOption(page, 'Grant cut to a lower cap');
    const four = await copyLink(page);
    t.diagnostic(`link lengths as shown: 1 scenario ${one.shown}, 3 scenarios ${shown}, 4 scenarios ${four.shown}`);
    assert.ok(four.link.length > one.link.length);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.external, []);
  } finally {
    await fresh.close();
    await context.close();
  }
});

test('"Add an option" offers the posts built from the published pay, which share as a version 2 link', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    // The panel is the full build's: the first load hands over to open it.
    await page.locator('#tool-add').click();
    await page.getByRole('heading', { name: 'Built from pay and on-costs' }).waitFor();
    t.diagnostic(`screenshot: ${await screenshot(page, 'add-menu')}`);
    await page.locator('.choice', { hasText: 'Published pay awards and on-costs, 2023 to 2026' }).click();
    await page.locator('.results-context', { hasText: 'Published pay awards and on-costs, 2023 to 2026' }).waitFor();
    const { link } = await copyLink(page, 'Published pay awards and on-costs, 2023 to 2026');
    assert.match(link, /#s=2\./, 'posts built from pay need link version 2');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a link opened over saved work asks first, and "Add to my work" keeps the local scenarios', async (t) => {
  const maker = await openPlanner(browser, server.url);
  const { context, page, log } = await withSavedWork();
  try {
    await addOption(maker.page, 'Police pay awards applied');
    const { link } = await copyLink(maker.page);

    await load(page, link);
    const heading = page.getByRole('heading', { name: 'You opened a link to some scenarios' });
    await heading.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'link-offer-heading', 'focus is on the question');
    assert.match(await page.locator('.link-offer').innerText(), /This link holds 2 scenarios, made \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d/);
    assert.deepEqual(await names(page), ['Business as usual', 'Grant cut to a lower cap'], 'nothing changed yet');
    t.diagnostic(`screenshot: ${await screenshot(page, 'workspace-link-offer')}`);

    await page.getByRole('button', { name: 'Add to my work' }).click();
    assert.deepEqual(await names(page), ['Business as usual', 'Grant cut to a lower cap', 'Business as usual (2)', 'Police pay awards applied']);
    assert.equal(new URL(page.url()).hash, '', 'the link left the address, so a reload does not ask again');
    await waitForSaved(page, 'Police pay awards applied');
    await page.reload();
    await page.locator('.scenario-tab').first().waitFor();
    assert.equal(await page.locator('.link-offer').count(), 0);
    assert.equal((await names(page)).length, 4, 'saved');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
    await maker.context.close();
  }
});

test('"View only" shows the link without saving over my work; "Back to my work" returns to it', async () => {
  const maker = await openPlanner(browser, server.url);
  const { context, page, log } = await withSavedWork();
  try {
    await addOption(maker.page, 'Police pay awards applied');
    const { link } = await copyLink(maker.page, 'Police pay awards applied');
    await load(page, link);
    await page.getByRole('button', { name: 'View only' }).click();
    await page.locator('.viewing-banner').waitFor();
    assert.deepEqual(await names(page), ['Police pay awards applied']);
    await page.waitForTimeout(SAVE_WAIT_MS);
    const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    assert.match(saved, /Grant cut to a lower cap/, 'viewing saves nothing over my work');
    await page.getByRole('button', { name: 'Back to my work' }).click();
    assert.deepEqual(await names(page), ['Business as usual', 'Grant cut to a lower cap']);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
    await maker.context.close();
  }
});

test('a truncated link says what is wrong and leaves local work intact', async () => {
  const maker = await openPlanner(browser, server.url);
  const { context, page, log } = await withSavedWork();
  try {
    const { link } = await copyLink(maker.page);
    const cut = link.slice(0, link.length - 40);
    await load(page, cut);
    assert.match(await page.locator('.notice').innerText(), /could not be opened: .*the link is incomplete or was changed/);
    assert.deepEqual(await names(page), ['Business as usual', 'Grant cut to a lower cap']);

    // The same link pasted into "Open a link".
    await page.locator('#tool-open-link').click();
    await page.locator('#open-link-text').fill(cut);
    await page.getByRole('button', { name: 'Open the link' }).click();
    assert.match(await page.locator('#open-link-error').innerText(), /incomplete or was changed.*Your work is unchanged/s);
    assert.equal(await page.locator('#open-link-text').getAttribute('aria-invalid'), 'true');
    await page.locator('#open-link-text').fill(link);
    await page.getByRole('button', { name: 'Open the link' }).click();
    await page.getByRole('button', { name: 'Replace my work' }).click();
    assert.deepEqual(await names(page), ['Business as usual']);
    await page.locator('.history').getByRole('button', { name: 'Undo' }).click();
    assert.deepEqual(await names(page), ['Business as usual', 'Grant cut to a lower cap'], 'Undo brings my work back');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
    await maker.context.close();
  }
});

test('work survives a reload, and unreadable saved work is kept under the backup key', async () => {
  const { context, page, log } = await withSavedWork();
  try {
    await page.reload();
    await page.locator('.scenario-tab').first().waitFor();
    assert.deepEqual(await names(page), ['Business as usual', 'Grant cut to a lower cap']);

    await page.evaluate((key) => localStorage.setItem(key, '{broken'), STORAGE_KEY);
    await page.reload();
    await page.locator('.scenario-tab').first().waitFor();
    assert.match(await page.locator('.notice').innerText(), new RegExp(escape(BACKUP_KEY)));
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY), '{broken');
    assert.deepEqual(await names(page), ['Business as usual'], 'the planner starts from the report');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a change made just before the page is left is saved, not lost to the autosave delay', async () => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await addOption(page, 'Grant cut to a lower cap');
    await page.reload(); // at once: well inside the 400 ms the autosave waits
    await page.locator('.scenario-tab').first().waitFor();
    assert.deepEqual(await names(page), ['Business as usual', 'Grant cut to a lower cap']);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('two tabs editing different options both keep their edits', async () => {
  const { context, page: one, log } = await openPlanner(browser, server.url);
  try {
    await addOption(one, 'Agreement lapses December 2023');
    await addOption(one, 'Police pay awards applied');
    await waitForSaved(one, 'Police pay awards applied');
    const two = await context.newPage();
    await two.goto(server.url);
    await two.locator('.scenario-tab').nth(2).waitFor();

    await openTab(one, 'Agreement lapses December 2023');
    await one.locator('#field-name').fill('Lapse (edited in tab one)');
    await openTab(two, 'Police pay awards applied');
    await two.locator('#field-name').fill('Pay awards (edited in tab two)');
    await waitForSaved(two, 'Lapse (edited in tab one)', 'Pay awards (edited in tab two)');
    await one.locator('.scenario-tab-name', { hasText: 'Pay awards (edited in tab two)' }).waitFor();

    const expected = ['Business as usual', 'Lapse (edited in tab one)', 'Pay awards (edited in tab two)'];
    assert.deepEqual(await names(one), expected, 'tab one merged tab two\'s save');
    for (const page of [one, two]) {
      await page.reload();
      await page.locator('.scenario-tab').nth(2).waitFor();
      assert.deepEqual(await names(page), expected);
    }
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('the JSON export imports back as the same scenarios; a bad file says where it is wrong', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url);
  const other = await openPlanner(browser, server.url);
  try {
    await addOption(page, 'Annual review ends funding');
    await addOption(page, 'Grant cut to a lower cap');
    await page.locator('#tool-files').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to file' }).click()]);
    assert.match(download.suggestedFilename(), /^marsoc-scenarios-\d{4}-\d\d-\d\d\.json$/);
    const text = await readFile(await download.path(), 'utf8');
    assert.match(text, /"kind": "scenario_set"/);
    const mine = await allFigures(page);

    await other.page.locator('#tool-files').click();
    const bad = text.replace('"88950.00"', '"-1"');
    await other.page.locator('#import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    assert.match(await other.page.locator('.files [role="alert"]').innerText(), /scenarios\[0\]\.posts\[0\]\.annual_cost: must not be negative/);

    await other.page.locator('#import-file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
    assert.match(await other.page.locator('.file-offer').innerText(), /This file holds 3 scenarios/);
    assert.equal(await other.page.getByRole('button', { name: 'View only' }).count(), 0, 'a file is replaced or added');
    t.diagnostic(`screenshot: ${await screenshot(other.page, 'workspace-import')}`);
    await other.page.getByRole('button', { name: 'Replace my work' }).click();
    assert.deepEqual(await allFigures(other.page), mine);
    assert.deepEqual([...log.errors, ...other.log.errors], []);
  } finally {
    await other.context.close();
    await context.close();
  }
});

test('the yearly and monthly CSV download with a BOM, CRLF and plain figures', async () => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await page.locator('#tool-files').click();
    const bytes = {};
    for (const [button, file] of [['Download yearly CSV', 'business-as-usual-years.csv'], ['Download monthly CSV', 'business-as-usual-months.csv']]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      assert.equal(download.suggestedFilename(), file);
      bytes[file] = await readFile(await download.path());
    }
    const years = bytes['business-as-usual-years.csv'];
    assert.deepEqual([...years.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
    const text = years.toString('utf8');
    assert.match(text, /\r\n/);
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/, 'CRLF only');
    assert.match(text, /382590\.00/);
    assert.match(bytes['business-as-usual-months.csv'].toString('utf8'), /2023-04/);
    assert.match(await page.locator('.notice').innerText(), /Downloaded business-as-usual-months\.csv/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('Ctrl+Z and Ctrl+Shift+Z undo and redo outside text fields; inside one, the browser undoes the typing', async () => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await addOption(page, 'Police pay awards applied');
    await page.locator('#scenario-bar-heading').click();
    await page.keyboard.press('Control+z');
    assert.deepEqual(await names(page), ['Business as usual']);
    await page.keyboard.press('Control+Shift+z');
    assert.deepEqual(await names(page), ['Business as usual', 'Police pay awards applied']);

    await openTab(page, 'Police pay awards applied');
    const field = page.locator('#field-name');
    await field.click();
    await field.press('End');
    await field.pressSequentially(' X');
    await field.press('Control+z');
    assert.equal((await names(page)).length, 2, 'the option stays: the shortcut was the field\'s');
    assert.notEqual(await field.inputValue(), 'Police pay awards applied X', 'the browser undid the typing');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('the workspace bar, its panels and a link\'s question have no WCAG 2.2 AA violations', async (t) => {
  const { context, page } = await openPlanner(browser, server.url, { bypassCSP: true });
  try {
    await addOption(page, 'Agreement lapses December 2023');
    for (const tool of ['#tool-add', '#tool-share', '#tool-open-link', '#tool-files']) {
      await page.locator(tool).click();
      if (tool === '#tool-share') {
        await page.getByRole('button', { name: 'Copy link' }).click();
        await page.locator('#share-link').waitFor();
      }
      assert.deepEqual(await runAxe(page), [], tool);
    }
    await page.getByRole('button', { name: 'Delete' }).click();
    assert.deepEqual(await runAxe(page), [], 'after a delete, with Undo offered');
    t.diagnostic(`screenshot: ${await screenshot(page, 'workspace-deleted')}`);
    await addOption(page, 'Police pay awards applied');
    const { link } = await copyLink(page);
    await waitForSaved(page, 'Police pay awards applied');
    await load(page, link);
    await page.locator('.link-offer').waitFor();
    assert.deepEqual(await runAxe(page), [], 'the link\'s question');
    await page.getByRole('button', { name: 'View only' }).click();
    await page.locator('.viewing-banner').waitFor();
    assert.deepEqual(await runAxe(page), [], 'viewing a link');
    t.diagnostic(`screenshot: ${await screenshot(page, 'workspace-viewing')}`);
  } finally {
    await context.close();
  }
});
