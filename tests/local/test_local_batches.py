"""Batches: read an uploaded JSONL, answer each line through the API, write output and error files."""

from __future__ import annotations

import json

import pytest

from openwire import BadRequestError, ConflictError
from openwire.local import LocalAPI
from openwire.types import Batch

from .conftest import Api
from .strict import strict


def line(custom_id: str, url: str = "/v1/chat/completions", **body: object) -> str:
    body = body or {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": custom_id}]}
    return json.dumps({"custom_id": custom_id, "method": "POST", "url": url, "body": body})


def batch_file(api: Api, *lines: str) -> str:
    data = ("\n".join(lines) + "\n").encode()
    return str(api.call(lambda c: c.files.create(file=("batch.jsonl", data), purpose="batch")).id)


def run(api: Api, file_id: str, endpoint: str = "/v1/chat/completions") -> object:
    batch = api.call(lambda c: c.batches.create(input_file_id=file_id, endpoint=endpoint, completion_window="24h"))
    statuses = [batch.status]
    while batch.status not in ("completed", "failed", "cancelled"):
        batch = api.call(lambda c, batch_id=batch.id: c.batches.retrieve(batch_id))
        statuses.append(batch.status)
    assert statuses[0] == "validating"
    return batch


def test_lines_are_answered_into_the_output_file(api: Api) -> None:
    api.app.lifecycle_step = 3600
    api.app.replies.add("bad", error=400, message="no")
    batch = run(api, batch_file(api, line("q1"), line("q2"), line("bad")))
    assert (batch.status, batch.model) == ("completed", "gpt-4o-mini")  # type: ignore[attr-defined]
    assert (batch.request_counts.total, batch.request_counts.completed, batch.request_counts.failed) == (3, 2, 1)  # type: ignore[attr-defined]
    output = api.call(lambda c: c.files.content(batch.output_file_id)).text  # type: ignore[attr-defined]
    results = [json.loads(row) for row in output.splitlines()]
    assert [r["custom_id"] for r in results] == ["q1", "q2"]
    assert results[0]["response"]["status_code"] == 200
    assert results[0]["response"]["body"]["choices"][0]["message"]["content"] == "You said: q1"
    errors = api.call(lambda c: c.files.content(batch.error_file_id)).text  # type: ignore[attr-defined]
    assert json.loads(errors)["response"]["status_code"] == 400
    assert batch.usage.total_tokens > 0  # type: ignore[attr-defined]


def test_embeddings_batch(api: Api) -> None:
    batch = run(
        api, batch_file(api, line("e1", "/v1/embeddings", model="text-embedding-3-small", input="x")), "/v1/embeddings"
    )
    assert batch.request_counts.completed == 1  # type: ignore[attr-defined]


def test_invalid_lines_fail_the_batch(api: Api) -> None:
    batch = run(api, batch_file(api, line("q1", "/v1/embeddings")))
    assert batch.status == "failed"  # type: ignore[attr-defined]
    assert batch.errors.data[0].code == "mismatched_url" and batch.errors.data[0].line == 1  # type: ignore[attr-defined]


def test_cancel_list_and_errors(api: Api) -> None:
    api.app.lifecycle_step = 3600
    file_id = batch_file(api, line("q1"))
    batch = api.call(
        lambda c: c.batches.create(input_file_id=file_id, endpoint="/v1/chat/completions", completion_window="24h")
    )
    assert api.call(lambda c: c.batches.cancel(batch.id)).status == "cancelling"
    assert api.call(lambda c: c.batches.retrieve(batch.id)).status == "cancelled"
    with pytest.raises(ConflictError):
        api.call(lambda c: c.batches.cancel(batch.id))
    assert [b.id for b in api.call(lambda c: c.batches.list()).data] == [batch.id]
    with pytest.raises(BadRequestError) as caught:
        api.call(lambda c: c.batches.create(input_file_id=file_id, endpoint="/v1/nope", completion_window="24h"))
    assert caught.value.param == "endpoint"


def test_payloads_parse_strictly(app: LocalAPI) -> None:
    body = (
        b'--x\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n--x\r\nContent-Disposition: form-data; name="file"; filename="b.jsonl"\r\n\r\n'
        + line("a").encode()
        + b"\r\n--x--\r\n"
    )
    file_id = json.loads(
        app.handle("POST", "/v1/files", body, {"content-type": "multipart/form-data; boundary=x"}).body
    )["id"]  # type: ignore[arg-type]
    request = {"input_file_id": file_id, "endpoint": "/v1/chat/completions", "completion_window": "24h"}
    batch = strict(Batch, app.handle("POST", "/v1/batches", json.dumps(request).encode()).body)
    for _ in range(4):
        batch = strict(Batch, app.handle("GET", f"/v1/batches/{batch.id}").body)
    assert batch.status == "completed"


# -- faults aimed at batch lines -------------------------------------------------------------------


def output_ids(api: Api, file_id: "str | None") -> "list[str]":
    if file_id is None:
        return []
    text = api.call(lambda c: c.files.content(file_id)).text
    return [json.loads(row)["custom_id"] for row in text.splitlines()]


def test_a_fault_with_a_custom_id_fails_that_line_only(api: Api) -> None:
    api.app.faults.add("/chat/completions", custom_id="q2", status=500)
    api.app.faults.add("/chat/completions", status=429)  # a request fault: batch lines never take it
    batch = run(api, batch_file(api, line("q1"), line("q2"), line("q3")))
    assert batch.status == "completed"  # type: ignore[attr-defined]
    assert output_ids(api, batch.output_file_id) == ["q1", "q3"]  # type: ignore[attr-defined]
    errors = api.call(lambda c: c.files.content(batch.error_file_id)).text  # type: ignore[attr-defined]
    assert json.loads(errors)["response"]["status_code"] == 500
    assert [f.hits for f in api.app.faults] == [1, 0]


def test_an_expire_fault_leaves_a_partial_output(api: Api) -> None:
    api.app.faults.add("/chat/completions", custom_id="q3", expire=True)
    file_id = batch_file(api, line("q1"), line("q2"), line("q3"), line("q4"))
    batch = api.call(
        lambda c: c.batches.create(input_file_id=file_id, endpoint="/v1/chat/completions", completion_window="24h")
    )
    while batch.status not in ("completed", "expired", "failed"):
        batch = api.call(lambda c, batch_id=batch.id: c.batches.retrieve(batch_id))
    assert batch.status == "expired" and batch.expired_at is not None
    assert (batch.request_counts.completed, batch.request_counts.failed) == (2, 2)
    assert output_ids(api, batch.output_file_id) == ["q1", "q2"]
    expired = [json.loads(row) for row in api.call(lambda c: c.files.content(batch.error_file_id)).text.splitlines()]
    assert [(e["custom_id"], e["response"], e["error"]["code"]) for e in expired] == [
        ("q3", None, "batch_expired"),
        ("q4", None, "batch_expired"),
    ]


def test_a_batch_past_its_window_expires_unanswered(api: Api) -> None:
    api.app.lifecycle_step = 3600
    file_id = batch_file(api, line("q1"))
    batch = api.call(
        lambda c: c.batches.create(input_file_id=file_id, endpoint="/v1/chat/completions", completion_window="24h")
    )
    api.app.clock.advance(25 * 3600)
    batch = api.call(lambda c: c.batches.retrieve(batch.id))
    assert batch.status == "expired" and batch.output_file_id is None
    assert output_ids(api, batch.error_file_id) == ["q1"]


def test_batch_faults_over_the_control_path(app: LocalAPI) -> None:
    from openwire.local._control import add_fault, parse_spec

    fault = add_fault(app, parse_spec("path=/chat/completions,custom_id=q*,expire=true,times=2"))
    assert (fault.custom_id, fault.expire, fault.times) == ("q*", True, 2)
    with pytest.raises(ValueError, match="expire= acts on batch lines"):
        app.faults.add("/chat/completions", expire=True)
