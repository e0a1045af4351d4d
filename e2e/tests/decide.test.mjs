// The Decide view in the browser (issue 5): reached from the scenario bar's "Decide" button with
// business as usual and the five ready-made options; the sentences, the curves chart, a bad limit
// beside its field, no console errors, no WCAG 2.2 AA violations axe can find, and the time the
// whole analysis takes (User Timing measures named "decide: …", goal 50 ms).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPlanner, runAxe, screenshot, startServer } from '../harness.mjs';

const OPTIONS = [
  'Agreement lapses December 2023',
  'Annual review ends funding March 2024 — officers redeployed',
  'Police pay awards applied',
  'Grant cut to a lower cap',
  'Funding continues to March 2026',
];
/** The goal for the whole analysis of business as usual and five options. */
const GOAL_MS = 50;

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

async function addOptions(page) {
  for (const name of OPTIONS) {
    await page.getByRole('button', { name: 'Add an option' }).click();
    await page.locator('#workspace-panel').getByRole('button', { name }).click();
  }
}

/**
 * Adds the options and opens the Decide view. Returns false (and marks the test to do) while the
 * scenario bar has no "Decide" button: the view exists before it is wired into the page.
 */
async function openDecide(t, page) {
  await addOptions(page);
  const decide = page.getByRole('button', { name: 'Decide', exact: true });
  if ((await decide.count()) === 0) {
    t.todo('the scenario bar has no "Decide" button yet');
    return false;
  }
  await decide.click();
  await page.locator('#decide-heading').waitFor();
  return true;
}

/** The User Timing measures the view records, by name, in milliseconds. */
function measures(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('decide: '))
        .map((m) => [m.name, m.duration]),
    ),
  );
}

test('the Decide view says how early funding can stop, and a bad limit shows its error', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    if (!(await openDecide(t, page))) return;
    const limit = page.locator('#decide-limit-sentences');
    assert.match(
      await limit.innerText(),
      /Business as usual: Funding can stop as early as the end of Dec 2025 before pressure exceeds £100,000\./,
    );
    assert.equal(await page.locator('#decide-curve .dcd-plan').count(), 6, 'a line per plan');
    assert.equal(await page.locator('#decide-odds-table tbody tr').count(), 6);
    assert.match(await page.locator('#decide-pay-award-sentences').innerText(), /every September/);

    const timings = await measures(page);
    const total = Object.values(timings).reduce((a, b) => a + b, 0);
    t.diagnostic(`analysis on opening, 6 plans: ${total.toFixed(1)} ms ${JSON.stringify(timings)}`);
    assert.equal(Object.keys(timings).length, 4, 'curves, limit, odds and Green Book are each timed');
    // The goal is 50 ms: reported, not asserted (timed asserts flake on a busy machine).
    if (total > GOAL_MS) t.diagnostic(`the analysis took ${total.toFixed(1)} ms, above the ${GOAL_MS} ms goal`);

    await page.locator('#decide-limit').fill('abc');
    await page.locator('#decide-limit-error').waitFor();
    assert.match(await page.locator('#decide-limit-error').innerText(), /not an amount in pounds/);
    assert.equal(await page.locator('#decide-limit').getAttribute('aria-invalid'), 'true');
    await page.locator('#decide-limit').fill('£400,000');
    await page.locator('#decide-limit-error').waitFor({ state: 'detached' });
    assert.match(await limit.innerText(), /as early as the end of Mar 2025 before pressure exceeds £400,000/);
    t.diagnostic(`screenshot: ${await screenshot(page, 'decide-view')}`);

    await page.getByRole('button', { name: 'Back to editing' }).first().click();
    await page.locator('#decide-heading').waitFor({ state: 'detached' });
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.external, []);
  } finally {
    await context.close();
  }
});

test('typing keeps the analysis live: each change is worked out and drawn (timings printed)', async (t) => {
  const { context, page, log } = await openPlanner(browser, server.url);
  try {
    if (!(await openDecide(t, page))) return;
    // From the input event to the new figures in the page: the analysis and Yew's render.
    const live = await page.evaluate(async () => {
      const until = async (done) => {
        const start = performance.now();
        while (!done()) {
          if (performance.now() - start > 5000) throw new Error('the view did not update');
          await new Promise((r) => setTimeout(r, 0));
        }
      };
      const type = (selector, text) => {
        const input = document.querySelector(selector);
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const time = async (act, done) => {
        const t0 = performance.now();
        act();
        await until(done);
        return performance.now() - t0;
      };
      const bars = () => document.querySelectorAll('#decide-odds-0 .dcd-bar').length;
      return {
        limit: await time(() => type('#decide-limit', '250000'), () =>
          document.querySelector('#decide-limit-sentences')?.textContent.includes('£250,000')),
        // Business as usual then stops after Mar 2024 with a chance of 80% × 40% = 32%.
        chance: await time(() => type('#decide-chance-2024-03', '60'), () =>
          document.querySelector('#decide-odds-0-table')?.textContent.includes('32%')),
        cases: await time(() => document.querySelector('#decide-cases-on').click(), () => bars() === 12),
        // "Agreement lapses": £382,590 in 2024/25 at an index of 110 is £347,809.09 in 2023/24 prices.
        deflator: await time(() => type('#decide-deflator-2024', '110'), () =>
          document.querySelector('#decide-green-book-1')?.textContent.includes('£347,809.09')),
      };
    });
    const timings = await measures(page);
    t.diagnostic(`input to updated page, ms: ${JSON.stringify(live)}; last analysis parts, ms: ${JSON.stringify(timings)}`);
    // Speed is reported, not asserted: a shared 2-core machine makes any bound flaky. The
    // figures are in the diagnostic above and in e2e/bench.mjs.
    for (const [input, ms] of Object.entries(live)) {
      if (ms > GOAL_MS) t.diagnostic(`${input}: ${ms.toFixed(1)} ms, above the ${GOAL_MS} ms goal`);
    }
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('the Decide view has no WCAG 2.2 AA violations, with every table open and errors shown', async (t) => {
  const { context, page } = await openPlanner(browser, server.url, { bypassCSP: true });
  try {
    if (!(await openDecide(t, page))) return;
    assert.deepEqual(await runAxe(page), [], 'as it opens');
    await page.locator('#decide-limit').fill('-5');
    await page.locator('#decide-cases-on').check();
    await page.locator('#decide-case-1-weight').fill('40');
    await page.locator('#decide-cases-error').waitFor();
    await page.locator('#decide-deflator-2025').fill('x');
    await page.locator('#decide-deflator-2025-error').waitFor();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    assert.deepEqual(await runAxe(page), [], 'with errors and every table open');
  } finally {
    await context.close();
  }
});
