"""Streams facing faulty servers, over a real socket (``raw_server``), sync and async: a stream
ends at its end marker whatever the connection does next, a body that is not an event stream or
an event that is not JSON raises a typed error, a cut stream never passes for a complete one, and
transport errors are both openwire's and httpx's."""

from __future__ import annotations

import inspect
import time
from typing import Any, Callable, Iterator, List, Optional, Tuple

import anyio
import httpx
import pytest
from raw_server import DONE, END, RawServer, chat_chunk, chunk, head, response_event, sse

import openwire
from openwire._exceptions import IncompleteStreamError, InvalidStreamEventError, NotAnEventStreamError

Opener = Callable[[Any], Any]
Outcome = Tuple[List[Any], Optional[BaseException], float]


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer() as raw:
        yield raw


def chat(client: Any) -> Any:
    return client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}], stream=True)


def responses(client: Any) -> Any:
    return client.responses.create(model="m", input="hi", stream=True)


def read_stream(mode: str, server: RawServer, open_stream: Opener = chat, **options: Any) -> Outcome:
    """Open a stream with a fresh client and read it to its end: (items, error, seconds)."""
    options = {"api_key": "sk-test", "base_url": server.url, "max_retries": 0, "timeout": 5.0, **options}
    items: List[Any] = []
    error: Optional[BaseException] = None
    started = time.monotonic()
    if mode == "sync":
        with openwire.OpenAI(**options) as client:
            try:
                for item in open_stream(client):
                    items.append(item)
            except Exception as caught:
                error = caught
        return items, error, time.monotonic() - started

    async def run() -> None:
        nonlocal error
        async with openwire.AsyncOpenAI(**options) as client:
            try:
                stream = open_stream(client)
                if inspect.isawaitable(stream):
                    stream = await stream
                async for item in stream:
                    items.append(item)
            except Exception as caught:
                error = caught

    anyio.run(run)
    return items, error, time.monotonic() - started


def texts(items: List[Any]) -> List[Optional[str]]:
    return [item.choices[0].delta.content for item in items]


HELLO = sse(chat_chunk("Hel")) + sse(chat_chunk("lo")) + sse(chat_chunk("", finish="stop"))


# -- 1, 2: the end marker ends the stream, whatever the connection does next ---------------------


def test_done_then_a_body_kept_open_ends_at_once(mode: str, server: RawServer) -> None:
    server.queue([head(), chunk(HELLO + DONE), "hold"])

    items, error, seconds = read_stream(mode, server, timeout=3.0)

    assert error is None
    assert texts(items) == ["Hel", "lo", ""]
    assert seconds < 1.0  # not the 3 s read timeout


def test_a_responses_terminal_event_then_a_body_kept_open_ends_at_once(mode: str, server: RawServer) -> None:
    events = sse(response_event("response.created", 0)) + sse(
        response_event("response.output_text.delta", 1, delta="Hi", item_id="m", output_index=0, content_index=0)
    )
    server.queue([head(), chunk(events + sse(response_event("response.completed", 2))), "hold"])

    items, error, seconds = read_stream(mode, server, responses, timeout=3.0)

    assert error is None
    assert [item.type for item in items] == ["response.created", "response.output_text.delta", "response.completed"]
    assert seconds < 1.0


def test_the_connection_is_reused_when_the_body_ends_right_after_done(mode: str, server: RawServer) -> None:
    script = [head(), chunk(HELLO), chunk(DONE), END, "keep"]
    server.queue(script, script)

    def two_streams(client: Any) -> Any:
        if isinstance(client, openwire.OpenAI):
            return [*chat(client), *chat(client)]

        async def both() -> Any:
            return [item async for item in await chat(client)] + [item async for item in await chat(client)]

        return _AsyncList(both)

    items, error, _ = read_stream(mode, server, two_streams)

    assert error is None and len(items) == 6
    assert server.connections == 1


class _AsyncList:
    """An async iterable over what an async function returns (to read two streams as one)."""

    def __init__(self, make: Callable[[], Any]) -> None:
        self._make = make

    async def __aiter__(self) -> Any:
        for item in await self._make():
            yield item


@pytest.mark.parametrize("cut", ["close", "reset"])
def test_a_cut_after_done_is_a_normal_end(mode: str, server: RawServer, cut: str) -> None:
    server.queue([head(), chunk(HELLO + DONE), cut])

    items, error, _ = read_stream(mode, server)

    assert error is None
    assert texts(items) == ["Hel", "lo", ""]


# -- 3, 4: what is not an event stream -----------------------------------------------------------


def test_a_json_error_body_answering_a_stream_raises_with_its_message(mode: str, server: RawServer) -> None:
    body = b'{"error": {"message": "The model is overloaded", "type": "server_error", "code": "overloaded"}}'
    server.queue([head(content_type="application/json", chunked=False), body, "close"])

    items, error, _ = read_stream(mode, server)

    assert items == []
    assert isinstance(error, NotAnEventStreamError) and isinstance(error, openwire.APIError)
    assert "The model is overloaded" in str(error)
    assert error.code == "overloaded" and error.type == "server_error"
    assert error.status_code == 200


def test_an_html_page_answering_a_stream_raises_with_its_title(mode: str, server: RawServer) -> None:
    page = b"<!DOCTYPE html><html><head><title>Gateway says no</title></head><body>...</body></html>"
    server.queue([head(content_type="text/html"), chunk(page), END, "keep"])

    items, error, _ = read_stream(mode, server)

    assert items == []
    assert isinstance(error, NotAnEventStreamError)
    assert "Gateway says no" in str(error) and "text/html" in str(error)


def test_event_data_that_is_not_json_raises_a_typed_error_naming_the_event(mode: str, server: RawServer) -> None:
    body = sse(chat_chunk("ok")) + b"event: delta\ndata: {not json\n\n" + DONE
    server.queue([head(), chunk(body), END, "keep"])

    items, error, _ = read_stream(mode, server)

    assert texts(items) == ["ok"]
    assert isinstance(error, InvalidStreamEventError) and isinstance(error, openwire.APIError)
    assert error.event == "delta" and error.index == 1 and error.data == "{not json"
    assert "'delta'" in str(error) and "#1" in str(error)


# -- 5, 7: a cut stream is never a complete one --------------------------------------------------


def test_a_close_delimited_chat_stream_cut_without_end_raises_incomplete(mode: str, server: RawServer) -> None:
    server.queue([head(chunked=False), sse(chat_chunk("Hel")) + sse(chat_chunk("lo")), "close"])

    items, error, _ = read_stream(mode, server)

    assert texts(items) == ["Hel", "lo"]
    assert isinstance(error, IncompleteStreamError) and isinstance(error, openwire.APIConnectionError)


def test_a_chat_stream_with_a_finish_reason_but_no_done_is_complete(mode: str, server: RawServer) -> None:
    usage = {**chat_chunk(""), "choices": [], "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}}
    server.queue([head(chunked=False), HELLO + sse(usage), "close"])

    items, error, _ = read_stream(mode, server)

    assert error is None
    assert len(items) == 4 and items[-1].usage.total_tokens == 3


def test_a_chat_stream_needs_a_finish_reason_for_every_choice(mode: str, server: RawServer) -> None:
    body = sse(chat_chunk("a", index=0)) + sse(chat_chunk("b", index=1)) + sse(chat_chunk("", finish="stop", index=0))
    server.queue([head(chunked=False), body, "close"])

    items, error, _ = read_stream(mode, server)

    assert len(items) == 3
    assert isinstance(error, IncompleteStreamError)


def test_a_responses_stream_without_terminal_event_raises_incomplete(mode: str, server: RawServer) -> None:
    server.queue([head(), chunk(sse(response_event("response.created", 0))), END, "keep"])

    items, error, _ = read_stream(mode, server, responses)

    assert [item.type for item in items] == ["response.created"]
    assert isinstance(error, IncompleteStreamError)


def test_an_event_without_its_blank_line_at_the_end_is_dropped_and_reported(mode: str, server: RawServer) -> None:
    last = sse(chat_chunk("", finish="stop"))[:-1]  # its closing blank line never comes
    server.queue([head(chunked=False), sse(chat_chunk("Hel")) + last, "close"])

    items, error, _ = read_stream(mode, server)

    assert texts(items) == ["Hel"]
    assert isinstance(error, IncompleteStreamError)


# -- 9: transport errors while streaming are openwire's and httpx's ------------------------------


def test_a_read_timeout_mid_stream_is_caught_as_either_class(mode: str, server: RawServer) -> None:
    server.queue([head(), chunk(sse(chat_chunk("Hel"))), "hold"])

    items, error, _ = read_stream(mode, server, timeout=0.3)

    assert texts(items) == ["Hel"]
    assert isinstance(error, openwire.APITimeoutError) and isinstance(error, httpx.ReadTimeout)
    for cls in (openwire.APITimeoutError, openwire.APIConnectionError, httpx.ReadTimeout, httpx.TransportError):
        with pytest.raises(cls):
            raise error
    assert isinstance(error.__cause__, httpx.ReadTimeout)


@pytest.mark.parametrize("cut", ["close", "reset"])
def test_a_cut_mid_stream_is_caught_as_either_class(mode: str, server: RawServer, cut: str) -> None:
    server.queue([head(), chunk(sse(chat_chunk("Hel"))), 0.05, cut])

    items, error, _ = read_stream(mode, server)

    assert texts(items) == ["Hel"]
    assert isinstance(error, openwire.APIConnectionError) and not isinstance(error, openwire.APITimeoutError)
    assert isinstance(error, httpx.TransportError)
    assert isinstance(error, type(error.__cause__))  # RemoteProtocolError on close, ReadError on reset


def test_the_responses_helper_gets_its_final_response_at_once(mode: str, server: RawServer) -> None:
    events = sse(response_event("response.created", 0)) + sse(response_event("response.completed", 1))
    server.queue([head(), chunk(events), "hold"])
    options = {"api_key": "sk-test", "base_url": server.url, "max_retries": 0, "timeout": 3.0}
    started = time.monotonic()

    if mode == "sync":
        with openwire.OpenAI(**options) as client:
            with client.responses.stream(model="m", input="hi") as stream:
                final = stream.get_final_response()
    else:

        async def run() -> Any:
            async with openwire.AsyncOpenAI(**options) as client:
                async with client.responses.stream(model="m", input="hi") as stream:
                    return await stream.get_final_response()

        final = anyio.run(run)

    assert final.id == "resp_1"
    assert time.monotonic() - started < 1.0


def test_the_chat_helper_reports_a_cut_stream(mode: str, server: RawServer) -> None:
    server.queue([head(chunked=False), sse(chat_chunk("Hel")), "close"])
    options = {"api_key": "sk-test", "base_url": server.url, "max_retries": 0}
    messages = [{"role": "user", "content": "hi"}]

    if mode == "sync":
        with openwire.OpenAI(**options) as client:
            with client.chat.completions.stream(model="m", messages=messages) as stream:
                with pytest.raises(IncompleteStreamError):
                    stream.get_final_completion()
                assert stream.current_completion_snapshot.choices[0].message.content == "Hel"
        return

    async def run() -> None:
        async with openwire.AsyncOpenAI(**options) as client:
            async with client.chat.completions.stream(model="m", messages=messages) as stream:
                with pytest.raises(IncompleteStreamError):
                    await stream.get_final_completion()
                assert stream.current_completion_snapshot.choices[0].message.content == "Hel"

    anyio.run(run)
