"""A batch job survives its process: ``openwire batch run`` killed mid-run (SIGKILL, Ctrl-C), then run
again, leaves exactly one result per ``custom_id``, and the Batch API job pays for no batch twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Dict, List

import pytest

from openwire.local import LocalServer

COUNT = 60

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def write_requests(path: Path) -> None:
    lines = [
        {
            "custom_id": f"q{i}",
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": "deepseek-v4-flash", "messages": [{"role": "user", "content": f"question {i}"}]},
        }
        for i in range(COUNT)
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))


def command(server: LocalServer, requests: Path, out: Path, *options: str) -> List[str]:
    return [
        sys.executable,
        "-m",
        "openwire",
        "batch",
        "run",
        str(requests),
        "-o",
        str(out),
        "--base-url",
        server.url,
        "--api-key",
        "sk-local",
        "--no-progress",
        *options,
    ]


def environment() -> Dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DEEPSEEK_"))}


def wait_for(condition: Callable[[], bool], process: "subprocess.Popen[str]", seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert process.poll() is None, f"the job ended early: {process.communicate()}"
        assert time.monotonic() < deadline, "the job made no progress"
        time.sleep(0.01)


def lines_in(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def custom_ids(path: Path) -> "Counter[str]":
    return Counter(json.loads(line)["custom_id"] for line in path.read_text().splitlines())


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGINT], ids=["killed", "ctrl-c"])
def test_the_local_runner_resumes_with_one_result_per_request(tmp_path: Path, stop: int) -> None:
    requests, out = tmp_path / "requests.jsonl", tmp_path / "out.jsonl"
    write_requests(requests)
    with LocalServer(provider="deepseek") as server:
        server.app.faults.add("/chat/completions", stall=0.02, times=None)  # slow enough to be mid-run
        args = command(server, requests, out, "--provider", "deepseek", "--concurrency", "4")
        process = subprocess.Popen(args, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_for(lambda: lines_in(out) >= 10, process)
        process.send_signal(stop)
        _, stderr = process.communicate(timeout=30)
        if stop == signal.SIGINT:
            assert process.returncode == 130 and "run the same command to resume" in stderr
        assert 10 <= lines_in(out) < COUNT
        server.app.faults.clear()
        sent_before = sum(1 for r in server.app.recorded() if r.path == "/chat/completions")

        finished = subprocess.run(args, env=environment(), capture_output=True, text=True, timeout=60)
        assert finished.returncode == 0, finished.stderr
        sent_after = sum(1 for r in server.app.recorded() if r.path == "/chat/completions")
    summary = json.loads(finished.stdout)
    assert (summary["total"], summary["completed"], summary["failed"]) == (COUNT, COUNT, 0)
    counts = custom_ids(out)
    assert set(counts) == {f"q{i}" for i in range(COUNT)} and set(counts.values()) == {1}
    # The second run sent only what had no result: at most the requests in flight were sent twice.
    assert sent_after - sent_before <= COUNT - 10


def test_a_batch_api_job_killed_mid_poll_pays_for_no_batch_twice(tmp_path: Path) -> None:
    requests, out = tmp_path / "requests.jsonl", tmp_path / "out.jsonl"
    write_requests(requests)
    state = Path(f"{out}.state.json")
    with LocalServer() as server:
        server.app.lifecycle_step = 3600  # the batch stays in progress until the test lets it finish
        args = command(server, requests, out, "--mode", "api", "--poll-interval", "0.02")
        process = subprocess.Popen(args, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

        def submitted() -> bool:
            try:
                return [c["status"] for c in json.loads(state.read_text())["chunks"]] == ["submitted"]
            except (OSError, ValueError):
                return False

        wait_for(submitted, process)
        process.kill()
        process.communicate(timeout=30)
        server.app.lifecycle_step = 0.01
        finished = subprocess.run(args, env=environment(), capture_output=True, text=True, timeout=60)
        assert finished.returncode == 0, finished.stderr
        created = [r for r in server.app.recorded() if r.method == "POST" and r.path == "/batches"]
    assert len(created) == 1
    counts = custom_ids(out)
    assert len(counts) == COUNT and set(counts.values()) == {1}
