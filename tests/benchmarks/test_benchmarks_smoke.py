"""``python -m benchmarks --quick`` runs end to end and writes its JSON report.

Timing targets are not asserted here: CI machines are too noisy for that. This only proves
the one-command benchmark works.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = {"import", "request_cpu", "sse", "sse_long_line", "rss", "async", "embeddings", "footprint", "websocket"}
TARGETS = {"import_client", "request_cpu", "sse_throughput", "peak_rss", "import", "wheel_size", "mypy_user_program"}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, Any]:
    output = tmp_path_factory.mktemp("benchmarks") / "results.json"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--output", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    assert "ow/openai" in proc.stdout  # the table was printed
    return json.loads(output.read_text())


def test_quick_run_writes_every_section(report: Dict[str, Any]) -> None:
    assert {"meta", "settings", "results", "rows", "targets"} <= set(report)
    assert report["meta"]["mode"] == "quick"
    assert set(report["results"]) == SCENARIOS


def test_every_target_has_a_status(report: Dict[str, Any]) -> None:
    assert set(report["targets"]) == TARGETS
    for name, target in report["targets"].items():
        if name == "mypy_user_program":  # mypy is not timed in the quick run
            assert target["status"] == "n/a" and report["settings"]["mypy_runs"] == 0
            continue
        assert target["status"] in {"PASS", "MISS"}
        assert target["value"] > 0


def test_rows_carry_values_and_ratios_for_each_contender(report: Dict[str, Any]) -> None:
    rows = {row["key"]: row for row in report["rows"]}
    for key in ("client_cpu_ms", "request_cpu_us", "sse_chunks_per_s_cpu", "rss_mb", "async_rps"):
        assert set(rows[key]["values"]) == {"openwire", "openai", "httpx"}
        assert set(rows[key]["ratios"]) == {"openwire/openai", "openwire/httpx", "openai/httpx"}
        assert all(value > 0 for value in rows[key]["values"].values())


def test_import_openwire_does_not_load_pydantic(report: Dict[str, Any]) -> None:
    assert report["results"]["import"]["import_openwire_loads_pydantic"] is False
