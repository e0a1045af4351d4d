#!/usr/bin/env bash
# README command 2: every test, from a fresh machine. Stops at the first failure.
#   1. native tests (the engine and CLI live there), then the workbook recalculated by
#      LibreOffice   2. browser component tests (wasm32)
#   3. release build into dist/   4. size budget   5. the one-file offline edition
#   6. end-to-end tests against dist/ and dist-offline/planner.html
set -euo pipefail
cd "$(dirname "$0")/.."
section() { printf '\n==== %s ====\n' "$*"; }

section "setup"
scripts/setup.sh

section "native tests: cargo test --workspace"
# The LibreOffice check runs on its own next, so its section says what failed.
PLANNER_SKIP_LIBREOFFICE=1 cargo test --workspace

section "the workbook recalculated by LibreOffice: cargo test -p planner-cli --test libreoffice"
cargo test -p planner-cli --test libreoffice

section "browser component tests: cargo test --target wasm32-unknown-unknown -p marsoc-planner"
# The wasm32 runner (.cargo/config.toml) drives headless Chromium through this chromedriver.
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
cargo test --target wasm32-unknown-unknown -p marsoc-planner

section "release build: scripts/build.sh"
scripts/build.sh

section "size budget: scripts/size-budget.mjs"
node scripts/size-budget.mjs dist

section "offline edition: scripts/build-offline.sh --no-build"
# Assembled from the dist/ just built (a second build would only repeat wasm-opt).
scripts/build-offline.sh --no-build

section "end-to-end tests: node --test (e2e/)"
(cd e2e && node --test)
