#!/usr/bin/env bash
# Create .venv (once) and install openwire into it, editable. Sourced by the other scripts.
# OPENWIRE_EXTRAS picks what to install: "dev" (default: the tests' tools) or "" (the runtime
# only, which is all the demo needs). Each is installed once, again when pyproject.toml changes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-python3}"
EXTRAS="${OPENWIRE_EXTRAS-dev}"
say() { if [ -n "${OPENWIRE_VERBOSE_SETUP:-}" ]; then echo "$@" >&2; fi; }
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  say "setup: creating .venv with $("$PY" --version 2>&1) (first run only)"
  "$PY" -m venv "$ROOT/.venv"
fi
STAMP_DEV="$ROOT/.venv/.openwire-installed"
STAMP_RUNTIME="$ROOT/.venv/.openwire-installed-runtime"
if [ -n "$EXTRAS" ]; then STAMP="$STAMP_DEV"; TARGET="$ROOT[$EXTRAS]"; else STAMP="$STAMP_RUNTIME"; TARGET="$ROOT"; fi
fresh() { [ -f "$1" ] && [ ! "$ROOT/pyproject.toml" -nt "$1" ]; }
# The dev install includes the runtime one.
if ! fresh "$STAMP" && { [ -n "$EXTRAS" ] || ! fresh "$STAMP_DEV"; }; then
  say "setup: installing openwire${EXTRAS:+ with its $EXTRAS tools} into .venv (pip, about a minute the first time)"
  "$ROOT/.venv/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  # (this machine's pip prints one warning per package about a missing local mirror: hidden)
  "$ROOT/.venv/bin/python" -m pip install -q -e "$TARGET" 2> >(grep -v "^WARNING: Location" >&2)
  touch "$STAMP"
fi
