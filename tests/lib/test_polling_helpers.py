"""``files.wait_for_processing`` and the ``vector_stores`` poll / upload helpers, sync and async,
over a real socket: the requests sent, when polling stops, and how long it waits."""

from __future__ import annotations

import json
from typing import Any, List

import pytest
from helper_replies import InFlight, PollSleeps, file_batch, file_object, vector_store_file
from integration_support import ClientFactory
from scripted_server import Recorded, Reply, ScriptedServer, json_reply

import openwire
from openwire._types import omit
from openwire.lib.polling import file_batch_pending, poll_delay
from openwire.types.vector_stores.vector_store_file_batch import VectorStoreFileBatch


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> PollSleeps:
    return PollSleeps().install(monkeypatch)


def requests_seen(server: ScriptedServer) -> List[Any]:
    return [(r.method, r.path, r.body and json.loads(r.body)) for r in server.requests]


# -- pure rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "given, headers, seconds",
    [
        (omit, {}, 1.0),
        (omit, {"openai-poll-after-ms": "250"}, 0.25),
        (700, {"openai-poll-after-ms": "250"}, 0.7),
        (omit, {"openai-poll-after-ms": "soon"}, 1.0),
        (omit, {"openai-poll-after-ms": "-5"}, 0.0),
    ],
)
def test_poll_delay(given: Any, headers: Any, seconds: float) -> None:
    assert poll_delay(given, headers) == seconds


@pytest.mark.parametrize(
    "status, counts, pending",
    [
        ("in_progress", {"in_progress": 2}, True),
        ("completed", {"in_progress": 0}, False),
        ("cancelled", {"in_progress": 1}, True),  # the files still settle, as in the reference
        ("in_progress", None, True),
        ("failed", None, False),
    ],
)
def test_a_file_batch_is_pending_while_files_are_in_progress(status: str, counts: Any, pending: bool) -> None:
    data: Any = {"id": "b", "status": status}
    if counts is not None:
        data["file_counts"] = counts
    assert file_batch_pending(VectorStoreFileBatch.construct(**data)) is pending


# -- files.wait_for_processing -------------------------------------------------------------------


def test_wait_for_processing_polls_until_processed(
    server: ScriptedServer, make_client: ClientFactory, waits: PollSleeps
) -> None:
    server.queue(file_object("uploaded"), file_object("uploaded"), file_object("processed"))
    client = make_client()
    file = make_client.run(client.files.wait_for_processing, "file-1", poll_interval=2.5)
    assert file.status == "processed"
    assert requests_seen(server) == [("GET", "/v1/files/file-1", b"")] * 3
    assert waits.delays == [2.5, 2.5]


@pytest.mark.parametrize("final", ["error", "deleted"])
def test_wait_for_processing_stops_at_a_final_status(
    server: ScriptedServer, make_client: ClientFactory, waits: PollSleeps, final: str
) -> None:
    server.queue(file_object("uploaded"), file_object(final))
    file = make_client.run(make_client().files.wait_for_processing, "file-1")
    assert file.status == final and waits.delays == [5.0]


def test_wait_for_processing_gives_up(server: ScriptedServer, make_client: ClientFactory, waits: PollSleeps) -> None:
    server.handler = lambda request: file_object("uploaded")
    with pytest.raises(RuntimeError, match="Giving up on waiting for file file-1 to finish processing"):
        make_client.run(make_client().files.wait_for_processing, "file-1", poll_interval=1, max_wait_seconds=0)
    assert len(server.requests) == 2 and waits.delays == [1]


# -- vector_stores.files ----------------------------------------------------------------------


def test_create_and_poll_follows_the_server_hint(
    server: ScriptedServer, make_client: ClientFactory, waits: PollSleeps
) -> None:
    server.queue(
        vector_store_file("in_progress"),
        vector_store_file("in_progress", poll_after_ms=250),
        vector_store_file("in_progress"),
        vector_store_file("completed"),
    )
    files = make_client().vector_stores.files
    result = make_client.run(
        files.create_and_poll, "file-1", vector_store_id="vs_1", attributes={"a": 1}, chunking_strategy={"type": "auto"}
    )
    assert result.status == "completed"
    assert requests_seen(server) == [
        (
            "POST",
            "/v1/vector_stores/vs_1/files",
            {"file_id": "file-1", "attributes": {"a": 1}, "chunking_strategy": {"type": "auto"}},
        ),
        *[("GET", "/v1/vector_stores/vs_1/files/file-1", b"")] * 3,
    ]
    # The hint of each response, one second without one (the reference keeps its first choice).
    assert waits.delays == [0.25, 1.0]


def test_an_explicit_poll_interval_wins(server: ScriptedServer, make_client: ClientFactory, waits: PollSleeps) -> None:
    server.queue(vector_store_file("in_progress", poll_after_ms=250), vector_store_file("failed"))
    files = make_client().vector_stores.files
    result = make_client.run(files.poll, "file-1", vector_store_id="vs_1", poll_interval_ms=700)
    assert result.status == "failed" and waits.delays == [0.7]


@pytest.mark.parametrize("status", ["completed", "failed", "cancelled", "something_new"])
def test_poll_stops_at_any_status_but_in_progress(
    server: ScriptedServer, make_client: ClientFactory, waits: PollSleeps, status: str
) -> None:
    server.queue(vector_store_file(status))
    result = make_client.run(make_client().vector_stores.files.poll, "file-1", vector_store_id="vs_1")
    assert result.status == status and len(server.requests) == 1 and waits.delays == []


def test_upload_sends_the_file_then_attaches_it(server: ScriptedServer, make_client: ClientFactory) -> None:
    server.queue(file_object("uploaded", file_id="file-up"), vector_store_file("in_progress", file_id="file-up"))
    files = make_client().vector_stores.files
    result = make_client.run(
        files.upload, vector_store_id="vs_1", file=("a.txt", b"abc"), chunking_strategy={"type": "auto"}
    )
    assert result.id == "file-up" and result.status == "in_progress"
    upload, attach = server.requests
    assert (upload.method, upload.path) == ("POST", "/v1/files")
    assert [(p.name, p.filename, p.data) for p in upload.multipart()] == [
        ("purpose", None, b"assistants"),
        ("file", "a.txt", b"abc"),
    ]
    assert (attach.path, attach.json()) == (
        "/v1/vector_stores/vs_1/files",
        {"file_id": "file-up", "chunking_strategy": {"type": "auto"}},
    )


def test_upload_and_poll(server: ScriptedServer, make_client: ClientFactory, waits: PollSleeps) -> None:
    server.queue(
        file_object("uploaded", file_id="file-up"),
        vector_store_file("in_progress", file_id="file-up"),
        vector_store_file("in_progress", file_id="file-up"),
        vector_store_file("completed", file_id="file-up"),
    )
    files = make_client().vector_stores.files
    result = make_client.run(
        files.upload_and_poll, vector_store_id="vs_1", file=b"raw", attributes={"k": "v"}, poll_interval_ms=10
    )
    assert result.status == "completed"
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/v1/files"),
        ("POST", "/v1/vector_stores/vs_1/files"),
        ("GET", "/v1/vector_stores/vs_1/files/file-up"),
        ("GET", "/v1/vector_stores/vs_1/files/file-up"),
    ]
    assert server.requests[1].json() == {"file_id": "file-up", "attributes": {"k": "v"}}
    assert waits.delays == [0.01]


# -- vector_stores.file_batches -----------------------------------------------------------------


def test_file_batch_create_and_poll(server: ScriptedServer, make_client: ClientFactory, waits: PollSleeps) -> None:
    server.queue(
        file_batch("in_progress", in_progress=2),
        file_batch("in_progress", in_progress=2, poll_after_ms=30),
        file_batch("completed", in_progress=1),
        file_batch("completed", in_progress=0),
    )
    batches = make_client().vector_stores.file_batches
    result = make_client.run(batches.create_and_poll, "vs_1", file_ids=["a", "b"], attributes={"x": True})
    assert result.status == "completed" and result.file_counts.in_progress == 0
    assert requests_seen(server) == [
        ("POST", "/v1/vector_stores/vs_1/file_batches", {"attributes": {"x": True}, "file_ids": ["a", "b"]}),
        *[("GET", "/v1/vector_stores/vs_1/file_batches/vsfb_1", b"")] * 3,
    ]
    assert waits.delays == [0.03, 1.0]


def test_file_batch_poll_without_counts_follows_the_status(
    server: ScriptedServer, make_client: ClientFactory, waits: PollSleeps
) -> None:
    server.queue(file_batch("in_progress", in_progress=None), file_batch("failed", in_progress=None))
    result = make_client.run(make_client().vector_stores.file_batches.poll, "vsfb_1", vector_store_id="vs_1")
    assert result.status == "failed" and waits.delays == [1.0]


def uploads_then_batch(request: Recorded) -> Reply:
    if request.path == "/v1/files":
        name = next(p.filename for p in request.multipart() if p.name == "file")
        return file_object("uploaded", file_id=f"file-{name}")
    return file_batch("completed", in_progress=0)


def test_file_batch_upload_and_poll(server: ScriptedServer, make_client: ClientFactory, tmp_path: Any) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(b"# notes")
    server.handler = uploads_then_batch
    batches = make_client().vector_stores.file_batches
    files = [("a.txt", b"a"), path, ("c.txt", b"c", "text/x")]
    result = make_client.run(
        batches.upload_and_poll, "vs_1", files=files, file_ids=["pre"], chunking_strategy={"type": "auto"}
    )
    assert result.status == "completed"
    uploads = [r for r in server.requests if r.path == "/v1/files"]
    assert sorted((p.filename, p.content_type, p.data) for r in uploads for p in r.multipart() if p.name == "file") == [
        ("a.txt", "text/plain", b"a"),
        ("c.txt", "text/x", b"c"),
        ("notes.md", "text/markdown", b"# notes"),
    ]
    create = next(r for r in server.requests if r.path == "/v1/vector_stores/vs_1/file_batches")
    # The given ids, then the uploaded files in the order they were passed.
    assert create.json() == {
        "chunking_strategy": {"type": "auto"},
        "file_ids": ["pre", "file-a.txt", "file-notes.md", "file-c.txt"],
    }


def test_file_batch_uploads_respect_max_concurrency(server: ScriptedServer, make_client: ClientFactory) -> None:
    handler = InFlight(uploads_then_batch)
    server.handler = handler
    batches = make_client().vector_stores.file_batches
    files = [(f"{index}.txt", b"x") for index in range(6)]
    make_client.run(batches.upload_and_poll, "vs_1", files=files, max_concurrency=2)
    assert handler.peak == 2


def test_a_failed_upload_is_raised_as_is_and_no_batch_is_created(
    server: ScriptedServer, make_client: ClientFactory
) -> None:
    def handler(request: Recorded) -> Reply:
        name = next(p.filename for p in request.multipart() if p.name == "file")
        if name == "bad.txt":
            return json_reply({"error": {"message": "bad file"}}, status=400)
        return uploads_then_batch(request)

    server.handler = handler
    batches = make_client(max_retries=0).vector_stores.file_batches
    with pytest.raises(openwire.BadRequestError, match="bad file"):
        make_client.run(batches.upload_and_poll, "vs_1", files=[("ok.txt", b"1"), ("bad.txt", b"2")])
    assert all(r.path == "/v1/files" for r in server.requests)
