#!/usr/bin/env bash
# Builds the app into dist/ without trunk:
#   cargo (wasm32, release) -> wasm-bindgen (ES module) -> wasm-opt -Oz if available -> static files.
# Every URL in dist/ is relative, so the folder can be served from any sub-path.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '[build] %s\n' "$*" >&2; }
SECONDS=0

scripts/setup.sh --no-browser

target=wasm32-unknown-unknown
cargo build --release --target "$target" -p marsoc-planner

rm -rf dist
mkdir -p dist/styles
# --out-name fixes the file names index.html preloads (marsoc_planner.js, marsoc_planner_bg.wasm).
wasm-bindgen --target web --no-typescript --out-name marsoc_planner --out-dir dist \
  "target/$target/release/marsoc-planner.wasm"
wasm=dist/marsoc_planner_bg.wasm

# wasm-opt is optional: binaryen 132 from npm (scripts/setup.sh installs it in e2e/); older
# builds such as Debian's 108 cannot read the features current Rust emits, so they are not used.
wasm_opt=${WASM_OPT:-e2e/node_modules/.bin/wasm-opt}
if [ -x "$wasm_opt" ]; then
  before=$(wc -c <"$wasm")
  # The features Rust's wasm32 target enables by default; all are in Edge/Chrome since 2021.
  "$wasm_opt" -Oz --strip-debug --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    -o "$wasm" "$wasm"
  log "wasm-opt -Oz: $before -> $(wc -c <"$wasm") bytes"
else
  log "wasm-opt not found ($wasm_opt): skipping; run scripts/setup.sh to install it"
fi

cp index.html dist/
cp styles/*.css dist/styles/
# The bootstrap is an external module because the CSP forbids inline scripts.
cat >dist/boot.js <<'JS'
import init from './marsoc_planner.js';

init().catch((error) => {
  console.error(error);
  const p = document.createElement('p');
  p.className = 'boot-failed';
  p.textContent = 'The planner could not start in this browser. Reload the page, or use an up-to-date Edge or Chrome.';
  document.body.append(p);
});
JS

log "dist/ ready in ${SECONDS}s:"
(cd dist && find . -type f -printf '  %8s  %P\n' | sort -k2) >&2
