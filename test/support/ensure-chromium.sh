#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the browser tests: installs it when missing and we
# are root (a fresh machine or CI), otherwise says what to install. CHROMIUM_PATH overrides.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing at $chromium; installing Debian's chromium package (a few minutes, once)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  if [ ! -x "$chromium" ]; then
    echo "apt-get installed chromium but $chromium is still missing; set CHROMIUM_PATH to its path." >&2
    exit 1
  fi
  echo "Chromium installed: $("$chromium" --version 2>/dev/null || echo "$chromium")"
  exit 0
fi

cat >&2 <<MSG
The browser tests need Chromium at $chromium, and it is not there.
Install it once, then run the tests again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
Or point CHROMIUM_PATH at a Chromium or Chrome you already have, for example:
  CHROMIUM_PATH=/usr/bin/google-chrome npm test
MSG
exit 1
