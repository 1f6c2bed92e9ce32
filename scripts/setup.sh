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
# Exact versions from requirements.lock: the same site bytes on every machine and month.
if [ "$want_test" = 1 ]; then
  .venv/bin/python -m pip install --quiet -c requirements.lock -e '.[test]'
else
  .venv/bin/python -m pip install --quiet -c requirements.lock -e .
fi

# Front-end packages the site ships (iframe-worker shim) and tests use (axe-core, lunr),
# at the versions pinned in package-lock.json.
npm ci --no-audit --no-fund --loglevel=error

if [ "$want_test" = 1 ]; then
  # Debian packages the tests need (scripts/debian-packages.txt), installed only when missing.
  missing=()
  while read -r pkg; do
    [ -z "$pkg" ] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' scripts/debian-packages.txt)
  if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=600 \
      --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi
