// Pay built from its parts (issue 12): a post built from salary and allowances in the page,
// with the published on-costs, gives the figures `planner eval` gives for the same link;
// the new sections have no WCAG 2.2 AA violations.
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

/** `Exactly £860,827.50` or `£1,234.50` → `860827.50`, as the CLI writes money. */
const plain = (text) => text.trim().replace(/^Exactly /, '').replace('£', '').replaceAll(',', '');

/** Unlocks business as usual, builds post 1 from its pay (a handover to the full build),
 * gives it a salary and a pensionable allowance, and fills in the published on-costs. */
async function buildFirstPost(page) {
  await page.getByRole('button', { name: 'Unlock to edit' }).click();
  await page.locator('#build-from-pay-0').click();
  const salary = page.locator('#field-posts-0-pay-salary');
  await salary.waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('#field-posts-0-pay').inputValue(), 'built');
  await salary.fill('52000');
  await page.getByRole('button', { name: 'Add an allowance to post 1' }).click();
  await page.locator('#field-posts-0-pay-allowances-0-name').fill('London weighting');
  await page.locator('#field-posts-0-pay-allowances-0-annual').fill('2865');
  await page.locator('#field-posts-0-pay-allowances-0-pensionable').check();
  await page.locator('#editor-on-costs > summary').click();
  await page.locator('#use-published-rates').click();
  await page.locator('#field-on_costs-employer_ni-1-rate').waitFor();
}

test('a post built from pay in the page gives the figures planner eval gives for its link', async () => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    await buildFirstPost(page);
    assert.equal(await page.locator('#field-on_costs-employer_ni-1-rate').inputValue(), '15');
    assert.equal(await page.locator('#field-on_costs-employer_ni-1-monthly_threshold').inputValue(), '417.00');
    // Each published rate shows its source.
    const notes = await page.locator('#editor-on-costs .source-note').allInnerTexts();
    assert.equal(notes.length, 7, notes.join('\n'));
    assert.match(notes[1], /^Source: HMRC, Rates and thresholds for employers 2025 to 2026/);
    // The summary shows the modelled cost, never £0.
    const meta = await page.locator('.post-summary-meta').first().innerText();
    assert.match(meta, /£[1-9][\d,]* a year \(built from pay\)/);
    // The build-up for the chosen month is its parts, adding up to its total.
    await page.locator('#build-up-month-0').selectOption('2025-10');
    const amounts = await page.locator('#build-up-0 tbody td.num').allInnerTexts();
    const total = plain(await page.locator('#build-up-0 tfoot td.num').innerText());
    const pence = (t) => Math.round(Number(plain(t)) * 100);
    assert.equal(amounts.map(pence).reduce((a, b) => a + b, 0), pence(total));
    assert.match(await page.locator('#build-up-0').innerText(), /15% of pay above £417\.00 a month/);

    const shown = {};
    for (const key of ['pressure', 'claimed', 'cap-excess', 'cash']) {
      shown[key] = plain(await page.locator(`.headline-${key} .headline-exact`).innerText());
    }
    const yearRow = async (header) => {
      const row = page.locator('#year-table tr', { has: page.locator('th', { hasText: new RegExp(`^${header}$`) }) });
      return plain(await row.locator('td').last().innerText());
    };
    const parts = {};
    for (const [key, header] of [
      ['pay', 'Post cost: pay'],
      ['employer_ni', 'Post cost: employer NI'],
      ['employer_pension', 'Post cost: employer pension'],
      ['apprenticeship_levy', 'Post cost: apprenticeship levy'],
      ['all_in', 'Post cost: all-in posts'],
    ]) {
      parts[key] = await yearRow(header);
    }
    await page.locator('#chart-parts').waitFor();
    await screenshot(page, 'pay-built');

    await page.locator('#tool-share').click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.locator('#share-link').inputValue();
    assert.match(link, /#s=2\./, 'a link with version 2 fields is link version 2');
    const json = execFileSync('cargo', ['run', '-q', '-p', 'planner-cli', '--', 'eval', '--link', link], {
      encoding: 'utf8',
      cwd: new URL('../..', import.meta.url).pathname,
    });
    const cli = JSON.parse(json);
    const t = cli.total;
    assert.deepEqual(
      { pressure: t.unfunded_pressure, claimed: t.claimed, 'cap-excess': t.cap_excess, cash: cli.peak_cash_position.amount },
      shown,
    );
    const breakdown = t.cost_breakdown;
    assert.deepEqual(
      Object.fromEntries(Object.keys(parts).map((k) => [k, breakdown[k]])),
      parts,
    );
    assert.notEqual(breakdown.employer_ni, '0.00');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('the pay editor, the on-costs and the chart of parts have no WCAG 2.2 AA violations', async () => {
  const { context, page } = await openPlanner(browser, server.url, { bypassCSP: true });
  try {
    await buildFirstPost(page);
    await page.locator('#field-posts-0-pay-salary').fill('abc');
    await page.locator('#field-posts-0-pay-salary-error').waitFor();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    assert.deepEqual(await runAxe(page), []);
  } finally {
    await context.close();
  }
});

test('opening On-costs in the first load hands over with the section open', async () => {
  const { context, page } = await openPlanner(browser, server.url);
  try {
    await page.getByRole('button', { name: 'Unlock to edit' }).click();
    await page.locator('#editor-on-costs > summary').click();
    // The full build renders hidden beside the first load, then takes over alone.
    await page.waitForFunction(() => document.querySelectorAll('#use-published-rates').length === 1, null, {
      timeout: 20_000,
    });
    assert.equal(await page.locator('#editor-on-costs').getAttribute('open'), '');
    await page.locator('#use-published-rates').click();
    await page.locator('#field-on_costs-pension-3-rate').waitFor();
    assert.equal(await page.locator('#field-on_costs-pension-3-rate').inputValue(), '28.97');
  } finally {
    await context.close();
  }
});

test('the published pay option: Compare names the parts that differ, a slide and the sheet show them', async () => {
  const { context, page, log } = await openPlanner(browser, server.url, { bypassCSP: true });
  try {
    await page.locator('#tool-add').click(); // hands over: the ready-made builders are the full build's
    await page.locator('.choice', { hasText: 'Published pay awards and on-costs, 2023 to 2026' }).first().click();
    await page.locator('.results-context', { hasText: 'Published pay awards' }).waitFor();
    const metas = await page.locator('.post-summary-meta').allInnerTexts();
    assert.equal(metas.length, 5);
    for (const meta of metas) assert.match(meta, /£[1-9][\d,]* a year \(built from pay\)/);
    // Figures the data file could not find are labelled as assumptions to replace.
    assert.ok((await page.locator('.source-note--assumption').count()) > 0);
    assert.match(await page.locator('.pay-build').first().innerText(), /Assumption to replace: Sergeant pay points/);
    await page.getByRole('button', { name: 'Compare options' }).click();
    await page.getByRole('heading', { level: 2, name: 'Compare options' }).waitFor();
    assert.match(
      await page.locator('.compare-option').first().innerText(),
      /Post cost by part differs from business as usual in pay, employer NI, employer pension, apprenticeship levy and all-in posts/,
    );
    assert.equal(await page.locator('#print-parts-1 tfoot th').innerText(), 'Post cost');
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('dialog').waitFor();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
    assert.equal(
      await page.locator('#slide-title').innerText(),
      'Post cost by part: “Published pay awards and on-costs, 2023 to 2026”',
    );
    assert.match(await page.locator('#slide-parts').innerText(), /Employer pension/);
    assert.deepEqual(await runAxe(page), [], 'the post cost by part slide');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
