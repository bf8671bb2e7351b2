#!/usr/bin/env bash
# The main job: a short tour of openwire. Without OPENAI_API_KEY it runs against the
# embedded local server, offline; with a key it talks to the real API. The first run creates
# .venv and installs openwire (the runtime only) into it, and says so.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OPENWIRE_EXTRAS="" OPENWIRE_VERBOSE_SETUP=1 source "$ROOT/scripts/bootstrap.sh"
exec "$ROOT/.venv/bin/python" "$ROOT/examples/demo.py" "$@"
