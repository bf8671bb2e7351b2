"""``openwire batch run``: a JSONL of requests run as one job, offline (``--local``), resumable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import Cli, make_cli

from openwire.cli.commands.batch import render_progress
from openwire.lib.batch_results import BatchProgress, TokenUsage


@pytest.fixture
def cli() -> Cli:
    return make_cli()


def write_requests(path: Path, count: int) -> None:
    lines = [
        {
            "custom_id": f"q{i}",
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"question {i}"}]},
        }
        for i in range(count)
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))


@pytest.mark.parametrize("mode", ["api", "local"])
def test_a_job_runs_offline_and_writes_one_line_per_request(cli: Cli, tmp_path: Path, mode: str) -> None:
    requests = tmp_path / "requests.jsonl"
    write_requests(requests, 5)
    result = cli("--local", "batch", "run", str(requests), "--mode", mode, "--poll-interval", "0.01")
    assert result.returncode == 0, result.stderr
    out = tmp_path / "requests.jsonl.results.jsonl"
    summary = json.loads(result.stdout)
    assert summary["results"] == str(out)
    assert (summary["total"], summary["completed"], summary["failed"]) == (5, 5, 0)
    assert summary["usage"]["output_tokens"] > 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(line["custom_id"] for line in lines) == [f"q{i}" for i in range(5)]
    assert "batch [" in result.stderr and "5/5" in result.stderr  # the progress bar's last line

    again = cli("--local", "batch", "run", str(requests), "--mode", mode, "--no-progress")
    assert again.returncode == 0 and again.stderr == ""
    assert len(out.read_text().splitlines()) == 5  # nothing run twice


def test_a_bad_request_line_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    requests = tmp_path / "requests.jsonl"
    requests.write_text('{"custom_id": "a", "url": "/v1/chat/completions", "body": {"stream": true}}\n')
    result = cli("--local", "batch", "run", str(requests))
    assert result.returncode == 2
    assert "request 1 (a): body.stream is set" in result.stderr
    missing = cli("--local", "batch", "run", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_the_progress_line() -> None:
    progress = BatchProgress(total=10, completed=4, failed=1, phase="running", usage=TokenUsage(1000, 2345, 3345))
    line = render_progress(progress, width=10)
    assert line == "batch [#####.....]  50%  5/10 (1 failed)  3.3k tokens  running"
