#!/usr/bin/env bash
# Run the test suite. Installs what it needs (.venv, and the Steady mock server via npm for the
# contract tests) and starts Steady when it is not already running.
#   bash scripts/test.sh            # the default run: everything but the `slow` tests
#   bash scripts/test.sh --all      # every test (CI); other arguments go to pytest
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source "$ROOT/scripts/bootstrap.sh"
export OPENWIRE_SHARED="${OPENWIRE_SHARED:-$ROOT/../shared}"
export STEADY_URL="${STEADY_URL:-http://127.0.0.1:4010}"

steady_pid=""
# Steady runs in its own process group so that npm and its children stop together.
cleanup() { if [ -n "$steady_pid" ]; then kill -- "-$steady_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

steady_up() { curl -sf "$STEADY_URL/_x-steady/health" >/dev/null 2>&1; }
if ! steady_up && [ -f "$OPENWIRE_SHARED/spec/openai-openapi.yml" ] && command -v npm >/dev/null 2>&1; then
  port="${STEADY_URL##*:}"
  setsid npm exec --yes --package=@stdy/cli@0.22.2 -- steady --host 127.0.0.1 -p "$port" \
    --validator-query-array-format=brackets --validator-form-array-format=brackets \
    --validator-query-object-format=brackets --validator-form-object-format=brackets \
    "$OPENWIRE_SHARED/spec/openai-openapi.yml" >"$ROOT/.venv/steady.log" 2>&1 &
  steady_pid=$!
  for _ in $(seq 1 120); do steady_up && break; sleep 1; done
  steady_up || { echo "Steady did not start; see .venv/steady.log" >&2; tail -20 "$ROOT/.venv/steady.log" >&2; }
fi

args=()
for arg in "$@"; do
  if [ "$arg" = "--all" ]; then args+=(-m ""); else args+=("$arg"); fi
done
"$ROOT/.venv/bin/python" -m pytest "${args[@]}"
