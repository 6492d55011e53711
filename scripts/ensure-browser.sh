#!/usr/bin/env bash
# Makes sure a Chromium exists for Playwright: Debian's package where we can install it,
# otherwise whatever Playwright already has (a developer's laptop).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
	echo "Installing Debian's chromium for the browser tests…"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	exit 0
fi
if ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1; then exit 0; fi
echo "No Chromium found: install Debian's chromium (apt-get install chromium), set CHROMIUM_PATH, or run npx playwright install chromium." >&2
exit 1
