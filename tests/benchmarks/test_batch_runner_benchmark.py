"""``python -m benchmarks.batch_runner --quick`` runs end to end and reports every contender.

No speed is asserted (CI machines are too noisy): this proves the benchmark command works.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_quick_run_reports_the_runner_against_plain_loops(tmp_path: Path) -> None:
    output = tmp_path / "batch_runner.json"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.batch_runner", "--quick", "--output", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(output.read_text())
    assert (report["requests"], report["concurrency"]) == (400, 200)
    for name in ("gather", "gather-workers", "runner", "runner+file"):
        assert report[name]["requests_per_s"] > 0 and report[name]["cpu_us_per_request"] > 0
    assert "overhead_cpu_us_per_request" in report["runner"]
    assert set(report["bookkeeping_cpu_us_per_request"]) == {"in_memory", "with_file"}
    assert "runner+file" in proc.stdout
