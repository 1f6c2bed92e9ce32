#!/usr/bin/env bash
# Sets up everything the project needs on a fresh Debian machine, idempotently:
#   scripts/setup.sh          Python venv (.venv) with the package, npm packages
#   scripts/setup.sh --test   the same, plus test tools and Debian's chromium for browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
if [ "$want_test" = 1 ]; then
  .venv/bin/python -m pip install --quiet -e '.[test]'
else
  .venv/bin/python -m pip install --quiet -e .
fi

# Front-end packages the site ships (iframe-worker shim) and tests use (axe-core, lunr),
# at the versions pinned in package-lock.json.
npm ci --no-audit --no-fund --loglevel=error

if [ "$want_test" = 1 ] && [ ! -x /usr/bin/chromium ]; then
  # Browser tests drive Debian's Chromium; Playwright never downloads a browser here.
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
