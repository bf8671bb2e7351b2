"""Request bodies resent on retry (JSON and multipart), raw and streamed response wrappers,
and binary responses, against a real HTTP server."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, Dict, List

import httpx
import pytest
from integration_support import ClientFactory, SleepRecorder
from scripted_server import Part, Reply, ScriptedServer, json_reply, sse_body, sse_reply

import openwire
from openwire._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from openwire._constants import RAW_RESPONSE_HEADER
from openwire._raw_response import LegacyAPIResponse
from openwire._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper

FILE_BYTES = b"line one\r\nline two\x00\xff binary tail\r\n--not-a-boundary\r\n"


class Item(openwire.BaseModel):
    id: str
    value: int = 0


# -- request bodies on retry ---------------------------------------------------------------------


def test_json_body_is_resent_byte_for_byte(
    make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.queue(json_reply({}, status=500), json_reply({}, status=429), json_reply({"id": "ok"}))
    body = {"model": "m", "messages": [{"role": "user", "content": "h\u00e9llo \U0001f600"}], "n": None, "t": 0.5}

    make_client().post("/chat/completions", cast_to=Item, body=body, options={"extra_json": {"extra": True}})

    sent = [request.body for request in server.requests]
    assert len(sent) == 3
    assert sent[0] == sent[1] == sent[2]
    assert (
        sent[0]
        == (
            '{"model":"m","messages":[{"role":"user","content":"h\u00e9llo \U0001f600"}],"n":null,"t":0.5,"extra":true}'
        ).encode()
    )
    assert "idempotency-key" not in server.requests[0].headers


def file_inputs(tmp_path: Path) -> Dict[str, Any]:
    path = tmp_path / "data.jsonl"
    path.write_bytes(FILE_BYTES)
    return {
        "bytes": (FILE_BYTES, "upload", None),
        "bytesio": (io.BytesIO(FILE_BYTES), "upload", None),
        "path": (path, "data.jsonl", None),
        "open-file": (path.open("rb"), "data.jsonl", None),
        "tuple": (("named.txt", FILE_BYTES, "text/plain"), "named.txt", "text/plain"),
        "tuple-path": (("renamed.bin", path), "renamed.bin", None),
    }


@pytest.mark.parametrize("kind", ["bytes", "bytesio", "path", "open-file", "tuple", "tuple-path"])
def test_multipart_retry_resends_every_field_and_the_whole_file(
    make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder, tmp_path: Path, kind: str
) -> None:
    content, filename, content_type = file_inputs(tmp_path)[kind]
    server.queue(json_reply({}, status=503), json_reply({"id": "file-1"}))

    result = make_client().post(
        "/files",
        cast_to=Item,
        body={"purpose": "fine-tune", "tags": ["a", "b"], "meta": {"k": "v"}},
        files=[("file", content)],
    )

    assert result.id == "file-1"
    first, second = server.requests
    assert first.headers["content-type"].startswith("multipart/form-data; boundary=")
    parts: List[Part] = first.multipart()
    assert [(p.name, p.filename, p.data) for p in parts] == [
        ("purpose", None, b"fine-tune"),
        ("tags[]", None, b"a"),
        ("tags[]", None, b"b"),
        ("meta[k]", None, b"v"),
        ("file", filename, FILE_BYTES),
    ]
    if content_type is not None:
        assert parts[-1].content_type == content_type
    assert [(p.name, p.filename, p.content_type, p.data) for p in second.multipart()] == [
        (p.name, p.filename, p.content_type, p.data) for p in parts
    ]
    assert int(first.headers["content-length"]) == len(first.body)


def test_wrong_file_type_is_rejected_before_sending(make_client: ClientFactory, server: ScriptedServer) -> None:
    with pytest.raises(TypeError, match="`file`"):
        make_client().post("/files", cast_to=Item, body={}, files=[("file", 12345)])

    assert server.requests == []


# -- raw responses -------------------------------------------------------------------------------

RAW: Dict[str, Any] = {"headers": {RAW_RESPONSE_HEADER: "raw"}}
LAZY: Dict[str, Any] = {"headers": {RAW_RESPONSE_HEADER: "stream"}}


def test_raw_response_after_a_retry(make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder) -> None:
    server.queue(json_reply({}, status=500), json_reply({"id": "raw", "value": 5}, headers={"x-request-id": "req_9"}))

    raw = make_client().post("/things", cast_to=Item, body={"a": 1}, options=RAW)

    assert isinstance(raw, LegacyAPIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req_9"
    assert raw.retries_taken == 1
    assert raw.http_request.method == "POST"
    assert raw.http_request.url == httpx.URL(server.url + "/things")
    # parse() is a plain method on both clients (not awaitable), and its result is cached.
    item = raw.parse()
    assert (item.id, item.value, item._request_id) == ("raw", 5, "req_9")
    assert raw.parse() is item
    assert raw.parse(to=dict) == {"id": "raw", "value": 5}
    assert RAW_RESPONSE_HEADER.lower() not in server.requests[0].headers


def test_raw_response_of_a_stream(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(sse_reply([sse_body({"id": "s1"}, {"id": "s2"})]))
    client = make_client()
    stream_cls = openwire.Stream[Item] if make_client.mode == "sync" else openwire.AsyncStream[Item]

    raw = client.post("/chat", cast_to=Item, body={}, stream=True, stream_cls=stream_cls, options=RAW)
    stream = raw.parse()

    assert isinstance(stream, stream_cls.__origin__)  # type: ignore[attr-defined]
    if make_client.mode == "sync":
        items = list(stream)
    else:

        async def collect() -> List[Item]:
            return [item async for item in stream]

        items = make_client.run(collect)
    assert items == [Item(id="s1"), Item(id="s2")]


# -- streamed (lazy) responses -------------------------------------------------------------------


def test_sync_streamed_response_reads_lazily(server: ScriptedServer) -> None:
    lines = [b'{"id": "x",', b' "value": 3}\n', b"second line\n"]
    server.queue(
        Reply(headers={"content-type": "application/json"}, chunks=lines, pause=0.01),
        json_reply({"id": "y"}),
        json_reply({"id": "z"}, headers={"x-request-id": "req_z"}),
    )
    with openwire.OpenAI(api_key="sk", base_url=server.url) as client:

        def create(*, body: object, extra_headers: Any = None) -> Item:
            result: Item = client.post("/things", cast_to=Item, body=body, options={"headers": extra_headers or {}})
            return result

        with to_streamed_response_wrapper(create)(body={"q": 1}) as response:
            assert response.status_code == 200
            assert not response.is_closed
            assert list(response.iter_lines()) == ['{"id": "x", "value": 3}', "second line"]
        assert response.is_closed

        with to_streamed_response_wrapper(create)(body={}) as response:
            assert response.parse() == Item(id="y")
            assert response.json() == {"id": "y"}
            assert response.retries_taken == 0

        raw = to_raw_response_wrapper(create)(body={})
        assert raw.request_id == "req_z"
        assert raw.parse().id == "z"

    assert server.requests[0].json() == {"q": 1}
    assert RAW_RESPONSE_HEADER.lower() not in server.requests[0].headers


@pytest.mark.anyio
async def test_async_streamed_response_methods_are_awaitable(server: ScriptedServer) -> None:
    server.queue(
        Reply(headers={"content-type": "application/json"}, chunks=[b'{"id": "a"', b', "value": 2}'], pause=0.01),
        json_reply({"id": "b"}),
        json_reply({"id": "c"}, headers={"x-request-id": "req_c"}),
    )
    async with openwire.AsyncOpenAI(api_key="sk", base_url=server.url) as client:

        async def create(*, extra_headers: Any = None) -> Item:
            result: Item = await client.post("/things", cast_to=Item, body={}, options={"headers": extra_headers or {}})
            return result

        async with async_to_streamed_response_wrapper(create)() as response:
            assert response.status_code == 200
            chunks = [chunk async for chunk in response.iter_bytes()]
            assert b"".join(chunks) == b'{"id": "a", "value": 2}'
        assert response.is_closed

        async with async_to_streamed_response_wrapper(create)() as response:
            assert await response.text() == '{"id": "b"}'
            assert await response.parse() == Item(id="b")

        raw = await async_to_raw_response_wrapper(create)()
        assert raw.request_id == "req_c"
        assert raw.parse().id == "c"  # a plain method, not awaitable


# -- binary responses ----------------------------------------------------------------------------

AUDIO = bytes(range(256)) * 64


def test_binary_response_to_file(make_client: ClientFactory, server: ScriptedServer, tmp_path: Path) -> None:
    pieces = [AUDIO[i : i + 4000] for i in range(0, len(AUDIO), 4000)]
    server.queue(Reply(headers={"content-type": "audio/mpeg"}, chunks=pieces), Reply(body=AUDIO))
    client = make_client()

    chunked = client.post("/audio/speech", cast_to=openwire.HttpxBinaryResponseContent, body={"input": "hi"})
    plain = client.get("/files/f/content", cast_to=openwire.HttpxBinaryResponseContent)

    assert chunked.content == AUDIO
    assert chunked.response.headers["content-type"] == "audio/mpeg"
    chunked.write_to_file(tmp_path / "a.mp3")
    plain.stream_to_file(tmp_path / "b.mp3", chunk_size=1000)
    assert (tmp_path / "a.mp3").read_bytes() == AUDIO
    assert (tmp_path / "b.mp3").read_bytes() == AUDIO
    assert server.requests[0].headers["accept"] == "application/json"


@pytest.mark.anyio
async def test_async_binary_response_to_file(server: ScriptedServer, tmp_path: Path) -> None:
    server.queue(Reply(headers={"content-type": "audio/mpeg"}, chunks=[AUDIO[:5000], AUDIO[5000:]], pause=0.01))
    async with openwire.AsyncOpenAI(api_key="sk", base_url=server.url) as client:
        audio = await client.post("/audio/speech", cast_to=openwire.HttpxBinaryResponseContent, body={})

        await audio.astream_to_file(tmp_path / "a.mp3", chunk_size=777)
        audio.write_to_file(tmp_path / "b.mp3")

    assert (tmp_path / "a.mp3").read_bytes() == AUDIO
    assert (tmp_path / "b.mp3").read_bytes() == AUDIO


@pytest.mark.anyio
async def test_async_client_reads_paths_without_blocking(
    server: ScriptedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import anyio

    path = tmp_path / "upload.bin"
    path.write_bytes(FILE_BYTES)
    read_by_anyio: List[str] = []
    original = anyio.Path.read_bytes

    async def read_bytes(self: Any) -> bytes:
        read_by_anyio.append(str(self))
        return await original(self)

    monkeypatch.setattr(anyio.Path, "read_bytes", read_bytes)
    server.queue(json_reply({"id": "f"}))
    async with openwire.AsyncOpenAI(api_key="sk", base_url=server.url) as client:
        await client.post("/files", cast_to=Item, body={"purpose": "x"}, files={"file": path})

    assert read_by_anyio == [str(path)]
    assert server.requests[0].multipart()[-1].data == FILE_BYTES
