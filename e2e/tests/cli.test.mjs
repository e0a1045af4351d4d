// Audit (PRODUCT.md journey 6): `planner eval --link` on a link copied from the page prints the
// same figures the page shows, to the penny.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { launchBrowser, openPlanner, startServer } from '../harness.mjs';

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

/** `Exactly £860,827.50` → `860827.50`, as the CLI writes money. */
const plain = (text) => text.replace(/^Exactly £/, '').replaceAll(',', '');

test('planner eval --link on a copied link prints the figures the page shows', async () => {
  const { context, page } = await openPlanner(browser, server.url);
  try {
    await page.locator('#tool-add').click();
    await page.locator('.choice', { hasText: 'Agreement lapses December 2023' }).first().click();
    await page.locator('.results-context', { hasText: 'Agreement lapses December 2023' }).waitFor();
    const shown = {};
    for (const key of ['pressure', 'claimed', 'cap-excess', 'cash']) {
      shown[key] = plain((await page.locator(`.headline-${key} .headline-exact`).innerText()).trim());
    }
    await page.locator('#tool-share').click(); // hands over to the full build, which opens the panel
    await page.locator('#share-what').selectOption({ label: 'Only “Agreement lapses December 2023”' });
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.locator('#share-link').inputValue();

    const json = execFileSync('cargo', ['run', '-q', '-p', 'planner-cli', '--', 'eval', '--link', link], {
      encoding: 'utf8',
      cwd: new URL('../..', import.meta.url).pathname,
    });
    const cli = JSON.parse(json);
    assert.equal(cli.scenario, 'Agreement lapses December 2023');
    assert.deepEqual(
      {
        pressure: cli.total.unfunded_pressure,
        claimed: cli.total.claimed,
        'cap-excess': cli.total.cap_excess,
        cash: cli.peak_cash_position.amount,
      },
      shown,
    );
    assert.equal(shown.pressure, '860827.50');
  } finally {
    await context.close();
  }
});
