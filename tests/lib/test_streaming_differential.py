"""Differential: ``chat.completions.stream`` and ``responses.stream`` of ``openai`` 2.54.0 (a
black box, through its public API) and of openwire, against the same local server serving
the same recorded-style stream in 7-byte pieces, sync and async.

Both must send the same request (method, path, query, body bytes, the headers that matter)
and yield the same events in the same order, each with an equal ``model_dump()`` taken when
it is yielded (for ``chunk`` events: the chunk and the snapshot), then give an equal final
result, or the same error. Streams where openwire deliberately differs (see README) are
tested in test_streaming_chat_state.py instead.
"""

from __future__ import annotations

import asyncio
import warnings
from typing import Any, Callable, Dict, List, Tuple

import pytest
import stream_recordings as rec
from scripted_server import Recorded, ScriptedServer, sse_reply

import openwire

openai = pytest.importorskip("openai")

HEADERS = ("authorization", "accept", "content-type", "x-stainless-helper-method")
# The errors of the latest runs, for the tests that look closer at them.
errors: List[BaseException] = []
MESSAGES = [{"role": "user", "content": "hi"}]


def wire(request: Recorded) -> Tuple[Any, ...]:
    return (request.method, request.path, request.query, request.body, [request.headers.get(h) for h in HEADERS])


def dump(value: Any) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the reference warns serialising generic ``parsed`` fields
        return value.model_dump(warnings=False)


def event_view(event: Any) -> Any:
    if event.type == "chunk":
        return ("chunk", dump(event.chunk), dump(event.snapshot))
    return (event.type, type(event).__name__.split("[")[0], dump(event))


def error_view(error: BaseException) -> Any:
    return type(error).__name__


def tools_for(sdk: Any, options: Dict[str, Any]) -> Dict[str, Any]:
    """``pydantic_function_tool`` of each SDK for the ``GetWeather`` placeholder."""
    tools = options.get("tools")
    if tools is None:
        return options
    return {**options, "tools": [sdk.pydantic_function_tool(t) if isinstance(t, type) else t for t in tools]}


def run_sync(sdk: Any, server: ScriptedServer, api: str, body: bytes, options: Dict[str, Any]) -> Tuple[Any, Any]:
    start = len(server.requests)
    server.queue(sse_reply(rec.pieces(body, 7), pause=0.0005))
    seen: List[Any] = []
    with sdk.OpenAI(api_key="sk-diff", base_url=server.url, max_retries=0) as client:
        resource = client.chat.completions if api == "chat" else client.responses
        try:
            with resource.stream(**tools_for(sdk, options)) as stream:
                for event in stream:
                    seen.append(event_view(event))
                final = stream.get_final_completion() if api == "chat" else stream.get_final_response()
                seen.append(("final", dump(final)))
                if api == "chat":
                    seen.append(("snapshot", dump(stream.current_completion_snapshot)))
        except Exception as error:
            seen.append(("error", error_view(error)))
            errors.append(error)
    server.clear_queue()
    return seen, [wire(r) for r in server.requests[start:]]


def run_async(sdk: Any, server: ScriptedServer, api: str, body: bytes, options: Dict[str, Any]) -> Tuple[Any, Any]:
    async def go() -> List[Any]:
        seen: List[Any] = []
        async with sdk.AsyncOpenAI(api_key="sk-diff", base_url=server.url, max_retries=0) as client:
            resource = client.chat.completions if api == "chat" else client.responses
            try:
                async with resource.stream(**tools_for(sdk, options)) as stream:
                    async for event in stream:
                        seen.append(event_view(event))
                    if api == "chat":
                        final = await stream.get_final_completion()
                    else:
                        final = await stream.get_final_response()
                    seen.append(("final", dump(final)))
            except Exception as error:
                seen.append(("error", error_view(error)))
                errors.append(error)
        return seen

    start = len(server.requests)
    server.queue(sse_reply(rec.pieces(body, 7), pause=0.0005))
    seen = asyncio.run(go())
    server.clear_queue()
    return seen, [wire(r) for r in server.requests[start:]]


CHAT: Dict[str, Tuple[Callable[[], List[Dict[str, Any]]], Dict[str, Any]]] = {
    "text": (rec.chat_text, {"stream_options": {"include_usage": True}}),
    "tool calls": (rec.chat_tool_calls, {"tools": [rec.WEATHER_TOOL, rec.LOOSE_TOOL]}),
    "strict tool calls": (rec.chat_tool_calls, {"tools": [rec.WEATHER_TOOL]}),
    "pydantic tool": (rec.chat_pydantic_tool, {"tools": [rec.GetWeather]}),
    "n=2": (rec.chat_two_choices, {"n": 2}),
    "refusal logprobs": (rec.chat_refusal_with_logprobs, {"logprobs": True}),
    "content logprobs": (rec.chat_content_logprobs, {"logprobs": True, "top_logprobs": 0}),
    "structured": (rec.chat_structured, {"response_format": rec.Weather}),
    "structured, dict format": (rec.chat_structured, {"response_format": {"type": "json_object"}}),
    "cut, no model": (lambda: rec.chat_cut_structured("length"), {}),
    "filtered, no model": (lambda: rec.chat_cut_structured("content_filter"), {}),
}

RESPONSES: Dict[str, Tuple[Callable[[], List[Dict[str, Any]]], Dict[str, Any]]] = {
    "text": (rec.responses_text, {"model": "gpt-4o", "input": "hi", "instructions": "Be brief."}),
    "structured and call": (
        rec.responses_structured_and_call,
        {
            "model": "gpt-4o",
            "input": "hi",
            "text_format": rec.Weather,
            "tools": [{"type": "function", "name": "get_weather", "parameters": {}, "strict": True}],
        },
    ),
    "pydantic tool": (rec.responses_structured_and_call, {"model": "gpt-4o", "input": "hi", "tools": [rec.GetWeather]}),
    "reasoning and refusal": (rec.responses_reasoning_and_refusal, {"model": "o4-mini", "input": "hi"}),
    "resumed": (rec.responses_text, {"response_id": "resp_1", "starting_after": 5}),
}


@pytest.fixture(scope="module")
def shared_server() -> Any:
    with ScriptedServer() as server:
        yield server


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", list(CHAT))
def test_chat_stream_matches_the_reference(shared_server: ScriptedServer, name: str, mode: str) -> None:
    make, options = CHAT[name]
    if mode == "async" and rec.LOOSE_TOOL in options.get("tools", ()):
        pytest.skip("the reference's async stream() refuses tools that are not strict (its sync one does not)")
    body = rec.chat_body(make())
    options = {"model": "gpt-4o", "messages": MESSAGES, **options}
    run = run_sync if mode == "sync" else run_async

    theirs, their_wire = run(openai, shared_server, "chat", body, options)
    ours, our_wire = run(openwire, shared_server, "chat", body, options)

    assert our_wire == their_wire
    assert [view[0] for view in ours] == [view[0] for view in theirs]
    assert ours == theirs


@pytest.mark.parametrize("finish_reason", ["length", "content_filter"])
def test_a_cut_or_filtered_answer_fails_alike_and_carries_more(
    shared_server: ScriptedServer, finish_reason: str
) -> None:
    body = rec.chat_body(rec.chat_cut_structured(finish_reason))
    options = {"model": "gpt-4o", "messages": MESSAGES, "response_format": rec.Weather}

    theirs, _ = run_sync(openai, shared_server, "chat", body, options)
    their_error = errors[-1]
    ours, _ = run_sync(openwire, shared_server, "chat", body, options)
    our_error: Any = errors[-1]

    assert ours == theirs  # the same events, then the same error at the same point
    # Ours carries the completion so far and the usage that came after the finishing chunk.
    assert our_error.completion.choices[0].message.content == '{"city": "Berlin'
    assert our_error.completion.usage.total_tokens == 18
    their_completion = getattr(their_error, "completion", None)
    if their_completion is not None:
        expected = {**dump(their_completion), "usage": dump(our_error.completion.usage)}
        assert dump(our_error.completion) == expected


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", list(RESPONSES))
def test_responses_stream_matches_the_reference(shared_server: ScriptedServer, name: str, mode: str) -> None:
    make, options = RESPONSES[name]
    body = rec.responses_body(make())
    run = run_sync if mode == "sync" else run_async

    theirs, their_wire = run(openai, shared_server, "responses", body, options)
    ours, our_wire = run(openwire, shared_server, "responses", body, options)

    assert our_wire == their_wire
    assert [view[0] for view in ours] == [view[0] for view in theirs]
    assert ours == theirs


def test_a_response_that_does_not_complete_fails_alike(shared_server: ScriptedServer) -> None:
    body = rec.responses_body(rec.responses_incomplete())
    options = {"model": "gpt-4o", "input": "story"}

    theirs, _ = run_sync(openai, shared_server, "responses", body, options)
    ours, _ = run_sync(openwire, shared_server, "responses", body, options)

    assert ours[:-1] == theirs[:-1]
    assert ours[-1] == theirs[-1] == ("error", "RuntimeError")
