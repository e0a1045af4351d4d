#!/usr/bin/env node
// Assembles the one-file offline edition from a built dist/: planner.html with the CSS, the
// wasm-bindgen JS and the wasm inlined, for people who cannot host a website but can e-mail a
// file. It opens from file:// with no network at all.
//   node scripts/offline.mjs [dist-dir] [out-file]    (defaults: dist dist-offline/planner.html)
//   PLANNER_HOSTED_URL=https://…/planner/  bakes the hosted address into
//     <meta name="planner-hosted-url" content="…">, so the app's "Copy link" can point there.
// Called by scripts/build-offline.sh. Node built-ins only (fs, crypto, zlib): nothing to install.
//
// How it stays within a strict CSP: every inline <script> and <style> is allowed by its own
// 'sha256-…' hash, computed here over the exact text placed between the tags; never
// 'unsafe-inline'. 'wasm-unsafe-eval' lets the page compile its wasm, and nothing else is
// allowed: no connect-src, so the file cannot fetch anything even if the app tried.
//
// Why base64 and initSync: base64 decodes natively (Uint8Array.fromBase64, or atob), and
// initSync compiles the bytes at once, with no fetch (file:// pages cannot fetch their
// neighbours anyway). Measured on a 711 kB wasm: base64 948 kB raw / 380 kB gzip; an
// 85-character alphabet is 888 kB raw but 472 kB gzip and needs a decoder in JS; deflate then
// base64 is 389 kB raw, but inflating in a browser (DecompressionStream) is asynchronous.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = (process.argv[2] ?? 'dist').replace(/\/?$/, '/');
const out = process.argv[3] ?? 'dist-offline/planner.html';
// Chromium refuses to compile a module over 8 MiB synchronously on the main thread (checked in 156).
const SYNC_COMPILE_LIMIT = 8 * 1024 * 1024;

function fail(message) {
  console.error(`offline.mjs: ${message}`);
  process.exit(1);
}
const read = (file) => readFileSync(dist + file, 'utf8').replace(/\r\n?/g, '\n');
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const escapeAttr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrs = (tag) => Object.fromEntries([...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].slice(1).map((m) => [m[1], m[2] ?? '']));

/** The hosted address from PLANNER_HOSTED_URL, checked: https (http only for this machine), no query or fragment. */
function hostedUrl(value) {
  if (!value) return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    fail(`PLANNER_HOSTED_URL is not an absolute URL: ${value}`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && local))) fail('PLANNER_HOSTED_URL must be https://');
  // The app appends the scenario as #s=…; a query or fragment here would be lost or confuse it.
  if (url.search || value.includes('#') || url.username || url.password) {
    fail('PLANNER_HOSTED_URL must have no query, fragment or credentials');
  }
  return url.href;
}

/** The wasm-bindgen --target web module as a plain module body: its one export line removed. */
function glue() {
  const js = read('marsoc_planner.js');
  const exportLine = /^export \{ initSync, __wbg_init as default \};\n?/m;
  if (!exportLine.test(js)) fail('marsoc_planner.js no longer ends with the export line this script expects');
  // planner_stop and planner_mount are for the hosted page's one shell over two builds
  // (boot.js, src/shell.rs); here they stay plain functions that nothing calls.
  const body = js
    .replace(exportLine, '')
    .replace(/^export function (planner_stop|planner_mount)\(/gm, 'function $1(');
  // Imports (wasm-bindgen snippets) or other exports would need another inlining strategy.
  if (/^\s*(import|export)\b/m.test(body)) fail('marsoc_planner.js has imports or exports this script cannot inline');
  if (/\b(PLANNER_WASM|plannerWasmBytes)\b/.test(body)) fail('marsoc_planner.js uses a name the boot code needs');
  return body;
}

/** The bootstrap: decode the wasm, instantiate it synchronously, start the app. */
function boot(wasm) {
  if (wasm.length > SYNC_COMPILE_LIMIT) fail(`the wasm is ${wasm.length} bytes, over Chromium's synchronous compile limit`);
  return `
// planner.html's bootstrap (scripts/offline.mjs): the wasm travels in this file as base64.
{
  const PLANNER_WASM = '${wasm.toString('base64')}';
  const plannerWasmBytes = (text) => {
    if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  };
  try {
    initSync({ module: plannerWasmBytes(PLANNER_WASM) });
  } catch (error) {
    console.error(error);
    const p = document.createElement('p');
    p.className = 'boot-failed';
    p.textContent = 'The planner could not start in this browser. Reload the page, or use an up-to-date Edge or Chrome.';
    document.body.append(p);
  }
}
`;
}

const hosted = hostedUrl(process.env.PLANNER_HOSTED_URL);
const wasm = readFileSync(`${dist}marsoc_planner_bg.wasm`);
const scripts = [];
const styles = [];
// Inline content goes in after the checks on the page's own markup, as numbered placeholders.
const inline = [];
const placeholder = (text) => `\u0000${inline.push(text) - 1}\u0000`;

// Comments describe the hosted page (relative URLs, "no inline code"); drop them.
let html = read('index.html').replace(/<!--[\s\S]*?-->\s*/g, '');

html = html.replace(/<link\b[^>]*>\s*/g, (tag) => {
  const { rel, href, media } = attrs(tag);
  switch (rel) {
    case 'stylesheet': {
      const css = read(href);
      if (/url\((?!\s*["']?data:)|@import/i.test(css)) fail(`${href} loads another file; inline it first`);
      if (/<\/style/i.test(css)) fail(`${href} contains "</style"`);
      styles.push(sha256(css));
      const mediaAttr = media ? ` media="${escapeAttr(media)}"` : '';
      return `<style${mediaAttr}>${placeholder(css)}</style>\n  `;
    }
    case 'icon': {
      if (href.startsWith('data:')) return tag;
      const type = attrs(tag).type || 'image/svg+xml';
      const data = readFileSync(dist + href).toString('base64');
      return `<link rel="icon" href="data:${type};base64,${data}">\n  `;
    }
    // The JS and wasm are inline, so nothing to preload; a file:// page cannot be installed.
    case 'modulepreload':
    case 'preload':
    case 'manifest':
      return '';
    default:
      return fail(`index.html has a <link rel="${rel}"> this script does not know how to inline`);
  }
});

// The styles of the full build's views, which the hosted page adds when it loads that
// build (scripts/build.sh); this edition is the full build from the start.
{
  const css = read('styles/full.css');
  if (/url\((?!\s*["']?data:)|@import/i.test(css)) fail('styles/full.css loads another file; inline it first');
  if (/<\/style/i.test(css)) fail('styles/full.css contains "</style"');
  styles.push(sha256(css));
  html = html.replace('</head>', () => `  <style>${placeholder(css)}</style>\n</head>`);
}

html = html.replace(/<script\b[^>]*>\s*<\/script>/g, (tag) => {
  const { src, type } = attrs(tag);
  if (src !== 'boot.js' || type !== 'module') fail(`index.html has a script this script does not know: ${tag}`);
  const js = glue() + boot(wasm);
  // "</script" would end the element early; "<!--" switches the parser into its escaped state.
  if (/<\/script|<!--/i.test(js)) fail('the JS contains "</script" or "<!--"');
  scripts.push(sha256(js));
  return `<script type="module">${placeholder(js)}</script>`;
});

const csp = [
  "default-src 'none'",
  `script-src ${scripts.join(' ')} 'wasm-unsafe-eval'`,
  `style-src ${styles.join(' ')}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const cspMeta = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
if (!cspMeta.test(html)) fail('index.html has no CSP meta to replace');
const metas = [
  `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
  // For the app: this is the one-file edition, and where share links should point.
  '<meta name="planner-edition" content="offline">',
  ...(hosted ? [`<meta name="planner-hosted-url" content="${escapeAttr(hosted)}">`] : []),
];
html = html.replace(cspMeta, () => metas.join('\n  '));
html = html.replace(/^<!doctype html>\n/i, (doctype) => `${doctype}<!-- MARSOC Funding Planner, one-file offline edition: generated by scripts/offline.mjs. -->\n`);

// Nothing in the page's markup may point at another file: that would be a request.
const external = html.match(/\s(?:src|href|srcset|action|poster|data)="(?!data:|#)[^"]*"/gi);
if (external) fail(`planner.html would still load files: ${external.join(', ')}`);
if (scripts.length !== 1 || styles.length === 0) fail('expected one script and at least one stylesheet in index.html');

html = html.replace(/\u0000(\d+)\u0000/g, (_, i) => inline[Number(i)]);
mkdirSync(out.replace(/[^/]*$/, '') || '.', { recursive: true });
writeFileSync(out, html);

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const bytes = Buffer.byteLength(html);
console.error(
  `[offline] ${out}: ${kB(bytes)} raw, ${kB(gzipSync(html, { level: 9 }).length)} gzip; ` +
    `hosted address: ${hosted ?? 'not set (PLANNER_HOSTED_URL)'}`,
);
