#!/usr/bin/env bash
# Sets up a fresh machine, explicitly (not in npm's install lifecycle): the browsers the tests and
# benchmarks drive, from Debian (npm cannot download any here), then the npm dependencies.
#   bash scripts/setup.sh        install what is missing, then `npm install`
#   bash scripts/setup.sh --ci   the same with `npm ci` (a clean install from package-lock.json)
# Browsers: Chromium (every test), Firefox ESR and WebKitGTK (its WebDriver and MiniBrowser in a
# virtual X display) for the package tests in two more engines. Installed with apt-get when run as
# root on Debian; otherwise the missing packages are named and the script goes on.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || [ -n "${CHROME_PATH:-}" ] || missing+=(chromium chromium-driver)
command -v firefox-esr >/dev/null 2>&1 || [ -n "${FIREFOX_PATH:-}" ] || missing+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || missing+=(xvfb)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing ${missing[*]} (Debian)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "niet-alleen: missing ${missing[*]}. Install them (Debian: sudo apt-get install ${missing[*]}); Chromium is needed for every test, the others for Firefox and WebKit runs." >&2
  fi
fi
chromium --version 2>/dev/null | grep -v unexpected || true
firefox-esr --version 2>/dev/null || true

if [ "${1:-}" = "--ci" ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
else
  echo "== npm install"
  npm install --no-audit --no-fund
fi
