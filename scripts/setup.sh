#!/usr/bin/env bash
# Set up what `make` targets need, idempotently and quickly when already done.
#   scripts/setup.sh          Python venv (.venv) with pinned, hash-checked packages, pinned npm runtime
#   scripts/setup.sh --test   the same, plus Debian's Chromium for the browser tests
# Each step is skipped when its inputs (lock files) have not changed since it last ran.
set -euo pipefail
cd "$(dirname "$0")/.."
STAMPS=.cache/setup
mkdir -p "$STAMPS"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[setup] %s\033[0m\n' "$*" >&2; exit 1; }
digest() { cat "$@" 2>/dev/null | sha256sum | cut -d' ' -f1; }
# changed NAME FILE...: true when FILE... differ from the last successful run of step NAME
changed() { [ "$(cat "$STAMPS/$1" 2>/dev/null)" != "$(digest "${@:2}")" ]; }
stamp() { digest "${@:2}" > "$STAMPS/$1"; }

python_ok() { "$@" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; }

find_python() {
  # An explicit choice wins; then the usual names; then any pyenv install >= 3.12.
  if [ -n "${PYTHON:-}" ]; then python_ok "$PYTHON" && { echo "$PYTHON"; return; }; die "PYTHON=$PYTHON is not Python >= 3.12"; fi
  for name in python3.13 python3.12 python3.14 python3; do
    command -v "$name" >/dev/null && python_ok "$name" && { command -v "$name"; return; }
  done
  if command -v pyenv >/dev/null; then
    for v in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.(1[2-9])' | sort -rV); do
      local exe; exe="$(pyenv root)/versions/$v/bin/python3"
      python_ok "$exe" && { echo "$exe"; return; }
    done
  fi
  return 1
}

# 1. Python virtual environment with every package pinned (requirements.lock).
if [ ! -x .venv/bin/python ] || ! python_ok .venv/bin/python; then
  py=$(find_python) || die "Rebond needs Python 3.12 or newer (3.13 recommended) and none was found.
  Install one (e.g. 'apt-get install python3.13' or 'pyenv install 3.13'), or run with PYTHON=/path/to/python3.13."
  say "creating .venv with $py ($("$py" --version))"
  rm -rf .venv
  "$py" -m venv .venv
  rm -f "$STAMPS/python"
fi
if changed python requirements.lock pyproject.toml; then
  say "installing pinned Python packages (requirements.lock, every file checked against its sha256)"
  # --require-hashes: a package whose download does not match a hash of the lock is refused.
  # The lock holds pip itself and setuptools (the build backend of the editable install below).
  .venv/bin/python -m pip install --quiet --require-hashes -r requirements.lock
  .venv/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .
  stamp python requirements.lock pyproject.toml
fi

# 2. The pinned npm packages: the Pyodide runtime (shipped into the site by hooks/) and axe-core.
command -v npm >/dev/null || die "npm (Node.js 20 or newer) is needed for the pinned Pyodide runtime.
  Install it with 'apt-get install nodejs npm' (or from nodejs.org), then run this again."
if [ ! -f node_modules/pyodide/pyodide.mjs ] || changed npm package-lock.json; then
  say "installing pinned npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  stamp npm package-lock.json
fi

# 3. For the tests, from Debian: a Chromium (Playwright cannot download browsers here), and
#    Grammalecte, the outside judge of the engine's French (pure Python, GPL-3, test time only).
GRAMMALECTE=/usr/lib/python3/dist-packages/grammalecte
if [ "${1:-}" = "--test" ]; then
  missing=()
  { [ -n "${CHROMIUM:-}" ] || command -v chromium >/dev/null; } || missing+=(chromium)
  [ -d "$GRAMMALECTE" ] || missing+=(python3-grammalecte)
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing Debian's ${missing[*]} for the tests"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      die "The tests need Debian's ${missing[*]} (Chromium for the browser tests, Grammalecte to judge
  the engine's French). Install them (as root: 'apt-get install ${missing[*]}'; or set CHROMIUM=/path/to/chromium),
  then run 'make test' again."
    fi
  fi
fi
exit 0
