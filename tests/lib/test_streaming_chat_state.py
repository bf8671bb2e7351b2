"""``ChatCompletionStreamState`` without I/O: the events each chunk produces, in order, and the
snapshot they add up to, for every kind of chunk stream."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Sequence

import pytest
import stream_recordings as rec

from openwire import ContentFilterFinishReasonError, LengthFinishReasonError, providers, pydantic_function_tool
from openwire._models import parse_json
from openwire.lib.streaming._merge import merge_value
from openwire.lib.streaming.chat import ChatCompletionStreamState, ChunkEvent
from openwire.types.chat import ChatCompletionChunk


def parse_chunk(payload: Dict[str, Any]) -> ChatCompletionChunk:
    """As the stream does: one pass of (lenient) JSON parsing."""
    return parse_json(ChatCompletionChunk, json.dumps(payload))


def feed(chunks: Sequence[Dict[str, Any]], **options: Any) -> tuple[ChatCompletionStreamState[Any], List[Any]]:
    state: ChatCompletionStreamState[Any] = ChatCompletionStreamState(**options)
    events: List[Any] = []
    for payload in chunks:
        events.extend(state.handle_chunk(parse_chunk(payload)))
    return state, events


def kinds(events: List[Any]) -> List[str]:
    short = {"tool_calls.function.arguments.delta": "args.delta", "tool_calls.function.arguments.done": "args.done"}
    out = []
    for event in events:
        name = short.get(event.type, event.type)
        out.append(f"{name}[{event.index}]" if name.startswith("args") else name)
    return out


def of(events: List[Any], kind: str) -> List[Any]:
    return [event for event in events if event.type == kind]


def test_text_deltas_accumulate_into_one_snapshot_object() -> None:
    state, events = feed(rec.chat_text())

    assert kinds(events) == [
        "chunk",
        "content.delta",
        "chunk",
        "content.delta",
        "chunk",
        "content.delta",
        "chunk",
        "content.delta",
        "chunk",
        "content.done",
        "chunk",
    ]
    assert [(e.delta, e.snapshot) for e in of(events, "content.delta")] == [
        ("", ""),
        ("Hello", "Hello"),
        (", wörld", "Hello, wörld"),
        (" ✓", "Hello, wörld ✓"),
    ]
    assert of(events, "content.done")[0].content == "Hello, wörld ✓"
    snapshot = state.current_completion_snapshot
    assert all(event.snapshot is snapshot for event in of(events, "chunk"))
    assert snapshot.object == "chat.completion"
    assert snapshot.choices[0].finish_reason == "stop"
    assert snapshot.usage is not None and snapshot.usage.total_tokens == 18  # from the usage-only chunk
    assert snapshot.system_fingerprint == "fp_1"
    final = state.get_final_completion()
    assert final is not snapshot and final.choices[0].message.content == "Hello, wörld ✓"
    assert final.choices[0].message.parsed is None


def test_sequential_tool_calls_report_each_call_done_when_the_next_starts() -> None:
    state, events = feed(rec.chat_tool_calls(), input_tools=[rec.WEATHER_TOOL, rec.LOOSE_TOOL])

    assert [k for k in kinds(events) if k != "chunk"] == [
        "args.delta[0]",
        "args.delta[0]",
        "args.delta[0]",
        "args.delta[0]",
        "args.delta[1]",
        "args.done[0]",
        "args.delta[1]",
        "args.delta[1]",
        "args.done[1]",
    ]
    deltas = of(events, "tool_calls.function.arguments.delta")
    # A strict tool's arguments are parsed while they stream (complete values only); the
    # first delta of a call is not, as in the reference SDK. A loose tool's never are.
    assert [d.parsed_arguments for d in deltas[:4]] == [None, {}, {}, {"city": "Paris"}]
    assert [d.arguments_delta for d in deltas[:4]] == ["", '{"ci', 'ty": "Par', 'is"}']
    assert [d.parsed_arguments for d in deltas[4:]] == [None, None, None]
    done = of(events, "tool_calls.function.arguments.done")
    assert [(d.name, d.arguments, d.parsed_arguments) for d in done] == [
        ("get_weather", '{"city": "Paris"}', {"city": "Paris"}),
        ("lookup", '{"q": 1}', None),
    ]
    calls = state.get_final_completion().choices[0].message.tool_calls or []
    assert [(c.id, c.function.name, c.function.parsed_arguments) for c in calls] == [
        ("call_a", "get_weather", {"city": "Paris"}),
        ("call_b", "lookup", None),
    ]


def test_interleaved_tool_calls_are_merged_by_index_and_reported_done_once_complete() -> None:
    state, events = feed(rec.chat_interleaved_tool_calls(), input_tools=[rec.WEATHER_TOOL])

    assert [k for k in kinds(events) if k != "chunk"] == [
        "args.delta[0]",
        "args.delta[1]",  # call 0 is incomplete: not reported done yet
        "args.delta[0]",  # call 1 is incomplete: not reported done yet
        "args.delta[1]",
        "args.done[0]",  # complete when call 1 continues
        "args.done[1]",  # at the finish
    ]
    calls = state.current_completion_snapshot.choices[0].message.tool_calls or []
    assert [(c.id, c.function.arguments) for c in calls] == [("call_a", '{"city": "Rome"}'), ("call_b", '{"q": 2}')]
    assert [c.model_extra for c in calls] == [{"index": 0}, {"index": 1}]


def test_pydantic_function_tool_arguments_parse_into_the_model() -> None:
    tool = pydantic_function_tool(rec.GetWeather)
    state, events = feed(rec.chat_pydantic_tool(), input_tools=[tool])

    deltas = of(events, "tool_calls.function.arguments.delta")
    assert [d.parsed_arguments for d in deltas] == [None, {"city": "Oslo"}, {"city": "Oslo", "days": 3}]
    (done,) = of(events, "tool_calls.function.arguments.done")
    assert done.parsed_arguments == rec.GetWeather(city="Oslo", days=3)
    calls = state.get_final_completion().choices[0].message.tool_calls or []
    assert calls[0].function.parsed_arguments == rec.GetWeather(city="Oslo", days=3)


def test_two_choices_accumulate_separately_and_finish_on_their_own() -> None:
    state, events = feed(rec.chat_two_choices())

    snapshot = state.current_completion_snapshot
    assert [(c.index, c.message.content, c.finish_reason) for c in snapshot.choices] == [
        (0, "Right side", "stop"),
        (1, "Left side", "stop"),
    ]
    assert [e.content for e in of(events, "content.done")] == ["Left side", "Right side"]
    assert snapshot.usage is not None and snapshot.usage.completion_tokens == 7
    assert kinds(events)[-1] == "chunk"  # the usage-only chunk has no choices: only its chunk event


def test_refusal_and_its_logprobs() -> None:
    state, events = feed(rec.chat_refusal_with_logprobs())

    assert [k for k in kinds(events) if k != "chunk"] == [
        "refusal.delta",
        "refusal.delta",
        "logprobs.refusal.delta",
        "refusal.delta",
        "logprobs.refusal.delta",
        "refusal.done",
        "logprobs.refusal.done",
    ]
    lp_deltas = of(events, "logprobs.refusal.delta")
    assert [[t.token for t in e.refusal] for e in lp_deltas] == [["I", " can't"], [" help."]]
    assert [len(e.snapshot) for e in lp_deltas] == [2, 3]  # each event keeps its own list
    assert of(events, "refusal.done")[0].refusal == "I can't help."
    assert [t.token for t in of(events, "logprobs.refusal.done")[0].refusal] == ["I", " can't", " help."]
    assert state.current_completion_snapshot.choices[0].message.content is None


def test_content_logprobs_skip_empty_lists() -> None:
    state, events = feed(rec.chat_content_logprobs())

    assert [k for k in kinds(events) if k != "chunk"] == [
        "content.delta",
        "content.delta",
        "logprobs.content.delta",
        "content.delta",
        "logprobs.content.delta",
        "content.done",
        "logprobs.content.done",
    ]
    logprobs = state.current_completion_snapshot.choices[0].logprobs
    assert logprobs is not None and [t.token for t in logprobs.content or []] == ["Hi", " there"]


def test_structured_output_is_parsed_while_it_streams_and_into_the_model_when_done() -> None:
    state, events = feed(rec.chat_structured(), response_format=rec.Weather)

    assert [e.parsed for e in of(events, "content.delta")] == [
        None,  # the chunk that starts the choice is not parsed (as the reference)
        {},
        {"city": "Berlin", "temperatures": [12]},
        {"city": "Berlin", "temperatures": [12.5, 14]},
        {"city": "Berlin", "temperatures": [12.5, 14], "note": None},
    ]
    (done,) = of(events, "content.done")
    expected = rec.Weather(city="Berlin", temperatures=[12.5, 14], note=None)
    assert done.parsed == expected
    assert state.current_completion_snapshot.choices[0].message.parsed == expected
    final = state.get_final_completion()
    assert final.choices[0].message.parsed == expected
    assert final.usage is not None


@pytest.mark.parametrize(
    ("finish_reason", "error"),
    [("length", LengthFinishReasonError), ("content_filter", ContentFilterFinishReasonError)],
)
def test_a_cut_structured_answer_raises_at_its_finishing_chunk(finish_reason: str, error: type) -> None:
    state: ChatCompletionStreamState[Any] = ChatCompletionStreamState(response_format=rec.Weather)
    first, finishing, _ = rec.chat_cut_structured(finish_reason)
    state.handle_chunk(parse_chunk(first))

    with pytest.raises(error) as info:
        state.handle_chunk(parse_chunk(finishing))

    assert info.value.completion.choices[0].message.content == '{"city": "Berlin'


def test_without_a_model_a_cut_answer_streams_and_raises_on_the_final_completion() -> None:
    state, events = feed(rec.chat_cut_structured("length"))

    assert of(events, "content.done")[0].content == '{"city": "Berlin'
    with pytest.raises(LengthFinishReasonError) as info:
        state.get_final_completion()
    assert info.value.usage is not None and info.value.usage.total_tokens == 18


def test_chunks_from_openai_compatible_servers() -> None:
    state, events = feed(rec.chat_provider_quirks(), input_tools=[rec.WEATHER_TOOL])

    snapshot = state.current_completion_snapshot
    assert (snapshot.id, snapshot.model, snapshot.object, snapshot.created) == (
        "gen-1",
        "some/model",
        "chat.completion",
        None,
    )
    assert snapshot.model_extra == {"provider": "Acme"}
    message = snapshot.choices[0].message
    assert message.role == "assistant"  # repeated in every delta, not doubled
    assert message.content == "Calling"
    assert message.model_extra == {"reasoning_content": "Thinking."}
    assert providers.reasoning_content(message) == "Thinking."
    calls = message.tool_calls or []
    assert [(c.id, c.function.name, c.function.arguments) for c in calls] == [
        ("t1", "get_weather", '{"city": "Lima"}'),
        ("t2", "lookup", "{}"),
    ]
    assert snapshot.choices[0].finish_reason == "tool_calls"
    assert snapshot.usage is not None
    assert [k for k in kinds(events) if k != "chunk"] == [
        "content.delta",
        "args.delta[0]",
        "content.done",  # text is done once tool calls follow it
        "args.delta[0]",
        "args.delta[1]",
        "args.done[0]",
        "args.done[1]",
    ]
    assert of(events, "tool_calls.function.arguments.done")[0].parsed_arguments == {"city": "Lima"}
    assert state.get_final_completion().choices[0].message.tool_calls is not None


def test_a_repeated_function_name_is_not_doubled_but_a_split_one_is_joined() -> None:
    state, _ = feed(
        [
            rec.chunk([rec.choice({"role": "assistant", **rec.tool_delta(0, "{", call_id="c", name="get_")})]),
            rec.chunk(
                [
                    rec.choice(
                        {"tool_calls": [{"index": 0, "id": "c", "function": {"name": "weather", "arguments": "}"}}]}
                    )
                ]
            ),
            rec.chunk([rec.choice({"tool_calls": [{"index": 0, "id": "c", "function": {"name": "get_weather"}}]})]),
        ]
    )
    (call,) = state.current_completion_snapshot.choices[0].message.tool_calls or []
    assert (call.id, call.function.name, call.function.arguments) == ("c", "get_weather", "{}")


def test_audio_function_call_and_annotation_deltas() -> None:
    citation = {"type": "url_citation", "url_citation": {"url": "u", "title": "t", "start_index": 0, "end_index": 1}}
    state, _ = feed(
        [
            rec.chunk(
                [
                    rec.choice(
                        {
                            "role": "assistant",
                            "audio": {"id": "audio_1", "data": "AAA", "transcript": "Hel", "expires_at": 5},
                            "function_call": {"name": "legacy", "arguments": '{"a"'},
                            "annotations": [citation],
                        }
                    )
                ]
            ),
            rec.chunk(
                [
                    rec.choice(
                        {
                            "audio": {"id": "audio_1", "data": "BBB", "transcript": "lo", "expires_at": 5},
                            "function_call": {"arguments": ": 1}"},
                            "annotations": [citation],
                        },
                        "stop",
                    )
                ]
            ),
        ]
    )

    message = state.current_completion_snapshot.choices[0].message
    assert message.audio is not None
    assert (message.audio.id, message.audio.data, message.audio.transcript, message.audio.expires_at) == (
        "audio_1",
        "AAABBB",
        "Hello",
        5,
    )
    assert message.function_call is not None
    assert (message.function_call.name, message.function_call.arguments) == ("legacy", '{"a": 1}')
    assert [a.url_citation.url for a in message.annotations or []] == ["u", "u"]
    assert message.model_extra == {}


def test_nothing_to_show_before_the_first_chunk() -> None:
    state: ChatCompletionStreamState[Any] = ChatCompletionStreamState()

    with pytest.raises(RuntimeError, match="No chunk received yet"):
        state.current_completion_snapshot  # noqa: B018
    with pytest.raises(RuntimeError):
        state.get_final_completion()


def test_chunk_event_carries_the_chunk_as_received() -> None:
    payloads = rec.chat_text()
    _, events = feed(payloads)

    chunk_events = [e for e in events if isinstance(e, ChunkEvent)]
    assert [e.chunk.choices[0].delta.content if e.chunk.choices else None for e in chunk_events] == [
        "",
        "Hello",
        ", wörld",
        " ✓",
        None,
        None,
    ]


@pytest.mark.parametrize(
    ("old", "new", "key", "merged"),
    [
        ("Think", "ing", "reasoning_content", "Thinking"),
        ({"a": "x", "n": 1}, {"a": "y", "n": 2}, "", {"a": "xy", "n": 2}),
        (
            [{"index": 0, "t": "a"}],
            [{"index": 0, "t": "b"}, {"index": 1, "t": "c"}],
            "",
            [{"index": 0, "t": "ab"}, {"index": 1, "t": "c"}],
        ),
        ([1], [2], "", [1, 2]),
        ("call_1", "call_1", "id", "call_1"),
        ("x", None, "", "x"),
        (None, "x", "", "x"),
    ],
)
def test_merging_fields_the_sdk_does_not_model(old: Any, new: Any, key: str, merged: Any) -> None:
    assert merge_value(old, new, key=key) == merged
