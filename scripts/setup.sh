#!/usr/bin/env bash
# Installs everything the README's two commands need, skipping what is already present at
# the right version. Safe to run again: each step checks before it installs.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130
log() { printf '[setup] %s\n' "$*" >&2; }

need_wasm=1
need_browser=1
for arg in "$@"; do
  case "$arg" in
    --native-only) need_wasm=0; need_browser=0 ;;
    --no-browser) need_browser=0 ;;
  esac
done

if ! rustup component list --installed 2>/dev/null | grep -q '^clippy'; then
  log "adding rustfmt and clippy"; rustup component add rustfmt clippy
fi

if [ "$need_wasm" = 1 ]; then
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once per machine)"
    # No --locked: the CLI's own lock file pins a crate the registry no longer serves.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
fi

apt_install() {
  log "installing Debian packages: $*"
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "${apt_updated:-}" ]; then apt-get update -qq; apt_updated=1; fi
  apt-get install -y -qq "$@" >/dev/null
}

if [ "$need_browser" = 1 ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    apt_install chromium chromium-driver
  fi
  # python3 serves dist/ (scripts/serve.sh, e2e); node runs the e2e tests and the size budget.
  command -v python3 >/dev/null || apt_install python3
  command -v npm >/dev/null || apt_install nodejs npm
  # pdftoppm turns the printed options sheet (e2e/out/options-sheet.pdf) into a PNG to look at.
  command -v pdftoppm >/dev/null || apt_install poppler-utils
fi

# LibreOffice recalculates the exported workbook in the native tests (crates/cli/tests/
# libreoffice.rs): the Calc part only, without the desktop.
if ! command -v soffice >/dev/null; then
  apt_install --no-install-recommends libreoffice-calc-nogui
fi

# e2e/ holds playwright-core and axe-core for the e2e tests, and binaryen's wasm-opt, which
# scripts/build.sh uses when present; so a build without a browser still wants it if npm exists.
if [ "$need_wasm" = 1 ] && command -v npm >/dev/null; then
  # Installed packages are stamped with their lock file's hash, not compared by age: a fresh
  # checkout's lock file is always newer, and npm ci would wipe packages another copy uses.
  lock_hash=$(sha256sum e2e/package-lock.json | cut -d' ' -f1)
  if [ ! -d e2e/node_modules/playwright-core ] || [ "$(cat e2e/node_modules/.planner-lock 2>/dev/null)" != "$lock_hash" ]; then
    log "installing the e2e and build packages from e2e/package-lock.json (npm ci)"
    (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_hash" > e2e/node_modules/.planner-lock
  fi
fi
log "ready"
