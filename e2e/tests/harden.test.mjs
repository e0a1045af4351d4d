// Hardening (issue 16): no lost work between tabs or when saved work cannot be read, links
// pasted or typed however a mail client or a planner gives them, names that cannot spoof
// the text beside them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPlanner, startServer, STORAGE_KEY, waitForSaved } from '../harness.mjs';

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
    await waitForSaved(one, 'Grant cut to a lower cap');
    const link = await copyLink(one);

    const two = await context.newPage();
    await two.goto(link);
    await two.getByRole('button', { name: 'View only' }).click();
    await two.locator('.viewing-banner').waitFor();

    // Tab one edits while tab two views the link.
    await one.locator('.scenario-tab', { hasText: 'Grant cut to a lower cap' }).click();
    await one.locator('#field-name').fill('Edited in tab one');
    await waitForSaved(one, 'Edited in tab one');
    assert.match(await saved(one), /Edited in tab one/);

    await two.getByRole('button', { name: 'Back to my work' }).click();
    await two.locator('.scenario-tab-name', { hasText: 'Edited in tab one' }).waitFor();
    assert.deepEqual(await names(two), ['Business as usual', 'Edited in tab one'], 'tab two shows the newest work');
    assert.deepEqual(await names(one), ['Business as usual', 'Edited in tab one'], 'tab one keeps its edit');
    assert.match(await saved(one), /Edited in tab one/, 'and so does the saved work');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('unreadable saved work that cannot be set aside is never written over until the planner chooses', async () => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    // Fill the origin's quota with one large unreadable save: setting it aside needs as much again.
    const big = await page.evaluate((key) => {
      let size = 1 << 20;
      let text = '{"broken": "' + 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(key, text);
          text += 'x'.repeat(size);
        } catch {
          if (size < 1024) break;
          size >>= 1;
          text = text.slice(0, text.length - size);
        }
      }
      return localStorage.getItem(key).length;
    }, STORAGE_KEY);
    assert.ok(big > 2_000_000, `a large save fills the quota (${big} characters)`);
    await page.reload();
    const held = page.locator('.held-work');
    await held.waitFor();
    assert.match(await held.innerText(), /could not be read.*no room to set it aside.*nothing you change here is saved over it/s);
    assert.match(await held.innerText(), /Download it.*free space/s);

    // An edit, and time for several autosaves: the unreadable work stays as it was.
    await page.locator('#tool-add').click();
    await page.locator('.choice', { hasText: 'Grant cut to a lower cap' }).first().click();
    await page.waitForTimeout(2_000);
    assert.equal((await saved(page)).length, big, 'not written over');

    const download = page.waitForEvent('download');
    await held.getByRole('button', { name: 'Download it' }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), /^marsoc-saved-work-unreadable-\d{4}-\d\d-\d\d\.json$/);

    await held.getByRole('button', { name: 'Set it aside now' }).click();
    assert.match(await held.innerText(), /still no room/);
    await held.getByRole('button', { name: 'Save over it' }).click();
    await waitForSaved(page, 'Grant cut to a lower cap');
    assert.match(await saved(page), /Grant cut to a lower cap/, 'saved once the planner chose');
    assert.equal(await held.count(), 0);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('every unreadable save is kept under a key of its own and listed to download', async () => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    for (const text of ['{broken one', '{broken two', '{"version": 1, "stamp": 18446744073709551615, "entries": []}']) {
      // The fresh start's own save first, or leaving the page would save it over the text.
      await waitForSaved(page, 'Business as usual');
      await page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, text]);
      await page.reload();
      await page.locator('.scenario-tab').first().waitFor();
    }
    assert.match(await page.locator('.notice').innerText(), /\.unreadable\.3/);
    const kept = await page.evaluate((key) => [1, 2, 3].map((n) => localStorage.getItem(n === 1 ? key : `${key}.${n}`)), BACKUP_KEY);
    assert.deepEqual(kept.slice(0, 2), ['{broken one', '{broken two'], 'the second did not overwrite the first');
    assert.match(kept[2], /18446744073709551615/);

    await page.locator('#tool-files').click();
    const list = page.locator('.backup-list li');
    await list.first().waitFor();
    assert.equal(await list.count(), 3);
    const download = page.waitForEvent('download');
    await list.nth(1).getByRole('button', { name: /^Download/ }).click();
    const file = await download;
    assert.equal(file.suggestedFilename(), 'marsoc-saved-work-unreadable-2.json');
    const { readFile } = await import('node:fs/promises');
    assert.equal(await readFile(await file.path(), 'utf8'), '{broken two');
    await list.nth(0).getByRole('button', { name: /^Delete/ }).click();
    assert.equal(await list.count(), 2);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY), null);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('with all 20 backups in use, an unreadable save is held, not written over', async () => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await waitForSaved(page, 'Business as usual');
    await page.evaluate(([key, backup]) => {
      for (let n = 1; n <= 20; n += 1) localStorage.setItem(n === 1 ? backup : `${backup}.${n}`, `{backup ${n}`);
      localStorage.setItem(key, '{the twenty-first');
    }, [STORAGE_KEY, BACKUP_KEY]);
    await page.reload();
    const held = page.locator('.held-work');
    await held.waitFor();
    await page.waitForTimeout(SAVE_WAIT_MS);
    assert.equal(await saved(page), '{the twenty-first', 'not written over');
    const kept = await page.evaluate((backup) => [...Array(21).keys()].slice(1).map((n) => localStorage.getItem(n === 1 ? backup : `${backup}.${n}`)), BACKUP_KEY);
    assert.deepEqual(kept, [...Array(21).keys()].slice(1).map((n) => `{backup ${n}`), 'no backup was written over');
    assert.equal(await page.evaluate((backup) => localStorage.getItem(`${backup}.21`), BACKUP_KEY), null, 'none past the bound');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a crafted stamp in another tab\'s save is refused, and tabs go on merging', async () => {
  const { context, page: one, log } = await openPlanner(browser, server.url);
  try {
    await addOption(one, 'Grant cut to a lower cap');
    await waitForSaved(one, 'Grant cut to a lower cap');
    const two = await context.newPage();
    await two.goto(server.url);
    await two.locator('.scenario-tab').nth(1).waitFor();
    // A stamp at u64::MAX would wrap to 0 on the next save.
    await two.evaluate((key) => {
      const text = localStorage.getItem(key).replace(/"stamp":\d+/, '"stamp":18446744073709551615');
      localStorage.setItem(key, text);
    }, STORAGE_KEY);
    await two.waitForTimeout(SAVE_WAIT_MS);
    await addOption(one, 'Police pay awards applied');
    await two.locator('.scenario-tab-name', { hasText: 'Police pay awards applied' }).waitFor();
    assert.deepEqual(await names(two), ['Business as usual', 'Grant cut to a lower cap', 'Police pay awards applied']);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('two tabs go on merging at the largest stamp, where saves stop rising', async () => {
  const { context, page: one, log } = await openPlanner(browser, server.url);
  try {
    await addOption(one, 'Grant cut to a lower cap');
    await waitForSaved(one, 'Grant cut to a lower cap');
    // 2^53 - 1, the largest stamp read: every save after it keeps it (a crafted save, or one
    // after more saves than anyone makes), so a higher stamp can no longer tell tabs apart.
    await one.evaluate((key) => {
      localStorage.setItem(key, localStorage.getItem(key).replace(/"stamp":\d+/, '"stamp":9007199254740991'));
    }, STORAGE_KEY);
    await one.reload();
    await one.locator('.scenario-tab').nth(1).waitFor();
    const two = await context.newPage();
    await two.goto(server.url);
    await two.locator('.scenario-tab').nth(1).waitFor();
    await addOption(one, 'Police pay awards applied');
    await waitForSaved(one, 'Police pay awards applied');
    await two.locator('.scenario-tab-name', { hasText: 'Police pay awards applied' }).waitFor();
    await addOption(two, 'Agreement lapses December 2023');
    await waitForSaved(two, 'Police pay awards applied', 'Agreement lapses December 2023');
    await one.locator('.scenario-tab-name', { hasText: 'Agreement lapses December 2023' }).waitFor();
    const all = ['Business as usual', 'Grant cut to a lower cap', 'Police pay awards applied', 'Agreement lapses December 2023'];
    assert.deepEqual(await names(one), all);
    assert.deepEqual(await names(two), all);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a change made while another build or tab re-saved the same work is still saved', async () => {
  const { context, log, page } = await openPlanner(browser, server.url);
  try {
    await addOption(page, 'Grant cut to a lower cap');
    await waitForSaved(page, 'Grant cut to a lower cap');
    // The same work under a higher stamp, as the first load's last autosave writes it during a
    // handover, or another tab re-saving unchanged work: the next change must still be saved.
    await page.evaluate((key) => {
      const work = JSON.parse(localStorage.getItem(key));
      work.stamp += 5;
      localStorage.setItem(key, JSON.stringify(work));
    }, STORAGE_KEY);
    await addOption(page, 'Agreement lapses December 2023');
    await waitForSaved(page, 'Grant cut to a lower cap', 'Agreement lapses December 2023');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

/** A link with its payload wrapped every 60 characters by CRLF, as a mail client does. */
const wrapped = (link) => link.replace(/(.{60})/g, '$1\r\n');

test('links open however they arrive: wrapped over lines, in upper case, or pasted into the open planner\'s address', async () => {
  const maker = await openPlanner(browser, server.url);
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await addOption(maker.page, 'Police pay awards applied');
    const link = await copyLink(maker.page);
    await addOption(page, 'Grant cut to a lower cap');
    await waitForSaved(page, 'Grant cut to a lower cap');

    // The "Open a link" box keeps the line breaks a mail client put in.
    await page.locator('#tool-open-link').click();
    await page.locator('#open-link-text').fill(wrapped(link));
    await page.locator('#open-link-text').press('Enter');
    await page.getByRole('button', { name: 'Add to my work' }).waitFor();
    await page.locator('#tool-open-link').click(); // close the panel

    // Upper-case S= in the address, opened in the open planner: offered, as in a new tab.
    const upper = link.replace('#s=', '#S=');
    await page.evaluate((hash) => { location.hash = hash; }, new URL(upper).hash);
    await page.getByRole('heading', { name: 'You opened a link to some scenarios' }).waitFor();
    await page.getByRole('button', { name: 'Add to my work' }).click();
    assert.deepEqual(await names(page), ['Business as usual', 'Grant cut to a lower cap', 'Business as usual (2)', 'Police pay awards applied']);

    // Not a planner link: said so; a jump within the page is not.
    await page.evaluate(() => { location.hash = '#results-heading'; });
    await page.waitForTimeout(300);
    assert.doesNotMatch(await page.locator('.notice-region').innerText(), /not a planner link/);
    await page.evaluate(() => { location.hash = '#report=2024'; });
    await page.locator('.notice', { hasText: 'not a planner link' }).waitFor();
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
    await maker.context.close();
  }
});

test('an upper-case or unknown fragment in a new tab is read as the CLI reads it', async () => {
  const maker = await openPlanner(browser, server.url);
  try {
    await addOption(maker.page, 'Police pay awards applied');
    const link = await copyLink(maker.page);
    const { context, page, log } = await openPlanner(browser, link.replace('#s=', '#S='));
    assert.deepEqual(await names(page), ['Business as usual', 'Police pay awards applied'], 'opened directly: no saved work');
    await context.close();
    const other = await openPlanner(browser, `${server.url}#utm=mail`);
    await other.page.locator('.notice', { hasText: /“#utm=mail”, which is not a planner link/ }).waitFor();
    assert.deepEqual([...log.errors, ...other.log.errors], []);
    await other.context.close();
  } finally {
    await maker.context.close();
  }
});

/** Every text node holding `name` sits in an element that isolates it (<bdi>, dir="auto") holding just the name. */
const unisolated = (page, name) =>
  page.evaluate((name) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const bad = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Chart labels are drawn in SVG, outside the flow of any sentence (not checked here).
      if (!node.data.includes(name) || node.parentElement.closest('input, textarea, select, option, .visually-hidden, svg')) continue;
      const holder = node.parentElement.closest('bdi, [dir="auto"]');
      if (!holder || holder.textContent.trim() !== name) bad.push(`${node.parentElement.className || node.parentElement.tagName}: ${node.data}`);
    }
    return bad;
  }, name);

test('a name in a right-to-left script is isolated and cannot reorder the text beside it; U+202E is refused', async () => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await addOption(page, 'Grant cut to a lower cap');
    const name = 'שלום 2024';
    await page.locator('#field-name').fill(name);
    await page.locator('.results-context', { hasText: name }).waitFor();
    assert.deepEqual(await unisolated(page, name), [], 'scenario bar and results');
    // The dates after the name stay after it, to its right.
    const [nameRight, datesLeft] = await page.evaluate(() => {
      const p = document.querySelector('.results-context');
      const bdi = p.querySelector('bdi');
      const range = document.createRange();
      range.setStart(bdi.nextSibling, 3);
      range.setEnd(bdi.nextSibling, 6);
      return [bdi.getBoundingClientRect().right, range.getBoundingClientRect().left];
    });
    assert.ok(datesLeft >= nameRight - 1, `the text after the name is drawn after it (${datesLeft} ≥ ${nameRight})`);
    // Business as usual renamed too: the comparison names it beside every option.
    const baseline = 'מצב קיים';
    await page.locator('.scenario-tab--baseline').click();
    await page.getByRole('button', { name: 'Unlock to edit' }).click();
    await page.locator('#field-name').fill(baseline);
    await page.locator('.results-context', { hasText: baseline }).waitFor();

    await page.getByRole('button', { name: 'Compare options' }).click();
    await page.locator('.compare-option').first().waitFor();
    // The names in sentences too: the chart's summary, the sheet's list of plans.
    assert.deepEqual(await unisolated(page, name), [], 'comparison');
    assert.deepEqual(await unisolated(page, baseline), [], 'comparison, business as usual renamed');
    // An SVG label cannot hold a <bdi>: the name is isolated by FSI and PDI, so the total
    // stays at its right.
    const [labelNameRight, labelTotalLeft] = await page.evaluate((name) => {
      const label = [...document.querySelectorAll('.cmp-chart text.direct-label')].find((t) => t.textContent.includes(name));
      const at = label.textContent.indexOf('£');
      let right = 0;
      for (let i = 0; i < at; i += 1) {
        const box = label.getExtentOfChar(i);
        right = Math.max(right, box.x + box.width);
      }
      return [right, label.getStartPositionOfChar(at).x];
    }, name);
    assert.ok(labelTotalLeft >= labelNameRight - 1, `the total is drawn after the name (${labelTotalLeft} ≥ ${labelNameRight})`);
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('dialog').waitFor();
    for (let i = 0; i < 16; i += 1) {
      assert.deepEqual([...(await unisolated(page, name)), ...(await unisolated(page, baseline))], [], `slide ${i + 1}`);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Back to editing' }).first().click();
    await page.getByRole('button', { name: 'Decide', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /Decide/ }).waitFor();
    assert.deepEqual([...(await unisolated(page, name)), ...(await unisolated(page, baseline))], [], 'the decision view');
    await page.getByRole('button', { name: 'Back to editing' }).first().click();
    await page.locator('#field-name').fill('\u202eBusiness as usual');
    assert.match(await page.locator('.field-error').first().innerText(), /bidirectional control characters/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('markup typed into a name is shown as text in every view and never runs', async () => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await addOption(page, 'Grant cut to a lower cap');
    const name = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>&amp; <b>bold</b> "q" \'s\'';
    await page.locator('#field-name').fill(name);
    await page.locator('.scenario-tab-name', { hasText: '<img src=x' }).waitFor();
    const injected = () => page.evaluate(() => ({
      ran: window.__xss ?? null,
      elements: document.querySelectorAll('img, b, main script, .presentation script').length,
      shown: [...document.querySelectorAll('body *')].some((e) => e.childElementCount === 0 && e.textContent.includes('<img src=x onerror=')),
    }));
    assert.deepEqual(await injected(), { ran: null, elements: 0, shown: true }, 'the editor, tabs and results');
    await page.getByRole('button', { name: 'Compare options' }).click();
    await page.getByRole('heading', { level: 2, name: 'Compare options' }).waitFor();
    assert.deepEqual(await injected(), { ran: null, elements: 0, shown: true }, 'the comparison');
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('dialog').waitFor();
    for (let i = 0; i < 16; i += 1) await page.keyboard.press('ArrowRight');
    assert.deepEqual(await injected(), { ran: null, elements: 0, shown: true }, 'the slides');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Back to editing' }).first().click();
    await page.getByRole('button', { name: 'Decide', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /Decide/ }).waitFor();
    assert.deepEqual(await injected(), { ran: null, elements: 0, shown: true }, 'the decision view');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
