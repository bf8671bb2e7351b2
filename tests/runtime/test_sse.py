"""The SSE decoder (``openwire._sse``): WHATWG event-stream rules, in any chunking.

The decoder is pure: bytes in, events out. ``stream_error`` decides which events are errors.
"""

from __future__ import annotations

import itertools
import json
import random
from types import SimpleNamespace
from typing import Any, List, Optional

import httpx
import pytest

from openwire._sse import (
    ChoicesEnd,
    EndRule,
    ResponsesEnd,
    ServerSentEvent,
    SSEDecoder,
    end_rule_for,
    starts_a_document,
    stream_error,
)
from openwire.types.chat.chat_completion_chunk import ChatCompletionChunk


def chunk_event(content: str, *, role: Optional[str] = None, finish: Optional[str] = None) -> str:
    delta = {"role": role, "content": content} if role else {"content": content}
    return json.dumps(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion.chunk",
            "created": 1700000000,
            "model": "gpt-4o-mini",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        },
        ensure_ascii=False,
    )


MULTI_LINE_EVENT = b"event: message\r\ndata: first line\r\ndata:second line\r\n\r\n"

# A recorded-style stream: chat-completion chunks with a keep-alive comment, an event name,
# id and retry fields, multi-line data, non-ASCII text and all three kinds of line end.
RECORDED = b"".join(
    [
        b": keep-alive\n",
        b"\n",
        b"data: " + chunk_event("", role="assistant").encode() + b"\n",
        b"\n",
        b"id: 7\n",
        b"retry: 1500\n",
        b"data: " + chunk_event("Caf\u00e9 \U0001f600 \u4e2d\u6587").encode() + b"\n",
        b"\n",
        MULTI_LINE_EVENT,
        b": comment with CR ends\r",
        b"event: ping\r",
        b"data: {}\r",
        b"\r",
        b"data: " + chunk_event("!", finish="stop").encode() + b"\n",
        b"\n",
        b"data: [DONE]\n",
        b"\n",
    ]
)

RECORDED_EVENTS = [
    ServerSentEvent(data=chunk_event("", role="assistant")),
    ServerSentEvent(data=chunk_event("Caf\u00e9 \U0001f600 \u4e2d\u6587"), id="7", retry=1500),
    ServerSentEvent(event="message", data="first line\nsecond line", id="7"),
    ServerSentEvent(event="ping", data="{}", id="7"),
    ServerSentEvent(data=chunk_event("!", finish="stop"), id="7"),
    ServerSentEvent(data="[DONE]", id="7"),
]


def decode(*chunks: bytes) -> List[ServerSentEvent]:
    decoder = SSEDecoder()
    events: List[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    decoder.end()
    return events


def datas(*chunks: bytes) -> List[str]:
    return [event.data for event in decode(*chunks)]


class TestChunking:
    def test_the_recorded_stream_decodes_to_its_events(self) -> None:
        assert decode(RECORDED) == RECORDED_EVENTS

    def test_every_cut_into_two_chunks_gives_the_same_events(self) -> None:
        for cut in range(len(RECORDED) + 1):
            assert decode(RECORDED[:cut], RECORDED[cut:]) == RECORDED_EVENTS, f"cut at byte {cut}"

    def test_one_byte_at_a_time_gives_the_same_events(self) -> None:
        assert decode(*(RECORDED[i : i + 1] for i in range(len(RECORDED)))) == RECORDED_EVENTS

    def test_random_chunkings_with_empty_reads_give_the_same_events(self) -> None:
        rng = random.Random(1234)
        for _ in range(200):
            cuts = sorted(rng.sample(range(len(RECORDED) + 1), 6))
            bounds = [0, *cuts, len(RECORDED)]
            # Repeating a bound yields an empty chunk: a read that returned nothing.
            chunks = [RECORDED[a:b] for a, b in itertools.pairwise(bounds)]
            assert decode(*chunks) == RECORDED_EVENTS, cuts

    def test_events_are_returned_as_soon_as_their_blank_line_arrives(self) -> None:
        decoder = SSEDecoder()
        assert decoder.feed(b"data: a\n") == []
        assert decoder.feed(b"\n") == [ServerSentEvent(data="a")]
        assert decoder.feed(b"data: b\n\ndata: c\n\n") == [ServerSentEvent(data="b"), ServerSentEvent(data="c")]

    def test_agrees_with_the_reference_sdk_on_a_byte_by_byte_stream(self) -> None:
        import openai

        # The reference would fail to parse the non-JSON multi-line event: leave it out.
        raw = RECORDED.replace(MULTI_LINE_EVENT, b"")

        def handler(request: httpx.Request) -> httpx.Response:
            one_byte_chunks = iter([raw[i : i + 1] for i in range(len(raw))])
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=one_byte_chunks)

        client = openai.OpenAI(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
        stream = client.chat.completions.create(model="m", messages=[], stream=True)
        reference = [chunk.choices[0].delta.content if chunk.choices else None for chunk in stream]
        ours = [
            json.loads(event.data)["choices"][0]["delta"]["content"] if "choices" in event.data else None
            for event in decode(*(raw[i : i + 1] for i in range(len(raw))))
            if event.data != "[DONE]"
        ]
        assert reference == ours == ["", "Caf\u00e9 \U0001f600 \u4e2d\u6587", None, "!"]


class TestLineEnds:
    @pytest.mark.parametrize("eol", [b"\n", b"\r", b"\r\n"], ids=["LF", "CR", "CRLF"])
    def test_each_line_end_works(self, eol: bytes) -> None:
        stream = b"event: e" + eol + b"data: a" + eol + b"data: b" + eol + eol + b"data: c" + eol + eol
        assert decode(stream) == [ServerSentEvent(event="e", data="a\nb"), ServerSentEvent(data="c")]

    def test_mixed_line_ends_in_one_stream(self) -> None:
        assert datas(b"data: a\r\ndata: b\rdata: c\n\r\n") == ["a\nb\nc"]

    def test_crlf_split_across_two_chunks_is_one_line_end(self) -> None:
        # If the LF were a second line end, "a" would be dispatched alone.
        assert datas(b"data: a\r", b"\ndata: b\r\n\r\n") == ["a\nb"]

    def test_crlf_split_with_the_lf_alone_in_the_next_chunk(self) -> None:
        assert datas(b"data: a\r", b"\n", b"data: b\r\n\r\n") == ["a\nb"]

    def test_an_empty_read_between_cr_and_lf_does_not_break_the_pair(self) -> None:
        assert datas(b"data: a\r", b"", b"\ndata: b\r\n\r\n") == ["a\nb"]

    def test_cr_then_crlf_is_two_line_ends(self) -> None:
        assert datas(b"data: a\r", b"\r\ndata: b\n\n") == ["a", "b"]

    def test_two_crs_end_an_event(self) -> None:
        assert datas(b"data: a\r\r") == ["a"]


class TestFields:
    def test_data_without_a_space_after_the_colon(self) -> None:
        assert datas(b"data:x\n\n") == ["x"]

    def test_only_one_leading_space_is_removed(self) -> None:
        assert datas(b"data:  two spaces \n\n") == [" two spaces "]

    def test_a_colon_inside_the_value_is_kept(self) -> None:
        assert datas(b'data: {"a": "b:c"}\n\n') == ['{"a": "b:c"}']

    def test_a_field_without_colon_has_an_empty_value(self) -> None:
        # "data" alone appends an empty line: two of them join to a single "\n".
        assert datas(b"data\ndata\n\n") == ["\n"]
        assert decode(b"event\ndata: x\n\n") == [ServerSentEvent(event="", data="x")]

    def test_empty_data_field_dispatches_an_event_with_empty_data(self) -> None:
        # WHATWG: "data:" makes the data buffer "\n", which is not empty, so the event fires.
        assert decode(b"data:\n\n") == [ServerSentEvent(data="")]
        assert datas(b"data: a\ndata:\ndata: b\n\n") == ["a\n\nb"]

    def test_events_without_data_are_not_dispatched(self) -> None:
        assert decode(b"event: ping\n\n", b"id: 3\n\n", b"retry: 10\n\n", b": only a comment\n\n") == []

    def test_the_event_name_of_an_undispatched_event_does_not_leak(self) -> None:
        assert decode(b"event: ping\n\ndata: x\n\n") == [ServerSentEvent(data="x", id=None)]

    def test_comments_are_ignored(self) -> None:
        assert datas(b": keep-alive\n:\ndata: x\n: between\n\n") == ["x"]

    def test_unknown_fields_are_ignored(self) -> None:
        assert decode(b"foo: bar\ndata: x\nDATA: y\n\n") == [ServerSentEvent(data="x")]

    def test_the_event_name_applies_to_one_event_only(self) -> None:
        assert decode(b"event: a\ndata: 1\n\ndata: 2\n\n") == [
            ServerSentEvent(event="a", data="1"),
            ServerSentEvent(data="2"),
        ]

    def test_the_last_event_id_persists_until_changed(self) -> None:
        events = decode(b"id: 1\ndata: a\n\ndata: b\n\nid: 2\ndata: c\n\nid:\ndata: d\n\n")
        assert [e.id for e in events] == ["1", "1", "2", ""]

    def test_an_id_containing_nul_is_ignored(self) -> None:
        assert [e.id for e in decode(b"id: 1\ndata: a\n\nid: x\x00y\ndata: b\n\n")] == ["1", "1"]

    def test_retry_takes_ascii_digits_only(self) -> None:
        events = decode(
            b"retry: 250\ndata: a\n\n",
            b"retry: 1.5\ndata: b\n\n",
            b"retry: \xc2\xb2\ndata: c\n\n",  # "\u00b2" is a digit to str.isdigit(), not to int()
            b"retry: -1\ndata: d\n\n",
        )
        assert [e.retry for e in events] == [250, None, None, None]

    def test_done_is_passed_through_as_data(self) -> None:
        assert decode(b"data: [DONE]\n\n") == [ServerSentEvent(data="[DONE]")]

    def test_a_bom_at_the_start_is_ignored(self) -> None:
        assert datas(b"\xef\xbb\xbfdata: x\n\n") == ["x"]
        assert datas(b"\xef", b"\xbb", b"\xbfdata: x\n\n") == ["x"]

    def test_a_bom_later_in_the_stream_is_not_removed(self) -> None:
        # It makes the field name "\ufeffdata", which is unknown.
        assert datas(b"data: a\n\n\xef\xbb\xbfdata: x\n\n") == ["a"]


class TestEncoding:
    @pytest.mark.parametrize("text", ["\u00e9", "\u4e2d", "\U0001f600"])
    def test_a_multibyte_character_split_at_every_byte(self, text: str) -> None:
        raw = b"data: <" + text.encode() + b">\n\n"
        for cut in range(len(raw) + 1):
            assert datas(raw[:cut], raw[cut:]) == [f"<{text}>"], cut

    def test_invalid_utf8_becomes_a_replacement_character(self) -> None:
        assert datas(b"data: \xff\n\n") == ["\ufffd"]


class TestEnd:
    """At the end of the byte stream an event without its closing blank line is discarded (the
    SSE rules), and ``end()`` says so, so that the stream can report the loss."""

    def test_an_event_missing_its_final_blank_line_is_discarded_and_reported(self) -> None:
        decoder = SSEDecoder()
        assert decoder.feed(b"data: a\ndata: b\n") == []
        assert decoder.end() is True

    def test_a_line_cut_mid_way_is_discarded_and_reported(self) -> None:
        decoder = SSEDecoder()
        assert decoder.feed(b'data: {"complete": 1}\n\ndata: {"cut') == [ServerSentEvent(data='{"complete": 1}')]
        assert decoder.end() is True

    def test_a_clean_end_reports_nothing_cut(self) -> None:
        decoder = SSEDecoder()
        assert decoder.feed(b"data: a\n\n") == [ServerSentEvent(data="a")]
        assert decoder.end() is False

    def test_fields_without_data_lose_nothing(self) -> None:
        decoder = SSEDecoder()
        decoder.feed(b"event: e\n")
        assert decoder.end() is False

    def test_end_resets_the_decoder(self) -> None:
        decoder = SSEDecoder()
        decoder.feed(b"event: e\ndata: a\n")
        assert decoder.end() is True
        assert decoder.end() is False
        assert decoder.feed(b"data: b\n\n") == [ServerSentEvent(data="b")]

    def test_a_discarded_partial_line_does_not_leak_into_what_follows(self) -> None:
        decoder = SSEDecoder()
        decoder.feed(b'data: {"cut')
        assert decoder.end() is True
        assert decoder.feed(b"data: b\n\n") == [ServerSentEvent(data="b")]


class TestLongLines:
    """A long line in small reads costs linear time (base64 image deltas are megabytes)."""

    def test_a_long_line_in_small_reads_is_one_event(self) -> None:
        payload = b"x" * 100_000
        body = b"data: " + payload + b"\r\n\r\n"
        decoder = SSEDecoder()
        events: List[ServerSentEvent] = []
        for start in range(0, len(body), 7):
            events.extend(decoder.feed(body[start : start + 7]))
        assert events == [ServerSentEvent(data=payload.decode())]

    def test_four_megabytes_in_one_kilobyte_reads_is_fast(self) -> None:
        import time

        body = b"data: " + b"z" * (4 * 1024 * 1024) + b"\n\n"
        decoder = SSEDecoder()
        started = time.perf_counter()
        events: List[ServerSentEvent] = []
        for start in range(0, len(body), 1024):
            events.extend(decoder.feed(body[start : start + 1024]))
        elapsed = time.perf_counter() - started
        assert len(events) == 1 and len(events[0].data) == 4 * 1024 * 1024
        assert elapsed < 2.0, f"{elapsed:.2f} s: quadratic again? (linear takes ~0.05 s)"


class TestServerSentEvent:
    def test_json_decodes_the_data(self) -> None:
        assert ServerSentEvent(data='{"a": [1, 2]}').json() == {"a": [1, 2]}

    def test_equality_compares_every_field(self) -> None:
        assert ServerSentEvent(data="x", event="e", id="1", retry=5) == ServerSentEvent(
            data="x", event="e", id="1", retry=5
        )
        assert ServerSentEvent(data="x") != ServerSentEvent(data="x", id="1")
        assert ServerSentEvent(data="x") != "x"

    def test_repr_shows_every_field(self) -> None:
        assert repr(ServerSentEvent(data="x", event="e")) == "ServerSentEvent(event='e', data='x', id=None, retry=None)"


GENERIC = "An error occurred during streaming"


class TestStreamError:
    def test_an_error_object_gives_its_message_and_the_object_as_body(self) -> None:
        event = ServerSentEvent(data='{"error": {"message": "boom", "type": "server_error", "code": 1}}')
        assert stream_error(event) == ("boom", {"message": "boom", "type": "server_error", "code": 1})

    def test_an_error_object_without_message_gets_a_generic_message(self) -> None:
        assert stream_error(ServerSentEvent(data='{"error": {"code": 1}}')) == (GENERIC, {"code": 1})
        assert stream_error(ServerSentEvent(data='{"error": {"message": ""}}')) == (GENERIC, {"message": ""})

    def test_an_error_string_gives_a_generic_message_and_the_string_as_body(self) -> None:
        assert stream_error(ServerSentEvent(data='{"error": "text"}')) == (GENERIC, "text")

    @pytest.mark.parametrize("data", ['{"error": null}', '{"error": ""}', '{"error": {}}', '{"error": false}'])
    def test_a_falsy_error_is_not_an_error(self, data: str) -> None:
        assert stream_error(ServerSentEvent(data=data)) is None

    def test_the_event_name_does_not_matter_for_an_error_object(self) -> None:
        event = ServerSentEvent(event="response.failed", data='{"error": {"message": "x"}}')
        assert stream_error(event) == ("x", {"message": "x"})

    def test_event_error_with_text_data_is_an_error_with_that_text(self) -> None:
        assert stream_error(ServerSentEvent(event="error", data="overloaded")) == ("overloaded", "overloaded")
        assert stream_error(ServerSentEvent(event="error", data="")) == (GENERIC, "")

    def test_event_error_with_error_object_is_an_error(self) -> None:
        event = ServerSentEvent(event="error", data='{"error": {"message": "m"}}')
        assert stream_error(event) == ("m", {"message": "m"})

    def test_event_error_with_non_object_json_is_an_error(self) -> None:
        assert stream_error(ServerSentEvent(event="error", data="[1]")) == (GENERIC, [1])

    def test_event_error_with_an_object_without_error_key_is_data(self) -> None:
        # The Responses API streams its typed ResponseErrorEvent like this; the reference
        # yields it as an item rather than raising (see the oracle test below).
        data = '{"type": "error", "code": "server_error", "message": "m", "param": null, "sequence_number": 1}'
        assert stream_error(ServerSentEvent(event="error", data=data)) is None

    @pytest.mark.parametrize(
        "data",
        [
            chunk_event('an "error" occurred'),
            chunk_event("error"),
            '{"content": "error"}',
            '{"message": {"error": "nested, not top level"}}',
            '["error"]',
            'not json but mentions "error"',
        ],
    )
    def test_ordinary_data_mentioning_error_is_not_an_error(self, data: str) -> None:
        assert stream_error(ServerSentEvent(data=data)) is None

    @pytest.mark.parametrize(
        ("event", "data"),
        [
            (None, '{"error": {"message": "boom", "code": 1}}'),
            (None, '{"error": {"code": 1}}'),
            (None, '{"error": "text"}'),
            (
                None,
                '{"error": null, "id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}',
            ),
            ("error", '{"error": {"message": "x"}}'),
            ("error", '{"type": "error", "code": "c", "message": "m", "param": null, "sequence_number": 1}'),
            ("response.created", '{"error": {"message": "x"}}'),
            (None, chunk_event('an "error" occurred')),
        ],
    )
    def test_agrees_with_the_reference_sdk(self, event: Optional[str], data: str) -> None:
        import openai

        body = (f"event: {event}\n" if event else "").encode() + b"data: " + data.encode() + b"\n\n"

        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

        client = openai.OpenAI(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
        try:
            list(client.responses.create(model="m", input="x", stream=True))
            reference = None
        except openai.APIError as err:
            reference = (err.message, err.body)
        assert stream_error(ServerSentEvent(event=event, data=data)) == reference


class TestDocumentStart:
    @pytest.mark.parametrize("start", [b'{"error": 1}', b"  \n[1]", b"\xef\xbb\xbf<html>", b"<!DOCTYPE html>"])
    def test_json_and_html_are_documents(self, start: bytes) -> None:
        assert starts_a_document(start) is True

    @pytest.mark.parametrize("start", [b"data: {}", b": comment", b"event: x", b"\ndata: 1", b"retry: 5"])
    def test_event_streams_are_not(self, start: bytes) -> None:
        assert starts_a_document(start) is False

    def test_whitespace_alone_decides_nothing(self) -> None:
        assert starts_a_document(b" \r\n\n") is None


def chunk_item(index: int, finish: Optional[str]) -> Any:
    payload = json.loads(chunk_event("x", finish=finish))
    payload["choices"] = [{"index": index, "delta": {}, "finish_reason": finish}]
    return ChatCompletionChunk.model_validate(payload)


class TestEndRules:
    def test_chat_chunks_and_completions_end_with_a_finish_reason_for_every_choice(self) -> None:
        from openwire.types.completion import Completion

        assert isinstance(end_rule_for(ChatCompletionChunk), ChoicesEnd)
        assert isinstance(end_rule_for(Completion), ChoicesEnd)
        rule = end_rule_for(ChatCompletionChunk)
        assert not rule.complete()  # nothing at all is not complete
        rule.see(chunk_item(0, None))
        rule.see(chunk_item(1, None))
        rule.see(chunk_item(0, "stop"))
        assert not rule.complete()
        rule.see(chunk_item(1, "length"))
        assert rule.complete()
        rule.see(chunk_item(1, None))  # a trailing chunk of a finished choice reopens nothing
        assert rule.complete()

    def test_responses_end_with_a_terminal_event(self) -> None:
        from openwire.types.responses.response_stream_event import ResponseStreamEvent

        rule = end_rule_for(ResponseStreamEvent)
        assert isinstance(rule, ResponsesEnd)
        assert rule.see(SimpleNamespace(type="response.created")) is False
        assert not rule.complete()
        assert rule.see(SimpleNamespace(type="response.incomplete")) is True
        assert rule.complete()

    def test_an_error_event_ends_a_responses_stream_without_stopping_it(self) -> None:
        rule = ResponsesEnd()
        assert rule.see(SimpleNamespace(type="error")) is False
        assert rule.complete()

    def test_other_items_end_whenever_the_body_ends(self) -> None:
        rule = end_rule_for(dict)
        assert type(rule) is EndRule
        assert rule.see({"anything": 1}) is False and rule.complete()
