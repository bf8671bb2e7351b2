"""Server-Sent Events over real sockets: any chunking, ``[DONE]``, errors inside the stream,
streams cut short, connection release and reuse, and no retry once the body has started."""

from __future__ import annotations

from typing import Any, List

import httpx
import pytest
from integration_support import ClientFactory, SleepRecorder
from scripted_server import Reply, ScriptedServer, json_reply, sse_body, sse_reply

import openwire


class Chunk(openwire.BaseModel):
    id: str
    n: int = 0


EVENTS = [{"id": "a", "n": 1}, {"id": "b", "n": 2}, {"id": "c", "n": 3}]
EXPECTED = [Chunk(id="a", n=1), Chunk(id="b", n=2), Chunk(id="c", n=3)]


def open_stream(client: Any, **options: Any) -> Any:
    stream_cls = openwire.Stream[Chunk] if isinstance(client, openwire.OpenAI) else openwire.AsyncStream[Chunk]
    return client.post(
        "/chat/completions",
        cast_to=Chunk,
        body={"stream": True},
        stream=True,
        stream_cls=stream_cls,
        options=options,
    )


def drain(factory: ClientFactory, stream: Any, into: List[Any], limit: int | None = None) -> List[Any]:
    """Append the stream's items to ``into`` (so a test sees those before an error)."""

    if factory.mode == "sync":
        for item in stream:
            into.append(item)
            if limit is not None and len(into) >= limit:
                break
        return into

    async def collect() -> List[Any]:
        async for item in stream:
            into.append(item)
            if limit is not None and len(into) >= limit:
                break
        return into

    result: List[Any] = factory.run(collect)
    return result


def test_stream_yields_typed_items_until_done(make_client: ClientFactory, server: ScriptedServer) -> None:
    body = sse_body(*EVENTS) + sse_body({"id": "after-done"}, done=False)
    server.queue(sse_reply([body[:40], body[40:]], pause=0.01))
    client = make_client()

    stream = open_stream(client)

    assert drain(make_client, stream, []) == EXPECTED
    assert stream.response.is_closed
    request = server.requests[0]
    assert request.json() == {"stream": True}
    assert request.headers["accept"] == "application/json"


def test_stream_delivered_one_byte_at_a_time(make_client: ClientFactory, server: ScriptedServer) -> None:
    body = sse_body(*EVENTS)
    server.queue(sse_reply([body[i : i + 1] for i in range(len(body))], pause=0.001))

    assert drain(make_client, open_stream(make_client()), []) == EXPECTED


def test_stream_cut_at_every_boundary(make_client: ClientFactory, server: ScriptedServer) -> None:
    body = sse_body({"id": "x", "n": 7}, "[1]"[:0] + '{"id": "y"}', newline="\r\n")
    client = make_client()
    for cut in range(1, len(body)):
        server.queue(sse_reply([body[:cut], body[cut:]], pause=0.002))
        items = drain(make_client, open_stream(client), [])
        assert items == [Chunk(id="x", n=7), Chunk(id="y")], f"cut at byte {cut}"
    # Every stream was read to its end, so one connection served them all.
    assert server.connections == 1


def test_stream_line_endings_comments_and_multiline_data(make_client: ClientFactory, server: ScriptedServer) -> None:
    pieces = [
        b": keep-alive comment\r\n\r\n",
        b'event: message\rid: 7\rdata: {"id":\rdata: "a"}\r\r',
        b'retry: 100\ndata: {"id": "b",\ndata: "n": 2}\n\n',
        b"data: [DONE]\r\n\r\n",
    ]
    server.queue(sse_reply(pieces, pause=0.005))

    assert drain(make_client, open_stream(make_client()), []) == [Chunk(id="a"), Chunk(id="b", n=2)]


def test_error_event_raises_api_error(make_client: ClientFactory, server: ScriptedServer) -> None:
    error = {"message": "The server had an error", "type": "server_error", "code": None}
    body = sse_body(EVENTS[0], {"error": error}, EVENTS[1])
    server.queue(sse_reply([body], pause=0.0))
    stream = open_stream(make_client())
    items: List[Any] = []

    with pytest.raises(openwire.APIError) as info:
        drain(make_client, stream, items)

    assert items == EXPECTED[:1]
    assert type(info.value) is openwire.APIError
    assert info.value.message == "The server had an error"
    assert info.value.body == error
    assert info.value.type == "server_error"
    assert stream.response.is_closed


def test_clean_end_without_done_ends_iteration(make_client: ClientFactory, server: ScriptedServer) -> None:
    body = sse_body(*EVENTS, done=False)
    server.queue(sse_reply([body[:25], body[25:]], pause=0.01), json_reply({"id": "next"}))
    client = make_client()

    assert drain(make_client, open_stream(client), []) == EXPECTED
    assert client.get("/next", cast_to=Chunk).id == "next"
    assert server.connections == 1


@pytest.mark.parametrize("abort", ["reset", "no-final-chunk"])
def test_stream_dropped_mid_body_raises_connection_error(
    make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder, abort: str
) -> None:
    first = sse_body(EVENTS[0], done=False)
    if abort == "reset":
        reply = sse_reply([first, b'data: {"id": "b", '], pause=0.05, reset=True)
    else:
        reply = sse_reply([first, b'data: {"id": "b", '], pause=0.05, terminate=False)
    server.queue(reply, sse_reply([sse_body(*EVENTS)]))
    stream = open_stream(make_client(max_retries=2))
    items: List[Any] = []

    with pytest.raises(openwire.APIConnectionError) as info:
        drain(make_client, stream, items)

    assert items == EXPECTED[:1]
    assert isinstance(info.value.__cause__, httpx.TransportError)
    # The body had started: the request is not sent again.
    assert len(server.requests) == 1
    assert sleeps.delays == []


def test_stalled_stream_times_out(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(sse_reply([sse_body(EVENTS[0], done=False), sse_body(EVENTS[1])], pause=1.0))
    stream = open_stream(make_client(timeout=0.2, max_retries=2))
    items: List[Any] = []

    with pytest.raises(openwire.APITimeoutError):
        drain(make_client, stream, items)

    assert items == EXPECTED[:1]
    assert len(server.requests) == 1


def test_error_status_before_the_body_is_retried(
    make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.queue(json_reply({"error": {"message": "busy"}}, status=503), sse_reply([sse_body(*EVENTS)]))

    assert drain(make_client, open_stream(make_client()), []) == EXPECTED
    assert len(server.requests) == 2


def test_error_status_on_a_stream_raises_with_the_body(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(
        json_reply({"error": {"message": "bad", "code": "invalid"}}, status=400, headers={"x-request-id": "r1"})
    )

    with pytest.raises(openwire.BadRequestError) as info:
        open_stream(make_client())

    assert info.value.body == {"message": "bad", "code": "invalid"}
    assert info.value.code == "invalid"
    assert info.value.request_id == "r1"


def test_fully_read_streams_reuse_the_connection(make_client: ClientFactory, server: ScriptedServer) -> None:
    # The terminating chunk comes a few milliseconds after [DONE]: the stream waits for it (a
    # server that keeps the body open longer costs its connection: see test_stream_resilience).
    server.queue(
        sse_reply([sse_body(*EVENTS), b": trailing comment\n\n"], pause=0.005),
        sse_reply([sse_body(*EVENTS)]),
    )
    client = make_client()

    first = open_stream(client)
    assert drain(make_client, first, []) == EXPECTED
    second = open_stream(client)
    assert drain(make_client, second, []) == EXPECTED

    assert first.response.is_closed and second.response.is_closed
    assert server.connections == 1
    assert [r.connection for r in server.requests] == [1, 1]


# -- releasing the connection: a pool of one connection blocks if a stream keeps it --------------


POOL_OF_ONE = httpx.Limits(max_connections=1)
# The request's timeout (the client's, not the http_client's) bounds the wait for a free connection.
POOL_TIMEOUT = httpx.Timeout(5.0, pool=0.5)


def one_connection_client(factory: ClientFactory) -> Any:
    if factory.mode == "sync":
        http_client: Any = openwire.DefaultHttpxClient(limits=POOL_OF_ONE)
    else:
        http_client = openwire.DefaultAsyncHttpxClient(limits=POOL_OF_ONE)
    return factory(http_client=http_client, max_retries=0, timeout=POOL_TIMEOUT)


def long_stream(error_at: int | None = None) -> Reply:
    """20 events 20 ms apart; event number ``error_at`` is an error payload."""
    events: List[object] = [{"id": str(n)} for n in range(20)]
    if error_at is not None:
        events[error_at] = {"error": {"message": "boom"}}
    return sse_reply([sse_body(event, done=False) for event in events] + [sse_body()], pause=0.02)


@pytest.mark.parametrize("how", ["close", "context-manager", "error-event"])
def test_stream_releases_its_connection(make_client: ClientFactory, server: ScriptedServer, how: str) -> None:
    client = one_connection_client(make_client)
    if how == "error-event":
        server.queue(long_stream(error_at=1), json_reply({"id": "after"}))
    else:
        server.queue(long_stream(), json_reply({"id": "after"}))
    stream = open_stream(client)

    if how == "close":
        assert len(drain(make_client, stream, [], limit=2)) == 2
        make_client.run(stream.close)
    elif how == "context-manager":
        if make_client.mode == "sync":
            with stream:
                assert next(stream) == Chunk(id="0")
        else:

            async def use() -> None:
                async with stream:
                    assert await stream.__anext__() == Chunk(id="0")

            make_client.run(use)
    else:
        with pytest.raises(openwire.APIError, match="boom"):
            drain(make_client, stream, [])

    assert stream.response.is_closed
    # A pool of one: this waits (and times out after 0.5 s) unless the stream gave its connection back.
    assert client.get("/after", cast_to=Chunk).id == "after"


def test_sync_stream_released_on_break(server: ScriptedServer) -> None:
    server.queue(long_stream(), json_reply({"id": "after"}))
    http_client = openwire.DefaultHttpxClient(limits=POOL_OF_ONE)
    with openwire.OpenAI(
        api_key="sk", base_url=server.url, http_client=http_client, max_retries=0, timeout=POOL_TIMEOUT
    ) as client:
        for item in open_stream(client):
            assert item == Chunk(id="0")
            break

        assert client.get("/after", cast_to=Chunk).id == "after"


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_async_stream_on_each_backend(server: ScriptedServer, anyio_backend: str) -> None:
    body = sse_body(*EVENTS)
    server.queue(sse_reply([body[i : i + 7] for i in range(0, len(body), 7)], pause=0.002), sse_reply([body]))
    async with openwire.AsyncOpenAI(api_key="sk", base_url=server.url) as client:
        first = await open_stream(client)
        assert [item async for item in first] == EXPECTED
        async with await open_stream(client) as second:
            assert [item async for item in second] == EXPECTED

    assert server.connections == 1
    assert server.wait_for(lambda: server.open_connections == 0)


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_async_stream_aclose_mid_body(server: ScriptedServer, anyio_backend: str) -> None:
    server.queue(long_stream(), json_reply({"id": "after"}))
    async with openwire.AsyncOpenAI(api_key="sk", base_url=server.url, max_retries=0) as client:
        stream = await open_stream(client)
        assert await stream.__anext__() == Chunk(id="0")
        await stream.aclose()
        assert stream.response.is_closed
        assert (await client.get("/after", cast_to=Chunk)).id == "after"


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_async_stream_released_on_break(server: ScriptedServer, anyio_backend: str) -> None:
    server.queue(long_stream(), json_reply({"id": "after"}))
    http_client = openwire.DefaultAsyncHttpxClient(limits=POOL_OF_ONE)
    async with openwire.AsyncOpenAI(
        api_key="sk", base_url=server.url, http_client=http_client, max_retries=0, timeout=POOL_TIMEOUT
    ) as client:
        stream = await open_stream(client)
        async for item in stream:
            assert item == Chunk(id="0")
            break

        assert (await client.get("/after", cast_to=Chunk)).id == "after"
        assert stream.response.is_closed
