"""The examples run offline against the embedded local server."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import REPO


def run_example(name: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_"))}
    result = subprocess.run(
        [sys.executable, str(REPO / "examples" / name)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_demo_runs_offline() -> None:
    out = run_example("demo.py")
    assert "embedded local server" in out
    assert "reply: You said: Say hello in five words." in out
    assert "stream: You said: Count to five." in out
    assert "embedding: 16 floats" in out
    assert "typed error: NotFoundError 404 model_not_found" in out
