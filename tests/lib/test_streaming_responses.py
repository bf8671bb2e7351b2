"""``responses.stream`` over real sockets, sync and async: what is sent (new and resumed
responses), events of recorded-style streams cut at awkward boundaries, the final response,
and the argument checks."""

from __future__ import annotations

from typing import Any, List

import pytest
import stream_recordings as rec
from integration_support import ClientFactory
from scripted_server import ScriptedServer, sse_reply
from streaming_support import consume

import openwire


def summary(events: List[Any]) -> List[Any]:
    return [(event.type, event.model_dump()) for event in events]


def test_sends_a_streaming_create_request(make_client: ClientFactory, server: ScriptedServer) -> None:
    from openwire.lib._parsing._responses import type_to_text_format_param

    server.queue(sse_reply([rec.responses_body(rec.responses_structured_and_call())]))
    tool = openwire.pydantic_function_tool(rec.GetWeather)

    result = consume(
        make_client,
        make_client(),
        "responses",
        model="gpt-4o",
        input="Weather?",
        instructions="Be brief.",
        text={"verbosity": "low"},
        text_format=rec.Weather,
        tools=[tool],
    )

    (request,) = server.requests
    assert (request.method, request.path) == ("POST", "/v1/responses")
    body = request.json()
    assert list(body) == ["input", "instructions", "model", "stream", "text", "tools"]
    assert body["stream"] is True
    assert body["text"] == {"verbosity": "low", "format": type_to_text_format_param(rec.Weather)}
    assert body["tools"][0]["type"] == "function" and body["tools"][0]["name"] == "GetWeather"
    assert "x-stainless-helper-method" not in request.headers
    assert result.final.output_parsed == rec.Weather(city="Paris", temperatures=[], note="sunny")


@pytest.mark.parametrize("size", [1, 5, 61])
def test_events_do_not_depend_on_how_the_bytes_arrive(
    make_client: ClientFactory, server: ScriptedServer, size: int
) -> None:
    body = rec.responses_body(rec.responses_text())
    server.queue(sse_reply([body]), sse_reply(rec.pieces(body, size), pause=0.001))
    client = make_client()

    whole = consume(make_client, client, "responses", model="m", input="hi")
    cut = consume(make_client, client, "responses", model="m", input="hi")

    assert summary(cut.events) == summary(whole.events)
    assert cut.final.output_text == "Hello, wörld ✓"
    assert cut.stream.current_response_snapshot.output_text == "Hello, wörld ✓"


def test_resuming_reads_all_events_and_yields_those_after_starting_after(
    make_client: ClientFactory, server: ScriptedServer
) -> None:
    events = rec.responses_text()
    server.queue(sse_reply(rec.pieces(rec.responses_body(events), 33)))

    result = consume(make_client, make_client(), "responses", response_id="resp_1", starting_after=4)

    (request,) = server.requests
    # As the reference: the whole stream is asked for, to rebuild the response from it.
    assert (request.method, request.path, request.query) == ("GET", "/v1/responses/resp_1", [("stream", "true")])
    assert [e.sequence_number for e in result.events] == list(range(5, len(events)))
    first = result.events[0]
    assert (first.type, first.delta, first.snapshot) == ("response.output_text.delta", "lo, wörld", "Hello, wörld")
    assert result.final.output_text == "Hello, wörld ✓"


def test_resuming_without_starting_after_yields_everything(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(sse_reply([rec.responses_body(rec.responses_text())]))

    result = consume(make_client, make_client(), "responses", response_id="resp_1", final=False)

    assert len(result.events) == len(rec.responses_text())
    assert server.requests[0].query == [("stream", "true")]


def test_a_response_that_did_not_complete(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(sse_reply([rec.responses_body(rec.responses_incomplete())]))

    result = consume(make_client, make_client(), "responses", model="m", input="story")

    assert result.events[-1].type == "response.incomplete"
    assert isinstance(result.error, RuntimeError)
    assert "response.completed" in str(result.error)
    assert result.stream.current_response_snapshot.output_text == "Once upon a time"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"response_id": "resp_1", "model": "m", "input": "x"}, r"cannot be combined with `input`, `model`"),
        ({"starting_after": 3, "include": ["reasoning.encrypted_content"]}, r"cannot be combined with `include`"),
        ({"starting_after": 3}, r"`starting_after` needs the `response_id`"),
        ({}, r"needs `input` and `model` \(to create a response\) or `response_id`"),
        ({"model": "m"}, r"needs `input` to create a new response"),
        ({"input": "x"}, r"needs `model` to create a new response"),
    ],
)
def test_arguments_are_checked_before_anything_is_sent(
    make_client: ClientFactory, server: ScriptedServer, arguments: Any, message: str
) -> None:
    client = make_client()
    resources = client.responses if make_client.mode == "sync" else client.wrapped.responses

    with pytest.raises(ValueError, match=message):
        resources.stream(**arguments)

    assert server.requests == []


def test_text_format_and_text_format_config_conflict(make_client: ClientFactory) -> None:
    client = make_client()
    resources = client.responses if make_client.mode == "sync" else client.wrapped.responses

    with pytest.raises(TypeError):
        resources.stream(model="m", input="x", text={"format": {"type": "text"}}, text_format=rec.Weather)


def test_reasoning_and_refusal_events(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(sse_reply(rec.pieces(rec.responses_body(rec.responses_reasoning_and_refusal()), 17)))

    result = consume(make_client, make_client(), "responses", model="o4-mini", input="x")

    assert [e.type for e in result.events] == [e["type"] for e in rec.responses_reasoning_and_refusal()]
    assert result.final.output[1].content[0].refusal == "No can do."
    assert result.final.output_text == ""
    snapshot = result.stream.current_response_snapshot
    assert snapshot.output[0].summary[0].text == "Thinking."


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_async_stream_on_each_backend(server: ScriptedServer, anyio_backend: str) -> None:
    server.queue(sse_reply(rec.pieces(rec.responses_body(rec.responses_text()), 11)))
    async with openwire.AsyncOpenAI(api_key="sk", base_url=server.url) as client:
        async with client.responses.stream(model="m", input="hi") as stream:
            kinds = [event.type async for event in stream]
            response = await stream.get_final_response()
        assert stream.response.is_closed

    assert kinds == [event["type"] for event in rec.responses_text()]
    assert response.output_text == "Hello, wörld ✓"
