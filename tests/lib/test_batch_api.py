"""``openwire.batch`` through the Batch API, sync and async, over a socket to the local server:
split, upload, poll, download, retry failed lines in a new batch, resume from the state file."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List

import pytest

from openwire import AsyncAzureOpenAI, AsyncOpenAI, InternalServerError, OpenAI, batch
from openwire.local import LocalServer
from openwire.types.chat import ChatCompletion

Run = Callable[..., batch.BatchResults]


class Crash(Exception):
    """Stands for the process dying at a chosen step."""


def requests(count: int, prefix: str = "q") -> List[Dict[str, Any]]:
    return [
        {
            "custom_id": f"{prefix}{i}",
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"question {i}"}]},
        }
        for i in range(count)
    ]


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        running.app.lifecycle_step = 0.01
        yield running


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, server: LocalServer) -> Run:
    def go(items: Any, **options: Any) -> batch.BatchResults:
        options.setdefault("mode", "api")
        options.setdefault("poll_interval", 0.01)
        if request.param == "sync":
            with OpenAI(base_url=server.url, api_key="sk-local", max_retries=0) as client:
                return batch.run(client, items, **options)

        async def main() -> batch.BatchResults:
            async with AsyncOpenAI(base_url=server.url, api_key="sk-local", max_retries=0) as client:
                return await batch.arun(client, items, **options)

        return asyncio.run(main())

    return go


def sent(server: LocalServer, method: str, path: str) -> int:
    return sum(1 for r in server.app.recorded() if r.method == method and r.path == path)


def batch_inputs(server: LocalServer) -> List[List[str]]:
    """The custom_ids of each batch created, in creation order."""
    app = server.app
    created = sorted(app.store.batches.values(), key=lambda b: b["id"])
    return [
        [json.loads(line)["custom_id"] for line in app.store.file_contents[b["input_file_id"]].splitlines()]
        for b in created
    ]


def test_results_come_back_typed_by_custom_id(run: Run, server: LocalServer, tmp_path: Path) -> None:
    phases: List[str] = []
    results = run(requests(5), results_path=tmp_path / "out.jsonl", on_progress=lambda p: phases.append(p.phase))
    assert list(results) == [f"q{i}" for i in range(5)]
    answer = results["q3"].response
    assert isinstance(answer, ChatCompletion)
    assert answer.choices[0].message.content == "You said: question 3"
    assert not results.errors
    (created,) = server.app.store.batches.values()
    assert results.usage.total_tokens == created["usage"]["total_tokens"] > 0
    assert phases[0].startswith("uploading 5 requests") and phases[-1] == "done"
    assert any(p.startswith(f"waiting for {created['id']}") for p in phases)
    written = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert sorted(line["custom_id"] for line in written) == sorted(results)


def test_inputs_over_the_line_limit_go_in_several_batches(run: Run, server: LocalServer) -> None:
    results = run(requests(10), limits=batch.Limits(max_lines=4))
    assert batch_inputs(server) == [["q0", "q1", "q2", "q3"], ["q4", "q5", "q6", "q7"], ["q8", "q9"]]
    assert len(results) == 10 and not results.errors


def test_inputs_over_the_byte_limit_go_in_several_batches(run: Run, server: LocalServer) -> None:
    line = len(json.dumps(requests(1)[0], separators=(",", ":"))) + 1
    run(requests(6), limits=batch.Limits(max_bytes=3 * line))
    assert [len(ids) for ids in batch_inputs(server)] == [3, 3]


def test_failed_lines_are_retried_in_a_new_batch(run: Run, server: LocalServer) -> None:
    server.app.faults.add("/chat/completions", custom_id="q[13]", status=500, times=2)
    results = run(requests(5))
    assert batch_inputs(server) == [["q0", "q1", "q2", "q3", "q4"], ["q1", "q3"]]
    assert not results.errors
    assert results["q1"].parse(ChatCompletion).choices[0].message.content == "You said: question 1"


def test_an_expired_batch_keeps_its_partial_output_and_resends_the_rest(run: Run, server: LocalServer) -> None:
    server.app.faults.add("/chat/completions", custom_id="q3", expire=True)
    results = run(requests(5))
    first, second = sorted(server.app.store.batches.values(), key=lambda b: b["id"])
    assert first["status"] == "expired" and first["request_counts"]["completed"] == 3
    assert batch_inputs(server)[1] == ["q3", "q4"]
    assert second["status"] == "completed"
    assert len(results) == 5 and not results.errors


def test_errors_that_another_try_cannot_fix_are_kept_per_line(run: Run, server: LocalServer) -> None:
    server.app.replies.add("question 2", error=400, message="this prompt is refused", times=None)
    results = run(requests(4))
    assert len(batch_inputs(server)) == 1
    assert list(results.errors) == ["q2"]
    error = results.errors["q2"]
    assert (error.status_code, error.message) == (400, "this prompt is refused")
    assert results["q1"].ok and not results["q2"].ok


def test_retries_stop_after_max_attempts(run: Run, server: LocalServer) -> None:
    server.app.faults.add("/chat/completions", custom_id="q0", status=503, times=None)
    results = run(requests(2), max_attempts=2)
    assert batch_inputs(server) == [["q0", "q1"], ["q0"]]
    assert results.errors["q0"].status_code == 503 and results["q1"].ok


def test_large_inputs_go_through_the_uploads_api(run: Run, server: LocalServer) -> None:
    results = run(requests(3), chunked_upload_above=100)
    assert sent(server, "POST", "/uploads") == 1 and sent(server, "POST", "/files") == 0
    assert len(results) == 3 and not results.errors


def test_a_jsonl_file_of_requests(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "requests.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in requests(3)))
    assert list(run(path)) == ["q0", "q1", "q2"]
    path.write_text('{"custom_id": "a"}\n')
    with pytest.raises(ValueError, match=r"requests.jsonl: request 1 \(a\): body must be a JSON object"):
        run(path)


# -- resuming after the process died -------------------------------------------------------------


def crash_when(prefix: str) -> Callable[[batch.BatchProgress], None]:
    def on_progress(progress: batch.BatchProgress) -> None:
        if progress.phase.startswith(prefix):
            raise Crash(progress.phase)

    return on_progress


def test_a_job_killed_while_its_batch_runs_keeps_polling_that_batch(
    run: Run, server: LocalServer, tmp_path: Path
) -> None:
    state = tmp_path / "job.json"
    with pytest.raises(Crash):
        run(requests(6), state_path=state, on_progress=crash_when("waiting for"))
    saved = json.loads(state.read_text())
    assert [c["status"] for c in saved["chunks"]] == ["submitted"]
    results = run(requests(6), state_path=state)
    assert sent(server, "POST", "/batches") == 1 and sent(server, "POST", "/files") == 1
    assert len(results) == 6 and not results.errors
    lines = (tmp_path / "job.json.results.jsonl").read_text().splitlines()
    assert sorted(json.loads(line)["custom_id"] for line in lines) == sorted(results)


def test_a_job_killed_after_its_upload_creates_the_batch_from_that_file(
    run: Run, server: LocalServer, tmp_path: Path
) -> None:
    state = tmp_path / "job.json"
    server.app.faults.add("/batches", method="POST", status=500)
    with pytest.raises(InternalServerError):
        run(requests(3), state_path=state)
    assert [c["status"] for c in json.loads(state.read_text())["chunks"]] == ["uploaded"]
    run(requests(3), state_path=state)
    assert sent(server, "POST", "/files") == 1 and len(batch_inputs(server)) == 1


def test_a_batch_created_but_not_recorded_is_found_again(run: Run, server: LocalServer, tmp_path: Path) -> None:
    state = tmp_path / "job.json"
    with pytest.raises(Crash):
        run(requests(4), state_path=state, on_progress=crash_when("waiting for"))
    # As if the process had died between creating the batch and saving its id.
    saved = json.loads(state.read_text())
    saved["chunks"][0].update(status="uploaded", batch_id=None)
    state.write_text(json.dumps(saved))
    results = run(requests(4), state_path=state)
    assert sent(server, "POST", "/batches") == 1 and len(results) == 4


def test_a_finished_job_sends_nothing_when_run_again(run: Run, server: LocalServer, tmp_path: Path) -> None:
    state = tmp_path / "job.json"
    first = run(requests(3), state_path=state)
    server.app.forget_requests()
    again = run(requests(3), state_path=state)
    assert server.app.recorded() == []
    assert {k: v.body for k, v in again.items()} == {k: v.body for k, v in first.items()}


def test_a_state_file_of_other_requests_is_refused(run: Run, tmp_path: Path) -> None:
    state = tmp_path / "job.json"
    run(requests(2), state_path=state)
    with pytest.raises(ValueError, match="belongs to other requests"):
        run(requests(3), state_path=state)


# -- which engine ----------------------------------------------------------------------------------


def test_the_engine_follows_the_provider() -> None:
    openai = OpenAI(api_key="k", base_url="https://api.openai.com/v1")
    local = OpenAI(api_key="k", base_url="http://127.0.0.1:9/v1")
    azure = AsyncAzureOpenAI(api_key="k", azure_endpoint="https://x.openai.azure.com", api_version="2024-10-21")
    assert batch.choose_mode(openai) == "api"
    assert batch.choose_mode(azure) == "api"
    assert batch.choose_mode(local) == "local"
    assert batch.choose_mode(local, provider="groq") == "api"
    assert batch.choose_mode(openai, provider="deepseek") == "local"
    assert batch.choose_mode(openai, "local") == "local" and batch.choose_mode(local, "api") == "api"
    with pytest.raises(ValueError, match="mode must be 'auto', 'api' or 'local'"):
        batch.choose_mode(local, "remote")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="concurrency must be a whole number >= 1"):
        batch.run(local, requests(1), concurrency=0)


def test_results_collected_just_before_a_crash_are_not_written_twice(
    run: Run, server: LocalServer, tmp_path: Path
) -> None:
    state = tmp_path / "job.json"
    run(requests(4), state_path=state)
    # As if the process had died after writing the results but before saving the chunk as collected.
    saved = json.loads(state.read_text())
    saved["chunks"][0]["status"] = "submitted"
    state.write_text(json.dumps(saved))
    results = run(requests(4), state_path=state)
    lines = (tmp_path / "job.json.results.jsonl").read_text().splitlines()
    assert len(lines) == 4 and len(results) == 4
    assert sent(server, "POST", "/batches") == 1


def test_azure_openai_writes_its_own_url_form(server: LocalServer) -> None:
    from openwire import AzureOpenAI

    origin = server.url[: -len("/v1")]
    with AzureOpenAI(api_key="k", azure_endpoint=origin, api_version="2024-10-21", max_retries=0) as client:
        results = batch.run(client, requests(3), poll_interval=0.01)  # auto: Azure has a Batch API
    (created,) = server.app.store.batches.values()
    assert created["endpoint"] == "/chat/completions"
    lines = server.app.store.file_contents[created["input_file_id"]].splitlines()
    assert {json.loads(line)["url"] for line in lines} == {"/chat/completions"}
    assert len(results) == 3 and not results.errors
    assert all(r.target.startswith("/openai/") for r in server.app.recorded())  # Azure URLs throughout
