"""``uploads.upload_file_chunked``, sync and async, over a real socket: the Upload created, the
parts sent (a few at a time), the completion with the part ids in file order."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Dict, List

import pytest
from helper_replies import InFlight, upload
from integration_support import ClientFactory
from scripted_server import Recorded, Reply, ScriptedServer, json_reply

import openwire
from openwire.lib.uploads import DEFAULT_PART_SIZE, PART_CONCURRENCY, part_ranges, upload_source

# -- pure rules -------------------------------------------------------------------------------


def test_a_path_gives_its_name_and_size(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(b"0123456789")
    for given in (path, str(path)):
        source = upload_source(given, filename=None, bytes=None)
        assert (source.filename, source.size, source.path, source.data) == ("data.jsonl", 10, str(path), None)
    assert upload_source(path, filename="other.jsonl", bytes=10).filename == "other.jsonl"


def test_in_memory_bytes_need_a_filename() -> None:
    assert upload_source(b"abc", filename="a.bin", bytes=3).data == b"abc"
    assert upload_source(bytearray(b"abc"), filename="a.bin", bytes=None).size == 3
    with pytest.raises(TypeError, match="`filename` argument must be given for in-memory files"):
        upload_source(b"abc", filename=None, bytes=3)


def test_a_wrong_size_fails_before_anything_is_sent(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"0123")
    with pytest.raises(ValueError, match="`bytes` is 5 but the in-memory file has 3 bytes"):
        upload_source(b"abc", filename="a", bytes=5)
    with pytest.raises(ValueError, match="has 4 bytes"):
        upload_source(path, filename=None, bytes=3)


def test_anything_else_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="path or bytes"):
        upload_source(12, filename=None, bytes=None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "size, part_size, ranges",
    [
        (10, 4, [(0, 4), (4, 4), (8, 2)]),
        (8, 4, [(0, 4), (4, 4)]),
        (0, 4, []),
        (10, None, [(0, 10)]),
        (DEFAULT_PART_SIZE + 1, None, [(0, DEFAULT_PART_SIZE), (DEFAULT_PART_SIZE, 1)]),
    ],
)
def test_part_ranges(size: int, part_size: Any, ranges: Any) -> None:
    assert part_ranges(size, part_size) == ranges


@pytest.mark.parametrize("part_size", [0, -1])
def test_part_size_must_be_positive(part_size: int) -> None:
    with pytest.raises(ValueError, match="part_size"):
        part_ranges(10, part_size)


# -- over the wire ----------------------------------------------------------------------------


class UploadServer:
    """Answers the Uploads API; a part's id names its content, so the order can be checked."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.fail_part: bytes = b""

    def __call__(self, request: Recorded) -> Reply:
        if request.path == "/v1/uploads":
            body = request.json()
            return upload(bytes=body["bytes"], filename=body["filename"], purpose=body["purpose"])
        if request.path.endswith("/parts"):
            (part,) = request.multipart()
            if part.data == self.fail_part:
                return json_reply({"error": {"message": "part rejected"}}, status=400)
            return json_reply({"id": f"part_{part.data.decode()}", "object": "upload.part", "created_at": 1})
        return upload("completed", file={"id": "file-1", "object": "file"})


def parts_sent(server: ScriptedServer) -> List[Any]:
    return [
        (p.name, p.filename, p.content_type, p.data)
        for r in server.requests
        if r.path.endswith("/parts")
        for p in r.multipart()
    ]


def completion(server: ScriptedServer) -> Dict[str, Any]:
    (request,) = [r for r in server.requests if r.path.endswith("/complete")]
    assert request.path == "/v1/uploads/upload_1/complete"
    body: Dict[str, Any] = request.json()
    return body


def test_a_file_on_disk_is_sent_in_parts(server: ScriptedServer, make_client: ClientFactory, tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(b"0123456789")
    server.handler = UploadServer()
    uploads = make_client().uploads
    result = make_client.run(
        uploads.upload_file_chunked, file=path, mime_type="text/jsonl", purpose="batch", part_size=4
    )
    assert result.status == "completed"
    create = server.requests[0]
    assert (create.method, create.path, create.json()) == (
        "POST",
        "/v1/uploads",
        {"bytes": 10, "filename": "data.jsonl", "mime_type": "text/jsonl", "purpose": "batch"},
    )
    assert sorted(parts_sent(server)) == [
        ("data", "upload", "application/octet-stream", b"0123"),
        ("data", "upload", "application/octet-stream", b"4567"),
        ("data", "upload", "application/octet-stream", b"89"),
    ]
    assert completion(server) == {"part_ids": ["part_0123", "part_4567", "part_89"]}
    assert server.requests[-1].path.endswith("/complete")


def test_bytes_with_a_filename_and_an_md5(server: ScriptedServer, make_client: ClientFactory) -> None:
    server.handler = UploadServer()
    uploads = make_client().uploads
    make_client.run(
        uploads.upload_file_chunked,
        file=b"abcdefghij",
        filename="b.bin",
        bytes=10,
        mime_type="application/octet-stream",
        purpose="assistants",
        part_size=3,
        md5="e807f1fcf82d132f9bb018ca6738a19f",
    )
    assert server.requests[0].json()["filename"] == "b.bin"
    assert completion(server) == {
        "part_ids": ["part_abc", "part_def", "part_ghi", "part_j"],
        "md5": "e807f1fcf82d132f9bb018ca6738a19f",
    }


def test_one_part_by_default(server: ScriptedServer, make_client: ClientFactory) -> None:
    server.handler = UploadServer()
    uploads = make_client().uploads
    make_client.run(uploads.upload_file_chunked, file=b"0123456789", filename="f", mime_type="t", purpose="batch")
    assert [p[3] for p in parts_sent(server)] == [b"0123456789"]


def test_an_empty_file_is_completed_without_parts(server: ScriptedServer, make_client: ClientFactory) -> None:
    server.handler = UploadServer()
    uploads = make_client().uploads
    make_client.run(uploads.upload_file_chunked, file=b"", filename="e", bytes=0, mime_type="t", purpose="batch")
    assert parts_sent(server) == [] and completion(server) == {"part_ids": []}


def test_parts_are_sent_a_few_at_a_time(server: ScriptedServer, make_client: ClientFactory) -> None:
    handler = InFlight(UploadServer(), delay=0.1)
    server.handler = handler
    uploads = make_client().uploads
    data = bytes(range(48, 58)) * 2  # 20 bytes, 10 parts of 2
    make_client.run(uploads.upload_file_chunked, file=data, filename="f", mime_type="t", purpose="batch", part_size=2)
    assert 1 < handler.peak <= PART_CONCURRENCY
    assert completion(server)["part_ids"] == [f"part_{data[i : i + 2].decode()}" for i in range(0, 20, 2)]


def test_a_rejected_part_fails_the_upload_without_completing(
    server: ScriptedServer, make_client: ClientFactory
) -> None:
    handler = UploadServer()
    handler.fail_part = b"cd"
    server.handler = handler
    uploads = make_client(max_retries=0).uploads
    with pytest.raises(openwire.BadRequestError, match="part rejected"):
        make_client.run(
            uploads.upload_file_chunked, file=b"abcdef", filename="f", mime_type="t", purpose="batch", part_size=2
        )
    assert not [r for r in server.requests if r.path.endswith("/complete")]
