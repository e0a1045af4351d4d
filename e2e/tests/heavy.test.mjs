// Heavy plans (issue 16, item 5): a plan of hundreds of posts is worked out in slices
// between paints. The page says how far it has got, lists the posts a screenful at a time,
// and ends with the figures `planner eval` gives for the same link, to the penny.
// (How long each task takes is measured by e2e/bench-heavy.mjs, not tested here.)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { launchBrowser, runAxe, startServer } from '../harness.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
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

const cargo = (...args) => execFileSync('cargo', ['run', '-q', ...args], { encoding: 'utf8', cwd: ROOT });
const plain = (text) => text.trim().replace(/^Exactly £/, '').replaceAll(',', '');

test('500 posts: progress while the figures are worked out, every post listed, figures equal the CLI', async () => {
  const links = Object.fromEntries(
    cargo('-p', 'planner-engine', '--example', 'heavy_links')
      .trim()
      .split('\n')
      .map((line) => line.split('\t')),
  );
  const link = links['500 posts, 1 vacancy each'];
  assert.ok(link, 'the heavy links example names this link');
  // The CSP is bypassed only so axe can be injected.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    // Records what the progress line said before any figure was shown.
    await page.addInitScript(() => {
      window.__progress = [];
      new MutationObserver(() => {
        const line = document.querySelector('.results-progress');
        if (line && !document.querySelector('.headline-value')) window.__progress.push(line.textContent);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(`${server.url}${link}`);
    await page.locator('.headline-pressure .headline-exact').waitFor({ timeout: 60_000 });
    const said = await page.evaluate(() => window.__progress);
    assert.ok(said.length > 0, 'a progress line was shown before the figures');
    assert.match(said[0], /^Working out the figures for 500 posts: \d+ of 240 months done\.$/);
    await page.locator('.results-progress').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelectorAll('.post').length === 500, null, { timeout: 60_000 });
    assert.equal(await page.locator('.item-list .post').count(), 500);

    const cli = JSON.parse(cargo('-p', 'planner-cli', '--', 'eval', '--link', link));
    const shown = {};
    for (const key of ['pressure', 'claimed', 'cap-excess', 'cash']) {
      shown[key] = plain(await page.locator(`.headline-${key} .headline-exact`).innerText());
    }
    assert.deepEqual(shown, {
      pressure: cli.total.unfunded_pressure,
      claimed: cli.total.claimed,
      'cap-excess': cli.total.cap_excess,
      cash: cli.peak_cash_position.amount,
    });

    // An edit while figures stand: the old ones stay, marked as being updated, then the new.
    await page.getByRole('button', { name: 'Unlock to edit' }).click();
    await page.locator('.post-summary').first().click();
    const cost = page.locator('.post').first().getByLabel('Annual cost');
    await cost.fill('60000');
    await cost.press('Tab');
    await page.locator('.results-progress').waitFor({ state: 'detached', timeout: 60_000 });
    assert.notEqual(plain(await page.locator('.headline-pressure .headline-exact').innerText()), shown.pressure);
    assert.deepEqual((await runAxe(page)).map((v) => `${v.id}: ${v.targets.slice(0, 3)}`), []);
  } finally {
    await context.close();
  }
});
