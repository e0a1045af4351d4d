// Where a long task's time goes (issue 16): loads one heavy link with a Chrome trace and prints
// each main-thread task over 50 ms with the trace events that took most of it. A tool to
// read beside e2e/bench-heavy.mjs, not a test.
//   node e2e/trace-tasks.mjs [NAME]   (NAME: part of a link's name from the heavy_links
//   example; default the small link). WAIT=ms after the figures (default 1500).
import { execFileSync } from 'node:child_process';
import { launchBrowser, startServer } from './harness.mjs';

const want = process.argv[2] ?? 'small link';
const links = execFileSync('cargo', ['run', '-q', '-p', 'planner-engine', '--example', 'heavy_links'], { encoding: 'utf8' })
  .trim()
  .split('\n')
  .map((line) => line.split('\t'));
const found = links.find(([name]) => name.includes(want));
if (!found) throw new Error(`no heavy link named like “${want}”: ${links.map(([n]) => n).join('; ')}`);

const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // The long-task timing the benchmark reads, beside the trace.
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed', 'blink', 'toplevel', 'disabled-by-default-devtools.timeline'] });
  await page.goto(`${server.url}${found[1]}`, { waitUntil: 'load' });
  await page.waitForSelector('.headline-value, .notice', { timeout: 120_000 });
  await page.waitForTimeout(Number(process.env.WAIT ?? 1500));
  const long = await page.evaluate(() => window.__long);
  console.log(`long tasks the page saw (start, duration in ms): ${JSON.stringify(long)}`);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  // The page's main thread: of the renderers' main threads, the one that ran most script
  // (the first about:blank and the service worker run little or on other threads).
  const mains = traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const scriptTime = (m) =>
    traceEvents.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'FunctionCall').reduce((t, e) => t + (e.dur ?? 0), 0);
  const main = mains.sort((a, b) => scriptTime(b) - scriptTime(a))[0];
  const onMain = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 50_000);
  const start = Math.min(...onMain.map((e) => e.ts));
  console.log(`${found[0]}: ${tasks.length} tasks over 50 ms on the main thread`);
  for (const task of tasks) {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    const byName = new Map();
    for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
    const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`  at ${((task.ts - start) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(0)} ms`);
    for (const [name, dur] of top) console.log(`      ${(dur / 1000).toFixed(0).padStart(5)} ms  ${name}`);
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
}
