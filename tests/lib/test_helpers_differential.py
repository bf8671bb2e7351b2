"""The polling and upload helpers against the reference (``openai`` 2.54.0, black box): the same
scenario through both SDKs, sync and async, against the same scripted server must send the
same requests (method, path, query, shared headers, JSON bodies and multipart parts) and give
the same result.

Where requests run concurrently (file uploads of a batch; parts of an upload), their order on
the wire is not defined: those are compared as sets, and the ids that follow are compared in
the order each SDK defines (openwire: the order the files were given; the reference: the order
the uploads finished).
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
import threading
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

import openai
import pytest
from helper_replies import file_batch, file_object, upload, vector_store_file
from scripted_server import Recorded, Reply, ScriptedServer, json_reply

import openwire

SHARED_HEADERS = ("authorization", "accept", "content-type", "openai-organization", "openai-project")

Handler = Callable[[Recorded], Reply]


def scripted(*replies: Callable[[Recorded], Reply]) -> Handler:
    """Answer the n-th request with the n-th reply factory (the last one repeats)."""
    lock = threading.Lock()
    count = [0]

    def handle(request: Recorded) -> Reply:
        with lock:
            index = min(count[0], len(replies) - 1)
            count[0] += 1
        return replies[index](request)

    return handle


def by_path(request: Recorded) -> Reply:
    """Deterministic answers for uploads: ids derived from what was sent."""
    if request.path == "/v1/files":
        name = next(p.filename for p in request.multipart() if p.name == "file")
        return file_object("uploaded", file_id=f"file-{name}")
    if request.path == "/v1/uploads":
        body = request.json()
        return upload(bytes=body["bytes"], filename=body["filename"], purpose=body["purpose"])
    if request.path.endswith("/parts"):
        (part,) = request.multipart()
        return json_reply({"id": f"part_{part.data.decode()}", "object": "upload.part", "created_at": 1})
    if request.path.endswith("/complete"):
        return upload("completed")
    if request.path.endswith("/file_batches") and request.method == "POST":
        return file_batch("in_progress", in_progress=1)
    return file_batch("completed", in_progress=0, poll_after_ms=1)


def on_the_wire(request: Recorded) -> Dict[str, Any]:
    view: Dict[str, Any] = {
        "method": request.method,
        "path": request.path,
        "query": request.query,
        "headers": {name: request.headers.get(name) for name in SHARED_HEADERS},
    }
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        view["headers"]["content-type"] = "multipart/form-data"
        view["parts"] = sorted(
            (p.name or "", p.filename or "", p.content_type or "", p.data) for p in request.multipart()
        )
    else:
        view["body"] = json.loads(request.body) if request.body else None
    return view


def run(
    server: ScriptedServer, sdk: Any, mode: str, handler: Handler, call: Callable[[Any], Any]
) -> Tuple[List[Any], Any]:
    start = len(server.requests)
    server.handler = handler
    options = {"api_key": "sk-diff", "base_url": server.url, "max_retries": 0}
    try:
        if mode == "sync":
            with sdk.OpenAI(**options) as client:
                result = call(client)
        else:

            async def go() -> Any:
                client = sdk.AsyncOpenAI(**options)
                try:
                    value = call(client)
                    return await value if inspect.isawaitable(value) else value
                finally:
                    await client.close()

            result = asyncio.run(go())
    finally:
        server.handler = None
    return [on_the_wire(r) for r in server.requests[start:]], result.to_dict()


def both(
    server: ScriptedServer, mode: str, handler: Callable[[], Handler], call: Callable[[Any], Any]
) -> Tuple[Any, Any]:
    return run(server, openai, mode, handler(), call), run(server, openwire, mode, handler(), call)


MODES = ["sync", "async"]


@pytest.mark.parametrize("mode", MODES)
def test_wait_for_processing(server: ScriptedServer, mode: str) -> None:
    replies = [lambda r: file_object("uploaded"), lambda r: file_object("uploaded"), lambda r: file_object("processed")]
    theirs, ours = both(
        server, mode, lambda: scripted(*replies), lambda c: c.files.wait_for_processing("file-1", poll_interval=0.001)
    )
    assert ours == theirs


@pytest.mark.parametrize("mode", MODES)
def test_vector_store_file_create_and_poll(server: ScriptedServer, mode: str) -> None:
    replies = [
        lambda r: vector_store_file("in_progress"),
        lambda r: vector_store_file("in_progress", poll_after_ms=1),
        lambda r: vector_store_file("in_progress", poll_after_ms=1),
        lambda r: vector_store_file("completed"),
    ]
    theirs, ours = both(
        server,
        mode,
        lambda: scripted(*replies),
        lambda c: c.vector_stores.files.create_and_poll(
            "file-1", vector_store_id="vs_1", attributes={"a": 1}, chunking_strategy={"type": "auto"}
        ),
    )
    assert ours == theirs


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("final", ["failed", "cancelled", "something_new"])
def test_vector_store_file_poll(server: ScriptedServer, mode: str, final: str) -> None:
    replies = [lambda r: vector_store_file("in_progress"), lambda r: vector_store_file(final)]
    theirs, ours = both(
        server,
        mode,
        lambda: scripted(*replies),
        lambda c: c.vector_stores.files.poll("file-1", vector_store_id="vs_1", poll_interval_ms=1),
    )
    assert ours == theirs


@pytest.mark.parametrize("mode", MODES)
def test_vector_store_file_upload(server: ScriptedServer, mode: str, tmp_path: Path) -> None:
    path = tmp_path / "doc.md"
    path.write_bytes(b"# doc")
    replies = [lambda r: file_object("uploaded", file_id="file-up"), lambda r: vector_store_file("in_progress")]
    for file in (("a.txt", b"abc"), b"raw", path):
        theirs, ours = both(
            server,
            mode,
            lambda: scripted(*replies),
            lambda c, file=file: c.vector_stores.files.upload(
                vector_store_id="vs_1", file=file, chunking_strategy={"type": "auto"}
            ),
        )
        assert ours == theirs


@pytest.mark.parametrize("mode", MODES)
def test_vector_store_file_upload_and_poll(server: ScriptedServer, mode: str) -> None:
    replies = [
        lambda r: file_object("uploaded", file_id="file-up"),
        lambda r: vector_store_file("in_progress", file_id="file-up"),
        lambda r: vector_store_file("in_progress", file_id="file-up"),
        lambda r: vector_store_file("completed", file_id="file-up"),
    ]
    theirs, ours = both(
        server,
        mode,
        lambda: scripted(*replies),
        lambda c: c.vector_stores.files.upload_and_poll(
            vector_store_id="vs_1", file=("a.txt", b"abc"), attributes={"k": "v"}, poll_interval_ms=1
        ),
    )
    assert ours == theirs


@pytest.mark.parametrize("mode", MODES)
def test_file_batch_create_and_poll(server: ScriptedServer, mode: str) -> None:
    replies = [
        lambda r: file_batch("in_progress", in_progress=2),
        lambda r: file_batch("in_progress", in_progress=1, poll_after_ms=1),
        lambda r: file_batch("cancelled", in_progress=1, poll_after_ms=1),
        lambda r: file_batch("cancelled", in_progress=0),
    ]
    theirs, ours = both(
        server,
        mode,
        lambda: scripted(*replies),
        lambda c: c.vector_stores.file_batches.create_and_poll(
            "vs_1",
            file_ids=["a", "b"],
            files=[{"file_id": "c", "attributes": {"k": "v"}}],
            attributes={"x": True},
            chunking_strategy={"type": "static", "static": {"max_chunk_size_tokens": 100, "chunk_overlap_tokens": 10}},
        ),
    )
    assert ours == theirs


@pytest.mark.parametrize("mode", MODES)
def test_file_batch_poll(server: ScriptedServer, mode: str) -> None:
    replies = [lambda r: file_batch("in_progress", in_progress=1, poll_after_ms=1), lambda r: file_batch("completed")]
    theirs, ours = both(
        server,
        mode,
        lambda: scripted(*replies),
        lambda c: c.vector_stores.file_batches.poll("vsfb_1", vector_store_id="vs_1"),
    )
    assert ours == theirs


def batch_ids_as_a_set(requests: List[Dict[str, Any]], given: int) -> List[Dict[str, Any]]:
    """Uploads in any order; uploaded ids after the ``given`` ones, in any order."""
    requests = copy.deepcopy(requests)
    uploads = sorted((r for r in requests if r["path"] == "/v1/files"), key=repr)
    rest = [r for r in requests if r["path"] != "/v1/files"]
    for request in rest:
        if request["method"] == "POST":
            ids = request["body"]["file_ids"]
            request["body"]["file_ids"] = [*ids[:given], sorted(ids[given:])]
    return uploads + rest


@pytest.mark.parametrize("mode", MODES)
def test_file_batch_upload_and_poll(server: ScriptedServer, mode: str, tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(b"# notes")

    def call(client: Any) -> Any:
        files = [("a.txt", b"a"), path, ("c.txt", b"c", "text/x"), b"raw"]
        return client.vector_stores.file_batches.upload_and_poll(
            "vs_1", files=files, file_ids=["pre1", "pre2"], max_concurrency=2, chunking_strategy={"type": "auto"}
        )

    (their_requests, their_result), (our_requests, our_result) = both(server, mode, lambda: by_path, call)
    assert batch_ids_as_a_set(our_requests, 2) == batch_ids_as_a_set(their_requests, 2)
    assert our_result == their_result
    create = next(r for r in our_requests if r["path"].endswith("/file_batches"))
    assert create["body"]["file_ids"] == ["pre1", "pre2", "file-a.txt", "file-notes.md", "file-c.txt", "file-upload"]


def parts_as_a_set(requests: List[Dict[str, Any]]) -> List[Any]:
    parts = sorted((r for r in requests if r["path"].endswith("/parts")), key=repr)
    return [r for r in requests if not r["path"].endswith("/parts")] + parts


@pytest.mark.parametrize("mode", MODES)
def test_upload_file_chunked_from_a_path(server: ScriptedServer, mode: str, tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(b"0123456789")
    (their_requests, their_result), (our_requests, our_result) = both(
        server,
        mode,
        lambda: by_path,
        lambda c: c.uploads.upload_file_chunked(
            file=path, mime_type="text/jsonl", purpose="batch", part_size=4, md5="abc"
        ),
    )
    assert parts_as_a_set(our_requests) == parts_as_a_set(their_requests)
    assert our_result == their_result
    assert our_requests[-1]["body"] == {"part_ids": ["part_0123", "part_4567", "part_89"], "md5": "abc"}


@pytest.mark.parametrize("mode", MODES)
def test_upload_file_chunked_from_bytes(server: ScriptedServer, mode: str) -> None:
    (their_requests, their_result), (our_requests, our_result) = both(
        server,
        mode,
        lambda: by_path,
        lambda c: c.uploads.upload_file_chunked(
            file=b"abcdefghij", filename="b.bin", bytes=10, mime_type="application/octet-stream", purpose="assistants"
        ),
    )
    assert our_requests == their_requests and our_result == their_result
