// Browser benchmark (not a test) for issue 16's freezes: for each heavy link, the longest
// main-thread task (PerformanceObserver 'longtask') and the time from navigation to the
// first headline figure, or to the notice that refuses the link. The links come from
// `cargo run -q -p planner-engine --example heavy_links` (the ones that froze the tab, now
// refused, and the heaviest the decoder accepts).
//   node e2e/bench-heavy.mjs      (after scripts/build.sh); REPEAT=5 for medians of 5 loads
import { execFileSync } from 'node:child_process';
import { launchBrowser, startServer } from './harness.mjs';

const links = execFileSync('cargo', ['run', '-q', '-p', 'planner-engine', '--example', 'heavy_links'], { encoding: 'utf8' })
  .trim()
  .split('\n')
  .map((line) => line.split('\t'));

/** In the page, before it starts: records every long task and when figures or a refusal appear. */
const PROBE = () => {
  window.__longest = 0;
  window.__tasks = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__tasks += 1;
      window.__longest = Math.max(window.__longest, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    const figures = document.querySelector('.headline-value');
    const refused = [...document.querySelectorAll('.notice')].find((n) => /could not be opened/.test(n.textContent));
    // A refused link still shows the planner's own figures: the refusal is what counts.
    if (refused || figures) {
      window.__done = { at: performance.now(), what: refused ? `refused: ${refused.textContent.slice(0, 110)}` : 'figures' };
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

const server = await startServer();
const browser = await launchBrowser();
try {
  // REPEAT=5 loads each link five times in fresh contexts and prints the medians (the
  // longest task on this machine varies by about 100 ms from one load to the next).
  const repeat = Number(process.env.REPEAT ?? 1);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [name, fragment] of links) {
    const runs = [];
    for (let n = 0; n < repeat; n += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(PROBE);
      await page.goto(`${server.url}${fragment}`, { waitUntil: 'load' });
      try {
        await page.waitForFunction(() => window.__done !== undefined, null, { timeout: 120_000 });
        // Long tasks after the figures (the rest of the page rendering) count too.
        await page.waitForTimeout(1_000);
        runs.push(await page.evaluate(() => ({ done: window.__done, longest: window.__longest, tasks: window.__tasks })));
      } catch (error) {
        console.log(`${name} (${fragment.length} characters): nothing shown within 120 s (${error.message.split('\n')[0]})`);
      }
      await context.close();
    }
    if (runs.length === 0) continue;
    const r = runs[0];
    const times = runs.map((x) => x.done.at);
    const longest = runs.map((x) => x.longest);
    const each = repeat > 1 ? ` [longest tasks ${longest.map((x) => x.toFixed(0)).join(', ')}]` : '';
    console.log(
      `${name} (${fragment.length} characters): ${r.done.what.split(':')[0]} after ${median(times).toFixed(0)} ms; ` +
        `longest task ${median(longest).toFixed(0)} ms (${r.tasks} long tasks)${repeat > 1 ? `, medians of ${runs.length}` : ''}${each}` +
        (r.done.what.startsWith('refused') ? `\n    ${r.done.what}` : ''),
    );
  }
} finally {
  await browser.close();
  server.close();
}
