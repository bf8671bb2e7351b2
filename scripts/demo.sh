#!/usr/bin/env bash
# The main job: a short tour of openwire. Without OPENAI_API_KEY it runs against the
# embedded local server, offline; with a key it talks to the real API.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/bootstrap.sh"
exec "$ROOT/.venv/bin/python" "$ROOT/examples/demo.py" "$@"
