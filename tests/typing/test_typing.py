"""Type-checking what users write: ``user_calls.py`` passes ``mypy --strict``; in
``wrong_calls.py`` exactly the lines marked ``# expect-error`` are flagged."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Set

HERE = Path(__file__).resolve().parent


def _mypy(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--hide-error-context",
            "--no-pretty",
            str(path),
        ],
        capture_output=True,
        text=True,
        cwd=HERE.parent.parent,
        timeout=600,
    )


def _error_lines(output: str, path: Path) -> Set[int]:
    return {int(m.group(1)) for m in re.finditer(rf"{re.escape(path.name)}:(\d+): error:", output)}


def test_typical_user_calls_type_check() -> None:
    result = _mypy(HERE / "user_calls.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_wrong_calls_are_flagged_line_by_line() -> None:
    path = HERE / "wrong_calls.py"
    expected = {
        n for n, line in enumerate(path.read_text().splitlines(), 1) if line.rstrip().endswith("# expect-error")
    }
    result = _mypy(path)
    flagged = _error_lines(result.stdout, path)
    assert expected, "no expectations found"
    assert flagged == expected, (
        f"missed: {sorted(expected - flagged)}, unexpected: {sorted(flagged - expected)}\n{result.stdout}"
    )
