#!/usr/bin/env node
// Size budget for the first load: every html, js, wasm and css file in dist/, raw, gzip -9 and
// brotli q11 (what a static host would serve). Fails if the brotli total exceeds the budget.
// Node's zlib has both codecs built in, so this needs nothing installed.
// Usage: scripts/size-budget.mjs [dist-dir]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const LATER = /^(sw\.js|marsoc_planner\.js|marsoc_planner_bg\.wasm|full\.css)$/;
// Hard limit on the brotli total: 200 kB until scenario file version 2's rules joined the
// first load (docs/DECISIONS.md, "The first load and the full build").
const BUDGET_KB = 230;
const GOAL_KB = 130; // what we aim for
const dist = process.argv[2] ?? new URL('../dist', import.meta.url).pathname;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    // Not part of the first load: sw.js (registered after the first render) and the full
    // build (loaded on first use of the comparison, analysis, sharing or files).
    else if (/\.(html|js|wasm|css)$/.test(entry.name) && !LATER.test(entry.name)) yield path;
  }
}

const rows = [...files(dist)].sort().map((path) => {
  const data = readFileSync(path);
  return {
    name: relative(dist, path),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length,
  };
});
if (rows.length === 0) {
  console.error(`size-budget: no html/js/wasm/css files in ${dist}; run scripts/build.sh first`);
  process.exit(2);
}

const total = { name: 'total', raw: 0, gzip: 0, brotli: 0 };
for (const row of rows) for (const k of ['raw', 'gzip', 'brotli']) total[k] += row[k];

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const width = Math.max(...rows.map((r) => r.name.length), 5);
const line = (r) =>
  `${r.name.padEnd(width)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}  ${kb(r.brotli).padStart(10)}`;
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  ${'brotli'.padStart(10)}`);
rows.forEach((r) => console.log(line(r)));
console.log('-'.repeat(width + 36));
console.log(line(total));

const brotliKb = total.brotli / 1000;
const verdict = brotliKb > BUDGET_KB ? 'OVER BUDGET' : brotliKb > GOAL_KB ? 'within budget, above goal' : 'within goal';
console.log(
  `first load (brotli): ${kb(total.brotli)}; budget ${BUDGET_KB} kB, goal ${GOAL_KB} kB (1 kB = 1000 bytes): ${verdict}`,
);
process.exit(brotliKb > BUDGET_KB ? 1 : 0);
