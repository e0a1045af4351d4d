#!/usr/bin/env bash
# README command 1: build, then serve dist/ on this machine only (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8080}

scripts/build.sh
echo "Serving the planner at http://127.0.0.1:$port/ (Ctrl-C to stop)"
exec python3 -m http.server --bind 127.0.0.1 "$port" --directory dist
