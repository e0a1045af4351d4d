#!/usr/bin/env node
// Shrinks the stylesheets and boot.js in place, for the first-load size budget (about 2 kB
// brotli), without a bundler: only what is safe for this project's own files.
// - CSS: comments dropped, runs of white space made one space, and the spaces around
//   { } ; , removed (never around ':', which would join a descendant selector such as
//   `.a :focus`). No stylesheet here has a quoted string holding those characters.
// - JS: whole-line comments and blank lines dropped; code lines are left as written.
// Usage: scripts/minify.mjs FILE...
import { readFileSync, writeFileSync } from 'node:fs';

const css = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();

function js(text) {
  let inBlock = false;
  const kept = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (inBlock) {
      inBlock = !t.includes('*/');
      continue;
    }
    if (t.startsWith('/*')) {
      inBlock = !t.includes('*/');
      continue;
    }
    if (t === '' || t.startsWith('//')) continue;
    kept.push(line);
  }
  return `${kept.join('\n')}\n`;
}

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) writeFileSync(file, css(text));
  else if (file.endsWith('.js')) writeFileSync(file, js(text));
  else throw new Error(`minify: not CSS or JS: ${file}`);
}
