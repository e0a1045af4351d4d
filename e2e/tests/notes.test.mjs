// Notes per option (issue 15, item 5): a planner writes why an option is put forward, its
// source and author; the note reaches a copied link (read back by `planner eval --link`),
// Compare, its own slide and the A4 sheet, which stays 2 landscape pages for 4 noted options.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { OUT, launchBrowser, openPlanner, runAxe, startServer } from '../harness.mjs';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const ROOT = new URL('../..', import.meta.url).pathname;
const LAPSE = 'Agreement lapses December 2023';
const WHY = 'HMPPS may not renew the agreement that expires in December 2023; this shows the pressure if it lapses.';
const SOURCE = 'HMPPS letter of 3 October 2023';
const AUTHOR = 'Finance business partner, PIU';

/** The paper's plans, each with the note a planner would write (version 2 files). */
const NOTED = [
  ['business-as-usual', 'The position in the report: the agreement is renewed and funding runs to March 2026.', 'IAM report, November 2023'],
  ['agreement-lapses-december-2023', WHY, SOURCE],
  ['annual-review-ends-funding-march-2024-officers-redeployed', 'The annual review could end funding in March 2024; officers return to PIU roles.', 'Grant agreement, clause 7'],
  ['police-pay-awards-applied', 'Police pay awards as announced: 7% in 2023, 4.75% in 2024 and 4.2% in 2025.', 'Home Office pay award announcements'],
  ['grant-cut-to-a-lower-cap', 'MOPAC may lower the cap from 2024/25 to £350,000 a year.', 'MOPAC budget letter, January 2024'],
];

function notedWork() {
  const entries = NOTED.map(([file, why, source], i) => {
    const scenario = JSON.parse(readFileSync(join(EXAMPLES, `${file}.json`), 'utf8'));
    return { id: i + 1, scenario: { ...scenario, version: 2, note: { why, source, author: AUTHOR } } };
  });
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

test('a note written in the editor reaches a copied link, planner eval --link, Compare, its slide and the sheet', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url, { bypassCSP: true });
  try {
    await page.locator('#tool-add').click();
    await page.locator('.choice', { hasText: LAPSE }).first().click();
    await page.locator('.results-context', { hasText: LAPSE }).waitFor();
    const note = page.locator('section[aria-labelledby="editor-option-note"]');
    await note.getByLabel('Why').fill(WHY);
    // Each part is checked beside its field: a source over 120 characters is refused.
    await note.getByLabel('Source').fill('x'.repeat(121));
    assert.match(await note.locator('.field-error').innerText(), /at most 120 characters/);
    await note.getByLabel('Source').fill(SOURCE);
    assert.equal(await note.locator('.field-error').count(), 0);
    await note.getByLabel('Author').fill(AUTHOR);
    await note.getByLabel('Author').blur();
    assert.deepEqual(await runAxe(page), [], 'the editor with its note');
    // Undo takes back the last field's typing as one step, and Redo puts it back.
    await page.getByRole('button', { name: 'Undo' }).first().click();
    assert.equal(await note.getByLabel('Author').inputValue(), '', 'one undo step for the author typed');
    assert.equal(await note.getByLabel('Source').inputValue(), SOURCE, 'the source stays');
    await page.getByRole('button', { name: 'Redo' }).first().click();
    assert.equal(await note.getByLabel('Author').inputValue(), AUTHOR);

    await page.locator('#tool-share').click(); // hands over to the full build, which opens the panel
    await page.locator('#share-what').selectOption({ label: `Only “${LAPSE}”` });
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.locator('#share-link').inputValue();
    const fragment = link.slice(link.indexOf('#') + 1);
    t.diagnostic(`the noted option's link: ${fragment.length} characters`);
    assert.match(fragment, /^s=2\./, 'a note makes a version 2 link');
    assert.ok(fragment.length <= 600, `one scenario's link is ${fragment.length} characters (budget 600)`);
    const cli = JSON.parse(execFileSync('cargo', ['run', '-q', '-p', 'planner-cli', '--', 'eval', '--link', link], { encoding: 'utf8', cwd: ROOT }));
    assert.deepEqual(cli.note, { why: WHY, source: SOURCE, author: AUTHOR });
    assert.equal(cli.total.unfunded_pressure, '860827.50', 'the figures are the option’s');

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Compare options' }).click();
    await page.getByRole('heading', { level: 2, name: 'Compare options' }).waitFor();
    const detail = page.locator('.compare-option').filter({ hasText: LAPSE });
    assert.match(await detail.locator('.compare-note').innerText(), new RegExp(`Why\\s+${WHY.slice(0, 40)}`));
    assert.match(await detail.locator('.compare-note').innerText(), /Author\s+Finance business partner, PIU/);

    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('dialog').waitFor();
    let title = '';
    for (let i = 0; i < 12 && !title.startsWith('Why'); i += 1) {
      await page.keyboard.press('ArrowRight');
      title = await page.locator('#slide-title').innerText();
    }
    assert.equal(title, `Why “${LAPSE}”`);
    assert.equal(await page.locator('#slide-title bdi').innerText(), LAPSE, 'the name is isolated in the title');
    assert.equal(await page.locator('.slide-note-why').innerText(), WHY);
    assert.match(await page.locator('.slide-note-meta').innerText(), /Source\s+HMPPS letter of 3 October 2023/);
    const fits = await page.evaluate(() => {
      const s = document.querySelector('.slide');
      return s.scrollHeight <= s.clientHeight && s.scrollWidth <= s.clientWidth;
    });
    assert.ok(fits, 'the note slide does not scroll');
    await page.screenshot({ path: join(OUT, 'notes-slide.png') });
    assert.deepEqual(await runAxe(page), [], 'the note slide');
    await page.keyboard.press('Escape');
    await page.locator('.presentation').waitFor({ state: 'detached' });

    const path = join(OUT, 'notes-sheet-one.pdf');
    await page.pdf({ path, format: 'A4', landscape: true, printBackground: true });
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.ok(text.includes(`Notes ${LAPSE}: Why: ${WHY} Source: ${SOURCE}. Author: ${AUTHOR}.`), text);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('four options with realistic notes keep the A4 sheet to 2 landscape pages', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    for (let tries = 0; tries < 4; tries += 1) {
      await page.evaluate((work) => localStorage.setItem('marsoc-planner.workspace.v1', work), notedWork());
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
      if ((await page.locator('.scenario-tab').count()) === NOTED.length) break;
    }
    assert.equal(await page.locator('.scenario-tab').count(), NOTED.length, 'the noted work is open');
    // The first load shows the open plan's note; its fields are the full build's.
    const entry = page.locator('section[aria-labelledby="editor-option-note"]');
    assert.match(await entry.innerText(), /The position in the report: the agreement is renewed/);
    await page.getByRole('button', { name: 'Compare options' }).click();
    await page.getByRole('heading', { level: 2, name: 'Compare options' }).waitFor();
    const path = join(OUT, 'notes-sheet.pdf');
    await page.pdf({ path, format: 'A4', landscape: true, printBackground: true });
    const pages = Number(execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
    execFileSync('pdftoppm', ['-png', '-r', '60', path, join(OUT, 'notes-sheet')]);
    t.diagnostic(`pdf ${path}; pages as pictures: ${join(OUT, 'notes-sheet-1.png')}, -2.png`);
    assert.equal(pages, 2, 'four noted options on two A4 pages');
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const [, why, source] of NOTED) {
      assert.ok(text.includes(why), `the sheet says “${why}”`);
      assert.ok(text.includes(source), `the sheet says “${source}”`);
    }
    assert.ok(text.includes('Page 2 of 2'));

    // "Confirm them in Decide" opens Decide at its confirmation, not at the top of the page.
    await page.getByRole('button', { name: 'Confirm them in Decide' }).click();
    await page.locator('#decide-confirm-heading').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'decide-confirm-heading');
    const inView = await page.evaluate(() => {
      const r = document.getElementById('decide-confirm-heading').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    assert.ok(inView, 'the confirmation heading is in view');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
