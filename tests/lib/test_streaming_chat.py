"""``chat.completions.stream`` over real sockets, sync and async: what is sent, the events of
recorded-style streams cut at awkward byte boundaries, the final completion, errors, and
the connection being released."""

from __future__ import annotations

from typing import Any, List

import httpx
import pytest
import stream_recordings as rec
from integration_support import ClientFactory
from scripted_server import ScriptedServer, json_reply, sse_reply
from streaming_support import consume

import openwire

MESSAGES = [{"role": "user", "content": "Weather in Paris?"}]


def summary(events: List[Any]) -> List[Any]:
    """What an event says, without the (shared, mutable) snapshot object."""
    out: List[Any] = []
    for event in events:
        if event.type == "chunk":
            out.append(("chunk", event.chunk.model_dump()))
        else:
            out.append((event.type, event.model_dump()))
    return out


def test_sends_a_streaming_create_request_naming_the_helper(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(sse_reply([rec.chat_body(rec.chat_text())]))
    client = make_client()

    consume(make_client, client, "chat", model="gpt-4o", messages=MESSAGES, temperature=0.5, n=1)

    (request,) = server.requests
    assert (request.method, request.path) == ("POST", "/v1/chat/completions")
    assert request.json() == {"messages": MESSAGES, "model": "gpt-4o", "n": 1, "stream": True, "temperature": 0.5}
    assert request.headers["x-stainless-helper-method"] == "chat.completions.stream"
    assert request.headers["accept"] == "application/json"


def test_a_model_response_format_is_sent_as_a_strict_json_schema(
    make_client: ClientFactory, server: ScriptedServer
) -> None:
    from openwire.lib._parsing._completions import type_to_response_format_param

    server.queue(sse_reply([rec.chat_body(rec.chat_structured())]))
    tools = iter([rec.WEATHER_TOOL])  # any iterable: read once, for the request and the parsing

    result = consume(
        make_client, make_client(), "chat", model="gpt-4o", messages=MESSAGES, response_format=rec.Weather, tools=tools
    )

    body = server.requests[0].json()
    assert body["response_format"] == type_to_response_format_param(rec.Weather)
    assert body["tools"] == [rec.WEATHER_TOOL]
    assert result.final.choices[0].message.parsed == rec.Weather(city="Berlin", temperatures=[12.5, 14], note=None)


def test_extra_headers_are_kept_and_may_override_the_helper_header(
    make_client: ClientFactory, server: ScriptedServer
) -> None:
    server.queue(sse_reply([rec.chat_body(rec.chat_text())]))

    consume(
        make_client,
        make_client(),
        "chat",
        model="m",
        messages=MESSAGES,
        extra_headers={"X-Trace": "1", "X-Stainless-Helper-Method": "mine"},
        extra_query={"q": "1"},
    )

    request = server.requests[0]
    assert request.headers["x-trace"] == "1"
    assert request.headers["x-stainless-helper-method"] == "mine"
    assert request.query == [("q", "1")]


@pytest.mark.parametrize("size", [1, 3, 7, 64])
def test_events_do_not_depend_on_how_the_bytes_arrive(
    make_client: ClientFactory, server: ScriptedServer, size: int
) -> None:
    body = rec.chat_body(rec.chat_text())
    server.queue(sse_reply([body]), sse_reply(rec.pieces(body, size), pause=0.001))
    client = make_client()

    whole = consume(make_client, client, "chat", model="m", messages=MESSAGES)
    cut = consume(make_client, client, "chat", model="m", messages=MESSAGES)

    assert summary(cut.events) == summary(whole.events)
    assert cut.final.choices[0].message.content == "Hello, wörld ✓"  # multi-byte characters split
    assert server.connections == 1  # both streams read to the end: the connection was reused


def test_every_cut_of_a_tool_call_stream(make_client: ClientFactory, server: ScriptedServer) -> None:
    body = rec.chat_body([*rec.chat_tool_calls()[:4], rec.chunk([rec.choice({}, "tool_calls")])])
    client = make_client()
    server.queue(sse_reply([body]))
    expected = summary(
        consume(make_client, client, "chat", model="m", messages=MESSAGES, tools=[rec.WEATHER_TOOL]).events
    )

    for cut in range(1, len(body), 5):
        server.queue(sse_reply([body[:cut], body[cut:]], pause=0.001))
        result = consume(make_client, client, "chat", model="m", messages=MESSAGES, tools=[rec.WEATHER_TOOL])
        assert summary(result.events) == expected, f"cut at byte {cut}"
        assert result.final.choices[0].message.tool_calls[0].function.parsed_arguments == {"city": "Paris"}


def test_stream_object_api(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(sse_reply(rec.pieces(rec.chat_body(rec.chat_two_choices()), 40)))

    result = consume(make_client, make_client(), "chat", model="m", messages=MESSAGES, n=2)

    stream = result.stream
    snapshot = stream.current_completion_snapshot
    assert [c.message.content for c in snapshot.choices] == ["Right side", "Left side"]
    assert [c.message.content for c in result.final.choices] == ["Right side", "Left side"]
    assert result.final.usage.total_tokens == 18
    assert stream.response.is_closed
    assert isinstance(stream.response, httpx.Response)


def test_until_done_reads_everything(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(sse_reply([rec.chat_body(rec.chat_text())]))
    client = make_client()

    if make_client.mode == "sync":
        with client.chat.completions.stream(model="m", messages=MESSAGES) as stream:
            assert stream.until_done() is stream
            content = stream.current_completion_snapshot.choices[0].message.content
    else:

        async def run() -> Any:
            async with client.wrapped.chat.completions.stream(model="m", messages=MESSAGES) as stream:
                assert await stream.until_done() is stream
                return stream.current_completion_snapshot.choices[0].message.content

        content = make_client.run(run)

    assert content == "Hello, wörld ✓"


def test_a_cut_structured_answer_raises_with_the_usage_that_follows(
    make_client: ClientFactory, server: ScriptedServer
) -> None:
    server.queue(sse_reply(rec.pieces(rec.chat_body(rec.chat_cut_structured("length")), 9)))
    client = make_client()

    result = consume(make_client, client, "chat", model="m", messages=MESSAGES, response_format=rec.Weather)

    assert isinstance(result.error, openwire.LengthFinishReasonError)
    assert [e.type for e in result.events] == ["chunk", "content.delta"]  # nothing of the cut chunk
    assert result.error.completion.choices[0].message.content == '{"city": "Berlin'
    # The stream was read on to its end for the usage (it comes after the finishing chunk).
    assert result.error.usage is not None and result.error.usage.total_tokens == 18
    assert "total_tokens=18" in str(result.error)


def test_a_cut_structured_answer_raises_even_if_the_rest_of_the_stream_breaks_off(
    make_client: ClientFactory, server: ScriptedServer
) -> None:
    first, finishing, _ = rec.chat_cut_structured("length")
    body = rec.chat_body([first, finishing])
    server.queue(sse_reply([body[: -len(b"data: [DONE]\n\n")]], reset=True))

    result = consume(
        make_client, make_client(max_retries=0), "chat", model="m", messages=MESSAGES, response_format=rec.Weather
    )

    assert isinstance(result.error, openwire.LengthFinishReasonError)
    assert result.error.usage is None


def test_an_error_status_raises_when_the_block_is_entered(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(json_reply({"error": {"message": "bad model", "code": "model_not_found"}}, status=404))

    with pytest.raises(openwire.NotFoundError) as info:
        consume(make_client, make_client(max_retries=0), "chat", model="nope", messages=MESSAGES)

    assert info.value.code == "model_not_found"


def test_an_error_inside_the_stream_raises_api_error(make_client: ClientFactory, server: ScriptedServer) -> None:
    chunks: List[Any] = [*rec.chat_text()[:2], {"error": {"message": "overloaded", "type": "server_error"}}]
    server.queue(sse_reply([rec.chat_body(chunks)]))

    result = consume(make_client, make_client(), "chat", model="m", messages=MESSAGES)

    assert type(result.error) is openwire.APIError
    assert result.error.message == "overloaded"
    assert [e.type for e in result.events] == ["chunk", "content.delta", "chunk", "content.delta"]


def test_leaving_the_block_early_releases_the_connection(make_client: ClientFactory, server: ScriptedServer) -> None:
    slow = sse_reply([rec.chat_body([c]) for c in rec.chat_text()], pause=0.05)
    server.queue(slow, json_reply({"id": "after"}))
    http_client: Any = (
        openwire.DefaultHttpxClient(limits=httpx.Limits(max_connections=1))
        if make_client.mode == "sync"
        else openwire.DefaultAsyncHttpxClient(limits=httpx.Limits(max_connections=1))
    )
    client = make_client(http_client=http_client, max_retries=0, timeout=httpx.Timeout(5.0, pool=0.5))

    result = consume(make_client, client, "chat", model="m", messages=MESSAGES, stop_after=2)

    assert len(result.events) == 2
    assert result.stream.response.is_closed
    assert client.get("/after", cast_to=openwire.BaseModel).to_dict() == {"id": "after"}


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_async_stream_close_is_awaitable(server: ScriptedServer, anyio_backend: str) -> None:
    server.queue(sse_reply([rec.chat_body(rec.chat_text())]))
    async with openwire.AsyncOpenAI(api_key="sk", base_url=server.url) as client:
        manager = client.chat.completions.stream(model="m", messages=MESSAGES)
        stream = await manager.__aenter__()
        event = await stream.__anext__()
        assert event.type == "chunk"
        await stream.close()
        assert stream.response.is_closed
        await manager.__aexit__(None, None, None)


def test_the_request_is_sent_only_when_the_block_is_entered(server: ScriptedServer) -> None:
    server.queue(sse_reply([rec.chat_body(rec.chat_text())]))
    with openwire.OpenAI(api_key="sk", base_url=server.url) as client:
        manager = client.chat.completions.stream(model="m", messages=MESSAGES)
        assert server.requests == []
        with manager as stream:
            assert len(server.requests) == 1
            assert stream.get_final_completion().choices[0].message.content == "Hello, wörld ✓"
