"""The helpers' results are typed: ``tests/typing/helpers_usage.py`` passes ``mypy --strict``
except exactly on the lines marked ``# expect-error``."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

USAGE = Path(__file__).resolve().parent.parent / "typing" / "helpers_usage.py"


def test_helpers_are_typed() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--hide-error-context",
            "--no-pretty",
            str(USAGE),
        ],
        capture_output=True,
        text=True,
        cwd=USAGE.parent.parent.parent,
        timeout=600,
    )
    flagged = {int(n) for n in re.findall(rf"{re.escape(USAGE.name)}:(\d+): error:", result.stdout)}
    lines = USAGE.read_text().splitlines()
    expected = {n for n, line in enumerate(lines, 1) if line.rstrip().endswith("# expect-error")}
    assert expected
    assert flagged == expected, result.stdout + result.stderr
