"""How long ``mypy --strict`` takes on ``user_calls.py``, against openwire and against
``openai`` 2.54.0 (the same file with the package name replaced): with a cold cache, and
warm (the cache of the previous run kept and the user file edited, as in an editor).

    .venv/bin/python tests/typing/timing.py [runs]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List

HERE = Path(__file__).resolve().parent


def run(path: Path, cache: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), str(path)], capture_output=True, text=True
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"mypy failed on {path}:\n{result.stdout}{result.stderr}")
    return elapsed


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    source = (HERE / "user_calls.py").read_text()
    cold: Dict[str, List[float]] = {"openwire": [], "openai": []}
    warm: Dict[str, List[float]] = {"openwire": [], "openai": []}
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        files = {"openwire": root / "calls_openwire.py", "openai": root / "calls_openai.py"}
        files["openwire"].write_text(source)
        files["openai"].write_text(source.replace("openwire", "openai"))
        for i in range(runs):
            for name, path in files.items():  # interleaved, so that machine load hits both alike
                cache = root / f"cache-{name}-{i}"
                cold[name].append(run(path, cache))
                path.write_text(path.read_text() + f"\n# edit {i}\n")
                warm[name].append(run(path, cache))
    for label, times in (("cold", cold), ("warm", warm)):
        for name, values in times.items():
            spread = ", ".join(f"{v:.2f}" for v in values)
            print(f"{name:9s} {label} mypy --strict: median {statistics.median(values):.2f}s  (runs: {spread})")


if __name__ == "__main__":
    main()
