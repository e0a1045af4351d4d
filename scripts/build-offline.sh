#!/usr/bin/env bash
# Builds the one-file offline edition, dist-offline/planner.html: the planner with its CSS, JS
# and wasm inside one HTML file that works from file:// (e-mail it, open it from a folder).
#   scripts/build-offline.sh              runs scripts/build.sh, then assembles the file
#   scripts/build-offline.sh --no-build   assembles from the dist/ already built (scripts/test.sh)
#   PLANNER_HOSTED_URL=https://…/ scripts/build-offline.sh
#       "Copy link" in the offline edition then links to that hosted planner (see README).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != --no-build ]; then
  scripts/build.sh
fi
# planner.html is assembled from dist/ so that both editions always hold the same build.
rm -rf dist-offline
node scripts/offline.mjs dist dist-offline/planner.html
