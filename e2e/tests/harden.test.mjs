// Hardening (issue 16): no lost work between tabs or when saved work cannot be read, links
// pasted or typed however a mail client or a planner gives them, names that cannot spoof
// the text beside them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPlanner, startServer } from '../harness.mjs';

const STORAGE_KEY = 'marsoc-planner.workspace.v1';
const BACKUP_KEY = 'marsoc-planner.workspace.v1.unreadable';
const SAVE_WAIT_MS = 700; // autosave waits 400 ms after the last change

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

const names = (page) => page.locator('.scenario-tab-name').allTextContents();
const saved = (page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

async function addOption(page, choice) {
  await page.locator('#tool-add').click();
  await page.locator('.choice', { hasText: choice }).first().click();
  await page.locator('.results-context', { hasText: choice }).waitFor();
}

async function copyLink(page) {
  if ((await page.locator('#share-what').count()) === 0) await page.locator('#tool-share').click();
  await page.locator('#share-what').selectOption('all');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.locator('.notice').filter({ hasText: /characters/ }).waitFor();
  return page.locator('#share-link').inputValue();
}

test('"Back to my work" in one tab keeps what another tab saved while it viewed a link', async () => {
  const { context, page: one, log } = await openPlanner(browser, server.url);
  try {
    await addOption(one, 'Grant cut to a lower cap');
    await one.waitForTimeout(SAVE_WAIT_MS);
    const link = await copyLink(one);

    const two = await context.newPage();
    await two.goto(link);
    await two.getByRole('button', { name: 'View only' }).click();
    await two.locator('.viewing-banner').waitFor();

    // Tab one edits while tab two views the link.
    await one.locator('.scenario-tab', { hasText: 'Grant cut to a lower cap' }).click();
    await one.locator('#field-name').fill('Edited in tab one');
    await one.waitForTimeout(SAVE_WAIT_MS);
    assert.match(await saved(one), /Edited in tab one/);

    await two.getByRole('button', { name: 'Back to my work' }).click();
    await two.waitForTimeout(SAVE_WAIT_MS * 2);
    assert.deepEqual(await names(two), ['Business as usual', 'Edited in tab one'], 'tab two shows the newest work');
    assert.deepEqual(await names(one), ['Business as usual', 'Edited in tab one'], 'tab one keeps its edit');
    assert.match(await saved(one), /Edited in tab one/, 'and so does the saved work');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
