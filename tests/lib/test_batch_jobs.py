"""Batch jobs without I/O: request lines, splitting to limits, result lines, the files kept on disk."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Dict

import pytest

from openwire.lib.batch_jobs import (
    BatchRequest,
    Limits,
    as_requests,
    parse_jsonl,
    split,
    to_jsonl,
)
from openwire.lib.batch_results import (
    BatchError,
    BatchProgress,
    BatchResult,
    BatchResults,
    TokenUsage,
    finished_batch_results,
    result_from_line,
    result_line,
    retryable,
)
from openwire.lib.batch_state import Chunk, JobState, ResultsFile, fingerprint
from openwire.types.chat import ChatCompletion
from openwire.types.create_embedding_response import CreateEmbeddingResponse


def chat(custom_id: str, text: str = "hi") -> Dict[str, Any]:
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]}
    return {"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions", "body": body}


COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o-mini",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hello"}}],
    "usage": {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8},
}

# -- requests ---------------------------------------------------------------------------------


def test_lines_and_objects_make_the_same_requests() -> None:
    built = BatchRequest("a", {"model": "m", "messages": []})
    (from_line,) = as_requests([json.loads(built.line())])
    assert from_line == built
    assert built.path == "/chat/completions"
    assert built.line().endswith(b"\n") and b"\n" not in built.line()[:-1]


@pytest.mark.parametrize(
    "line, message",
    [
        ({**chat("a"), "custom_id": ""}, "custom_id must be a non-empty string"),
        ({**chat("a"), "method": "GET"}, r"\(a\): method must be 'POST'"),
        ({**chat("a"), "url": "/v1/images/edits"}, "url '/v1/images/edits' is not one of"),
        ({**chat("a"), "body": "hi"}, "body must be a JSON object"),
        ({**chat("a"), "body": {"model": "m", "stream": True}}, "body.stream is set"),
        ({**chat("a"), "extra": 1}, "unknown key 'extra'"),
        ("not an object", "a request is a JSON object"),
    ],
)
def test_a_bad_request_is_named_before_anything_is_sent(line: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        as_requests([chat("ok"), line])
    with pytest.raises(ValueError, match="request 2"):
        as_requests([chat("ok"), line])


def test_custom_ids_must_be_unique() -> None:
    with pytest.raises(ValueError, match="request 3: custom_id 'a' is already used by request 1"):
        as_requests([chat("a"), chat("b"), chat("a")])


# -- splitting to the provider's limits --------------------------------------------------------


def test_groups_respect_the_line_limit_and_keep_order() -> None:
    requests = as_requests(chat(f"q{i}") for i in range(7))
    groups = split(requests, Limits(max_lines=3))
    assert [[r.custom_id for r in g] for g in groups] == [["q0", "q1", "q2"], ["q3", "q4", "q5"], ["q6"]]


def test_groups_respect_the_byte_limit() -> None:
    requests = as_requests(chat(f"q{i}", "x" * 100) for i in range(6))
    size = len(requests[0].line())
    groups = split(requests, Limits(max_bytes=size * 2 + 1))
    assert [len(g) for g in groups] == [2, 2, 2]
    assert all(len(to_jsonl(g)) <= size * 2 + 1 for g in groups)


def test_one_endpoint_per_group() -> None:
    embed = {"custom_id": "e", "url": "/v1/embeddings", "body": {"model": "m", "input": "x"}}
    groups = split(as_requests([chat("a"), embed, chat("b")]), Limits())
    assert [[r.custom_id for r in g] for g in groups] == [["a", "b"], ["e"]]


def test_embedding_inputs_are_counted_across_lines() -> None:
    def embed(custom_id: str, given: object) -> Dict[str, Any]:
        return {"custom_id": custom_id, "url": "/v1/embeddings", "body": {"model": "m", "input": given}}

    items = [embed("a", ["x", "y", "z"]), embed("b", "one"), embed("c", [1, 2, 3]), embed("d", ["p", "q"])]
    groups = split(as_requests(items), Limits(max_embedding_inputs=5))
    assert [[r.custom_id for r in g] for g in groups] == [["a", "b", "c"], ["d"]]  # token ids are one input
    with pytest.raises(ValueError, match="6 embedding inputs, limit 5"):
        split(as_requests([embed("big", list("abcdef"))]), Limits(max_embedding_inputs=5))


def test_a_request_bigger_than_a_batch_is_refused() -> None:
    with pytest.raises(ValueError, match=r"request 'big' is more than a whole batch may hold \(\d+ bytes, limit 100"):
        split(as_requests([chat("big", "x" * 500)]), Limits(max_bytes=100))


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        Limits(max_lines=0)


# -- results ----------------------------------------------------------------------------------


def test_an_output_line_parses_into_the_endpoint_type() -> None:
    line = {"id": "r1", "custom_id": "a", "response": {"status_code": 200, "body": COMPLETION}, "error": None}
    result = result_from_line(line, "/v1/chat/completions")
    assert result.ok and isinstance(result.response, ChatCompletion)
    assert result.response.choices[0].message.content == "hello"
    assert result.usage() == TokenUsage(3, 5, 8)
    embedding = BatchResult("e", "/v1/embeddings", 200, {"object": "list", "data": [], "model": "m"})
    assert isinstance(embedding.response, CreateEmbeddingResponse)


def test_an_error_line_keeps_the_status_and_message() -> None:
    body = {"error": {"message": "bad prompt", "type": "invalid_request_error", "code": "bad"}}
    result = result_from_line({"custom_id": "a", "response": {"status_code": 400, "body": body}}, "/v1/responses")
    assert not result.ok
    assert result.error == BatchError("bad", "bad prompt", 400)
    with pytest.raises(ValueError, match="request 'a' failed: bad prompt"):
        result.response  # noqa: B018
    assert not retryable(result)
    expired = result_from_line({"custom_id": "b", "response": None, "error": {"code": "batch_expired"}}, "u")
    assert expired.error is not None and expired.error.code == "batch_expired" and retryable(expired)


@pytest.mark.parametrize("status, again", [(429, True), (500, True), (503, True), (408, True), (400, False)])
def test_which_statuses_are_worth_another_try(status: int, again: bool) -> None:
    assert retryable(BatchResult("a", "u", status, {"error": {"message": "x"}}, BatchError(None, "x", status))) is again


def test_result_lines_round_trip() -> None:
    result = BatchResult("a", "/v1/chat/completions", 200, COMPLETION)
    assert result_from_line(json.loads(result_line(result)), "ignored") == result
    failed = BatchResult("b", "/v1/embeddings", None, None, BatchError("batch_expired", "late"))
    assert result_from_line(json.loads(result_line(failed)), "ignored") == failed


def test_a_finished_batch_gives_a_result_for_every_request() -> None:
    outputs = [{"custom_id": "a", "response": {"status_code": 200, "body": COMPLETION}}]
    errors = [{"custom_id": "b", "response": {"status_code": 500, "body": {"error": {"message": "boom"}}}}]
    stray = [{"custom_id": "zz", "response": {"status_code": 200, "body": COMPLETION}}]
    results = finished_batch_results(["a", "b", "c"], "/v1/chat/completions", "expired", outputs + stray, errors)
    assert [r.custom_id for r in results] == ["a", "b", "c"]
    assert results[0].ok and results[1].status_code == 500
    assert results[2].error == BatchError("batch_expired", "the batch ended (expired) before answering this request")
    failed = finished_batch_results(["a"], "u", "failed", [], [], "Line 1: bad url")
    assert failed[0].error == BatchError("batch_failed", "Line 1: bad url")


def test_progress_and_results_count_tokens() -> None:
    ok = BatchResult("a", "/v1/chat/completions", 200, COMPLETION)
    bad = BatchResult("b", "/v1/chat/completions", 400, None, BatchError("x", "no", 400))
    progress = BatchProgress(total=3)
    progress.record(ok)
    progress.record(bad)
    assert (progress.completed, progress.failed, progress.pending, progress.usage.total_tokens) == (1, 1, 1, 8)
    results = BatchResults(["b", "a", "missing"], {"a": ok, "b": bad})
    assert list(results) == ["b", "a"] and results.errors == {"b": bad.error}
    assert results.usage == TokenUsage(3, 5, 8)
    assert TokenUsage.of({"input_tokens": 2, "output_tokens": 4}) == TokenUsage(2, 4, 6)


def test_jsonl_names_the_bad_line() -> None:
    assert parse_jsonl(b'{"a": 1}\n\n{"b": 2}\n', "f") == [{"a": 1}, {"b": 2}]
    with pytest.raises(ValueError, match="f, line 2: not JSON"):
        parse_jsonl(b'{"a": 1}\n{oops\n', "f")


# -- the files kept on disk -------------------------------------------------------------------


def test_the_results_file_keeps_whole_lines_and_cuts_a_torn_one(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    first = BatchResult("a", "/v1/chat/completions", 200, COMPLETION)
    written = ResultsFile(path)
    written.append([first])
    written.close()
    with open(path, "ab") as handle:  # a process killed while writing its next line
        handle.write(result_line(BatchResult("b", "/v1/chat/completions", 200, COMPLETION))[:40])
    reread = ResultsFile(path)
    assert reread.load() == {"a": first}
    reread.append([BatchResult("c", "/v1/chat/completions", 200, COMPLETION)])
    reread.close()
    assert list(ResultsFile(path).load()) == ["a", "c"]


def test_a_results_file_that_is_not_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    path.write_text('{"no": "custom id"}\n')
    with pytest.raises(ValueError, match="line 1: not a result line"):
        ResultsFile(path).load()


def test_the_state_file_is_replaced_whole(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    requests = as_requests([chat("a"), chat("b")])
    state = JobState(fingerprint(requests), [Chunk(["a"], "/v1/chat/completions", "submitted", "file-1", "batch_1")])
    state.attempts["b"] = 1
    state.save(path)
    assert not os.path.exists(f"{path}.tmp")
    loaded = JobState.load(path, fingerprint(requests))
    assert loaded == state and loaded.live_ids() == {"a"}
    with pytest.raises(ValueError, match="belongs to other requests"):
        JobState.load(path, fingerprint(requests[:1]))
    path.write_text("[1, 2]")
    with pytest.raises(ValueError, match="is not a batch job state"):
        JobState.load(path, fingerprint(requests))
    assert JobState.load(tmp_path / "absent.json", "x") == JobState("x")
