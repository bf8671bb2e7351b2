#!/usr/bin/env bash
# Create .venv (once) and install openwire with its dev extra into it. Sourced by the other scripts.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-python3}"
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  "$PY" -m venv "$ROOT/.venv"
fi
STAMP="$ROOT/.venv/.openwire-installed"
if [ ! -f "$STAMP" ] || [ "$ROOT/pyproject.toml" -nt "$STAMP" ]; then
  "$ROOT/.venv/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  # (this machine's pip prints one warning per package about a missing local mirror: hidden)
  "$ROOT/.venv/bin/python" -m pip install -q -e "$ROOT[dev]" 2> >(grep -v "^WARNING: Location" >&2)
  touch "$STAMP"
fi
