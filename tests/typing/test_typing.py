"""Type-checking what users write, as their tools see it: each ``*_calls.py`` / ``*_usage.py``
file beside this one is checked by ``mypy --strict`` and by pyright (one run of each over every
file), and exactly the lines marked ``# expect-error`` must be flagged (``# expect-error: mypy``:
by mypy only); every other line must pass (``assert_type`` lines check that results are typed as
the user expects)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Set

import pytest

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FILES = sorted(p for p in HERE.glob("*.py") if p.stem.endswith(("_calls", "_usage")))
CHECKERS = ["mypy", "pyright"]


class Flagged(Dict[str, Set[int]]):
    """Flagged line numbers per file name, and the checker's output for the failure message."""

    output = ""


def _run(command: List[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600)


def _mypy() -> Flagged:
    result = _run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--hide-error-context", "--no-pretty"]
        + [str(p) for p in FILES]
    )
    assert "error: " not in result.stderr, result.stderr
    flagged = Flagged({path.name: set() for path in FILES})
    flagged.output = result.stdout
    for match in re.finditer(r"([\w.]+\.py):(\d+): error:", result.stdout):
        flagged[match.group(1)].add(int(match.group(2)))
    return flagged


def _pyright() -> Flagged:
    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent))
    if pyright is None:
        pytest.skip("pyright is not installed (pip install pyright; it is in the dev extra)")
    result = _run([pyright, "--pythonpath", sys.executable, "--outputjson"] + [str(p) for p in FILES])
    report = json.loads(result.stdout)
    flagged = Flagged({path.name: set() for path in FILES})
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            flagged[Path(diagnostic["file"]).name].add(diagnostic["range"]["start"]["line"] + 1)
            flagged.output += (
                f"{Path(diagnostic['file']).name}:{diagnostic['range']['start']['line'] + 1}: {diagnostic['message']}\n"
            )
    return flagged


@pytest.fixture(scope="module")
def flagged() -> Dict[str, Flagged]:
    return {"mypy": _mypy(), "pyright": _pyright()}


def _expected(path: Path, checker: str) -> Set[int]:
    marks = ("# expect-error", f"# expect-error: {checker}")
    return {n for n, line in enumerate(path.read_text().splitlines(), 1) if line.rstrip().endswith(marks)}


def test_every_usage_file_is_found() -> None:
    assert {"user_calls.py", "wrong_calls.py", "parse_usage.py", "stream_usage.py", "helpers_usage.py"} <= {
        p.name for p in FILES
    }


@pytest.mark.parametrize("checker", CHECKERS)
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_exactly_the_marked_lines_are_flagged(path: Path, checker: str, flagged: Dict[str, Flagged]) -> None:
    expected = _expected(path, checker)
    got = flagged[checker][path.name]
    assert got == expected, (
        f"{checker} on {path.name}: missed {sorted(expected - got)}, unexpected {sorted(got - expected)}\n"
        f"{flagged[checker].output}"
    )
