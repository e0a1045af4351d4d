// What the IAM panel sees must be true, complete and fit the screen (issue 15): moved costs
// shown as moved, no decision figure before the planner confirms its assumptions, slides
// that never scroll, the A4 sheet, the first screen, and the small ones.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { OUT, launchBrowser, openPlanner, startServer } from '../harness.mjs';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const FOUR = [
  'business-as-usual',
  'agreement-lapses-december-2023',
  'annual-review-ends-funding-march-2024-officers-redeployed',
  'police-pay-awards-applied',
  'grant-cut-to-a-lower-cap',
];
const REVIEW = 'Annual review ends funding March 2024 — officers redeployed';
const LAPSE = 'Agreement lapses December 2023';

const example = (name) => JSON.parse(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8'));

/** Saved work as src/workspace.rs writes it. */
function savedWork(scenarios) {
  const entries = scenarios.map((scenario, i) => ({ id: i + 1, scenario }));
  return JSON.stringify({ version: 1, stamp: 1, baseline_locked: true, entries });
}

/** Business as usual and six options, each named with 80 characters. */
function sixLongNames() {
  const names = [...FOUR.slice(1), 'funding-continues-to-march-2026', 'police-pay-awards-applied'];
  const options = names.map((n, i) => {
    const s = example(n);
    s.name = `${i + 1}. ${s.name} — with a long name a panel still reads`.padEnd(80, ' x').slice(0, 80);
    return s;
  });
  return [example('business-as-usual'), ...options];
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

async function openWith(scenarios, viewport = { width: 1280, height: 900 }) {
  const opened = await openPlanner(browser, server.url);
  await opened.page.setViewportSize(viewport);
  // The page may still save its own first work as it unloads: seed until the tabs show ours.
  for (let tries = 0; tries < 4; tries += 1) {
    await opened.page.evaluate((work) => localStorage.setItem('marsoc-planner.workspace.v1', work), savedWork(scenarios));
    await opened.page.reload({ waitUntil: 'load' });
    await opened.page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
    if ((await opened.page.locator('.scenario-tab').count()) === scenarios.length) break;
  }
  assert.equal(await opened.page.locator('.scenario-tab').count(), scenarios.length, 'the seeded work is open');
  return opened;
}

async function toCompare(page) {
  await page.getByRole('button', { name: 'Compare options' }).click();
  await page.getByRole('heading', { level: 2, name: 'Compare options' }).waitFor();
}

/** Every slide's title and text, checking that none scrolls or clips. */
async function walkSlides(page, shots) {
  await page.getByRole('button', { name: 'Present' }).click();
  await page.getByRole('dialog').waitFor();
  const seen = [];
  for (;;) {
    const counter = await page.locator('.slide-counter').innerText();
    const fit = await page.evaluate(() => {
      const slide = document.querySelector('.slide');
      const box = document.querySelector('.presentation');
      // Anything drawn past the slide's box is clipped even where nothing scrolls.
      const bottom = slide.getBoundingClientRect().bottom;
      const right = slide.getBoundingClientRect().right;
      const outside = [...slide.querySelectorAll('*')].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.height > 0 && (r.bottom > bottom + 1 || r.right > right + 1);
      });
      return {
        scroll: [slide.scrollHeight, slide.clientHeight, slide.scrollWidth, slide.clientWidth],
        page: [box.scrollHeight, box.clientHeight],
        outside: outside.slice(0, 3).map((e) => `${e.tagName}.${e.className}: ${e.textContent.slice(0, 40)}`),
      };
    });
    const title = await page.locator('#slide-title').innerText();
    const text = await page.locator('.slide').innerText();
    seen.push({ counter, title, text, fit });
    if (shots) await page.screenshot({ path: join(OUT, `${shots}-${seen.length}.png`) });
    const [, at, of] = counter.match(/(\d+) of (\d+)/).map(Number);
    if (at === of) break;
    await page.keyboard.press('ArrowRight');
    await page.locator('.slide-counter', { hasText: `${at + 1} of ${of}` }).waitFor();
  }
  await page.keyboard.press('Escape');
  return seen;
}

test('1: the redeploy option shows its moved cost in Compare, the slides, the sheet and the who-pays chart', async (t) => {
  const { context, page, log } = await openWith(FOUR.map(example));
  try {
    // The results' who-pays chart of the option names the receiving budgets.
    await page.locator('.scenario-tab', { hasText: REVIEW }).click();
    // The chart's figures table is drawn when its <details> is first opened.
    await page.locator('#chart-cost .chart-data summary').click();
    await page.locator('#chart-cost-table').waitFor({ state: 'attached' });
    const chart = await page.locator('#chart-cost').evaluate((e) => e.closest('figure')?.textContent ?? e.textContent);
    assert.match(chart, /Redeployed officers \(receiving budgets\)/);
    assert.match(chart, /the budgets receiving redeployed officers pay £765,180/);

    await toCompare(page);
    const row = page.locator('#who-pays tbody tr').filter({ hasText: REVIEW });
    assert.match(await row.innerText(), /£765,180/);
    const detail = page.locator('.compare-option').filter({ hasText: REVIEW });
    assert.match(await detail.innerText(), /moves £765,180 of cost onto the budgets that receive the redeployed officers: moved, not saved/);

    const slides = await walkSlides(page);
    const whoPays = slides.filter((s) => s.title.startsWith('Who bears the cost'));
    assert.ok(whoPays.some((s) => s.text.includes('£765,180')), 'the who-pays slide has the moved cost');
    const figures = slides.find((s) => s.title === REVIEW);
    assert.match(figures.text, /moved, not saved/);

    const path = join(OUT, 'panel-sheet-moved.pdf');
    await page.pdf({ path, format: 'A4', landscape: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    assert.match(text, /Who bears the cost/);
    assert.match(text, /765,180/);
    assert.match(text.replace(/\s+/g, ' '), /moved, not saved/);
    t.diagnostic(`sheet: ${path}`);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('2: no decision figure before the planner confirms the assumptions; after, worded for each case', async (t) => {
  const { context, page, log } = await openWith(FOUR.map(example));
  try {
    await toCompare(page);
    const before = await walkSlides(page);
    const last = before.at(-1);
    assert.match(last.text, /No decision figures yet/);
    assert.doesNotMatch(before.map((s) => s.text).join('\n'), /Expected|£343,566/);
    const unconfirmed = join(OUT, 'panel-sheet-unconfirmed.pdf');
    await page.pdf({ path: unconfirmed, format: 'A4', landscape: true, printBackground: true });
    const sheet = execFileSync('pdftotext', ['-layout', unconfirmed, '-'], { encoding: 'utf8' });
    assert.doesNotMatch(sheet, /Expected pressure|£343,566/);

    await page.getByRole('button', { name: 'Confirm them in Decide' }).click();
    await page.getByRole('heading', { level: 2, name: /^Decide/ }).waitFor();
    await page.getByRole('button', { name: 'Confirm these assumptions for the slides and sheet' }).click();
    await page.getByText('Confirmed for the slides and sheet:').waitFor();
    await page.locator('.decide-actions').getByRole('button', { name: 'Back to editing' }).click();
    await toCompare(page);
    const after = await walkSlides(page, 'slides-confirmed');
    for (const s of after.filter((x) => x.title.startsWith('Decision figures'))) {
      const [sh, ch] = s.fit.scroll;
      assert.ok(sh <= ch, `${s.counter} “${s.title}” scrolls: ${s.fit.scroll}`);
      assert.deepEqual(s.fit.outside, [], `${s.counter} “${s.title}” clips`);
    }
    const decision = after.filter((s) => s.title.startsWith('Decision figures')).map((s) => s.text).join('\n');
    assert.match(decision, /Confirmed: a limit of £100,000 of unfunded pressure; chance funding continues after Dec 2023: 80%/);
    assert.match(decision, /£343,566/, 'business as usual\'s expected pressure, now that its odds are confirmed');
    assert.match(decision, /Funding stops after Dec 2023 in this plan, so no other stop is tested/);
    assert.match(decision, /No cap applies after funding ends in Dec 2023/);
    assert.doesNotMatch(decision, /even if it never does/);
    // The lapse's caps hold only until its funding ends: never "caps hold" as if for the plan.
    assert.match(decision, new RegExp(`${LAPSE} \\(stops after Dec 2023: certain\\): [^\\n]*until then the caps hold with a pay award of up to`));
    assert.doesNotMatch(decision, new RegExp(`${LAPSE}[^\\n]*The caps hold`));
    const path = join(OUT, 'panel-sheet-confirmed.pdf');
    await page.pdf({ path, format: 'A4', landscape: true, printBackground: true });
    const pages = Number(execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
    assert.equal(pages, 2, 'with the decision figures, still two pages');
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.match(text, /Confirmed assumptions: a limit of £100,000/);
    assert.match(text, /Expected pressure/);
    t.diagnostic(`sheet: ${path}`);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

/** Confirms the Decide view's assumptions for the slides and sheet, and comes back. */
async function confirmAssumptions(page) {
  await page.getByRole('button', { name: 'Confirm them in Decide' }).click();
  await page.getByRole('heading', { level: 2, name: /^Decide/ }).waitFor();
  await page.getByRole('button', { name: 'Confirm these assumptions for the slides and sheet' }).click();
  await page.getByText('Confirmed for the slides and sheet:').waitFor();
  await page.locator('.decide-actions').getByRole('button', { name: 'Back to editing' }).click();
  await toCompare(page);
}

for (const [label, plans] of [
  ['4 options', () => FOUR.map(example)],
  ['6 options with 80-character names', sixLongNames],
]) {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    for (const confirmed of [false, true]) {
      const when = confirmed ? 'with confirmed decision figures' : 'before any are confirmed';
      test(`7: no slide scrolls or clips at ${viewport.width}×${viewport.height} with ${label} ${when}, and no internal ids`, async (t) => {
        const { context, page, log } = await openWith(plans(), viewport);
        try {
          await toCompare(page);
          if (confirmed) await confirmAssumptions(page);
          const shots = `slides-${plans().length - 1}-${viewport.width}${confirmed ? '-confirmed' : ''}`;
          const slides = await walkSlides(page, shots);
          for (const s of slides) {
            const [sh, ch, sw, cw] = s.fit.scroll;
            assert.ok(sh <= ch && sw <= cw, `${s.counter} “${s.title}” scrolls: ${s.fit.scroll}`);
            assert.ok(s.fit.page[0] <= s.fit.page[1], `${s.counter} “${s.title}” overflows the screen`);
            assert.deepEqual(s.fit.outside, [], `${s.counter} “${s.title}” clips`);
            assert.doesNotMatch(s.text, /\((ds|dc|ido)-?[a-z0-9-]*\)/, `${s.counter} shows an internal id`);
          }
          t.diagnostic(`${slides.length} slides`);
          assert.deepEqual(log.errors, []);
        } finally {
          await context.close();
        }
      });
    }
  }
}

test('10: a year after the stop says no funding, the From field shows its month, counts are singular', async () => {
  const { context, page, log } = await openWith(FOUR.map(example));
  try {
    await page.locator('.scenario-tab', { hasText: LAPSE }).click();
    const claimed = page.locator('.headline-claimed');
    await claimed.waitFor();
    assert.match(await claimed.innerText(), /2024\/25\s+no funding after Dec 2023/);
    assert.doesNotMatch(await claimed.innerText(), /£0 of/);
    const headroom = page.locator('#year-table tr').filter({ hasText: 'Cap headroom' });
    assert.match(await headroom.innerText(), /none: no funding/);
    // A pay award's "From" field shows its whole month.
    await page.locator('.scenario-tab', { hasText: 'Police pay awards applied' }).click();
    const from = page.locator('section[aria-labelledby="editor-pay-awards"]').getByLabel('From').first();
    await from.waitFor();
    // A month field's text is drawn in its shadow: measure "September 2023" in its font,
    // with its padding and the picker's icon, against the room the field has.
    const [need, room] = await from.evaluate((e) => {
      const s = getComputedStyle(e);
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
      const text = ctx.measureText('September 2023').width * 1.1;
      return [text + parseFloat(s.paddingLeft) + parseFloat(s.paddingRight) + 30, e.clientWidth];
    });
    assert.ok(need <= room, `the From field clips its month: needs ${need}px, has ${room}px`);
    // Chart labels stay inside their drawings.
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('svg.chart-svg text')]
        .filter((t) => {
          const svg = t.ownerSVGElement.getBoundingClientRect();
          const r = t.getBoundingClientRect();
          return r.width > 0 && (r.left < svg.left - 1 || r.right > svg.right + 1);
        })
        .map((t) => t.textContent),
    );
    assert.deepEqual(cut, [], 'chart labels cut off');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('6: the first screen at 1366×768 states the report position above the fold, with the December 2023 warning', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    const position = page.locator('.position');
    const text = await position.innerText();
    assert.match(text, /5 posts costing £382,590 a year/);
    assert.match(text, /to March 2026/);
    assert.match(text, /Warning: The funding agreement in force expires in December 2023/);
    const box = await page.locator('.position-warning').boundingBox();
    assert.ok(box && box.y + box.height <= 768, `the warning is below the fold: ${JSON.stringify(box)}`);
    const headline = await page.locator('.headline-pressure .headline-value').boundingBox();
    assert.ok(headline && headline.y + headline.height <= 768, 'the headline figure is above the fold too');
    await page.screenshot({ path: join(OUT, 'panel-first-screen.png') });
    t.diagnostic(`screenshot: ${join(OUT, 'panel-first-screen.png')}`);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('8: on a laptop screen the headline figures stay in view while pay awards are edited', async (t) => {
  const { context, page, log } = await openWith(FOUR.map(example), { width: 1366, height: 768 });
  try {
    await page.locator('.scenario-tab', { hasText: 'Police pay awards applied' }).click();
    const percent = page.locator('section[aria-labelledby="editor-pay-awards"]').getByLabel('Percent').first();
    await percent.scrollIntoViewIfNeeded();
    const before = await page.locator('.headline-pressure .headline-value').innerText();
    await percent.fill('40');
    await page.locator('.headline-pressure .headline-value').filter({ hasNotText: before }).waitFor();
    const inView = await page.evaluate(() => {
      const r = document.querySelector('.headline-pressure .headline-value').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    assert.ok(inView, 'the pressure headline is in view beside the pay award being edited');
    await page.screenshot({ path: join(OUT, 'panel-editing-pay-awards.png') });
    t.diagnostic(`screenshot: ${join(OUT, 'panel-editing-pay-awards.png')}`);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('4: the A4 sheet has every assumption on 2 landscape pages for 4 options; the editor prints tidily', async (t) => {
  const { context, page, log } = await openWith(FOUR.map(example));
  try {
    await toCompare(page);
    const path = join(OUT, 'panel-sheet.pdf');
    await page.pdf({ path, format: 'A4', landscape: true, printBackground: true });
    const pages = Number(execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
    assert.equal(pages, 2, 'four options on two A4 pages');
    const raw = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    // Reading order, not layout: a wrapped row header would interleave with its cells.
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const said of [
      'What each plan assumes',
      'After Dec 2023',
      'After Mar 2024',
      'return to their PIU core roles at once, ending their backfill',
      'moves to another OCU role at once',
      '7% from Sep 2023, 4.75% from Sep 2024, 4.2% from Sep 2025',
      '2024/25 £350,000',
      'the split between posts is illustrative',
      'The funding agreement in force expires in December 2023',
      'Who bears the cost',
      'Warnings and duties',
      'Page 1 of 2',
      'Page 2 of 2',
    ]) {
      assert.ok(text.includes(said), `the sheet says “${said}”`);
    }
    assert.match(text, /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
    // Each page is more than half full: no half-empty page.
    const perPage = raw.split('\f').filter((p) => p.trim()).map((p) => p.split('\n').filter((l) => l.trim()).length);
    assert.equal(perPage.length, 2);
    execFileSync('pdftoppm', ['-png', '-r', '60', path, join(OUT, 'panel-sheet')]);
    t.diagnostic(`pdf ${path}; lines per page ${perPage}; pages as pictures: ${join(OUT, 'panel-sheet-1.png')}, -2.png`);

    // The editor prints its inputs and results, and no heading is left at the foot of a page.
    await page.locator('.compare-actions').getByRole('button', { name: 'Back to editing' }).click();
    await page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
    const editorPdf = join(OUT, 'panel-editor.pdf');
    await page.pdf({ path: editorPdf, format: 'A4', landscape: true, printBackground: true });
    const editorText = execFileSync('pdftotext', ['-layout', editorPdf, '-'], { encoding: 'utf8' });
    assert.match(editorText, /Scenario/);
    assert.match(editorText, /Detective Sergeant/);
    assert.match(editorText, /Results/);
    await page.emulateMedia({ media: 'print' });
    const loose = await page.evaluate(() =>
      [...document.querySelectorAll('h2, h3, h4')]
        .filter((h) => h.offsetParent && getComputedStyle(h).breakAfter !== 'avoid')
        .map((h) => h.textContent),
    );
    assert.deepEqual(loose, [], 'headings keep with what follows them');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-l', '3', editorPdf, join(OUT, 'panel-editor')]);
    t.diagnostic(`editor pdf ${editorPdf}`);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
