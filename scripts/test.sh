#!/usr/bin/env bash
# npm test: data validation, type check, unit tests, build, end-to-end tests — in that order,
# stopping at the first failure. Installs Debian's Chromium for the browser tests when no
# browser is available (CI and fresh machines).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

step "data"
npm run --silent check:data

step "geography"
npm run --silent geo

step "types"
npm run --silent check

step "unit tests"
npx vitest run

step "build"
# Published at the test server's address, so that the embed codes are real and point there.
SITE_URL="http://127.0.0.1:${PORT:-4173}" npx vite build --logLevel warn

step "browser"
bash scripts/ensure-browser.sh
npx playwright test
