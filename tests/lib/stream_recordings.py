"""Recorded-style streams for the streaming helper tests: the JSON payloads of each SSE event,
shaped like what the API (and some OpenAI-compatible servers) send, and SSE bodies of them.

Chat streams are lists of ``chat.completion.chunk`` payloads; Responses streams are lists of
events (``sequence_number`` filled in) sent with an ``event:`` line, as the API does.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Sequence

import pydantic

Json = Dict[str, Any]


class Weather(pydantic.BaseModel):
    city: str
    temperatures: List[float]
    note: Optional[str]


class GetWeather(pydantic.BaseModel):
    """Look up the weather of a city."""

    city: str
    days: int


WEATHER_TOOL: Json = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
            "additionalProperties": False,
        },
        "strict": True,
    },
}
LOOSE_TOOL: Json = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}


# -- SSE bodies ----------------------------------------------------------------------------------


def chat_body(chunks: Sequence[Json]) -> bytes:
    return "".join(f"data: {json.dumps(chunk)}\n\n" for chunk in chunks).encode() + b"data: [DONE]\n\n"


def responses_body(events: Sequence[Json]) -> bytes:
    return "".join(f"event: {event['type']}\ndata: {json.dumps(event)}\n\n" for event in events).encode()


def pieces(body: bytes, size: int) -> List[bytes]:
    """``body`` cut every ``size`` bytes (so events, lines and UTF-8 characters are split)."""
    return [body[i : i + size] for i in range(0, len(body), size)]


# -- chat ----------------------------------------------------------------------------------------


def chunk(choices: Optional[List[Json]], **fields: Any) -> Json:
    payload: Json = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": "gpt-4o-2024-08-06",
        "system_fingerprint": "fp_1",
        "choices": choices,
    }
    payload.update(fields)
    return payload


def choice(delta: Json, finish_reason: Optional[str] = None, index: int = 0, **fields: Any) -> Json:
    return {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish_reason, **fields}


def tool_delta(index: int, arguments: str, *, call_id: Optional[str] = None, name: Optional[str] = None) -> Json:
    call: Json = {"index": index, "function": {"arguments": arguments}}
    if call_id is not None:
        call.update(id=call_id, type="function")
        call["function"]["name"] = name
    return {"tool_calls": [call]}


def token(text: str, logprob: float = -0.25) -> Json:
    return {"token": text, "logprob": logprob, "bytes": list(text.encode()), "top_logprobs": []}


USAGE: Json = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}


def chat_text() -> List[Json]:
    """Plain text with ``stream_options.include_usage``: ``usage: null`` on every chunk, then a
    usage-only chunk with empty ``choices``."""
    return [
        chunk([choice({"role": "assistant", "content": "", "refusal": None})], usage=None),
        chunk([choice({"content": "Hello"})], usage=None),
        chunk([choice({"content": ", wörld"})], usage=None),
        chunk([choice({"content": " ✓"})], usage=None),
        chunk([choice({}, "stop")], usage=None),
        chunk([], usage=USAGE),
    ]


def chat_tool_calls() -> List[Json]:
    """Two calls one after the other, as OpenAI sends them (``parallel_tool_calls``)."""
    return [
        chunk(
            [choice({"role": "assistant", "content": None, **tool_delta(0, "", call_id="call_a", name="get_weather")})]
        ),
        chunk([choice(tool_delta(0, '{"ci'))]),
        chunk([choice(tool_delta(0, 'ty": "Par'))]),
        chunk([choice(tool_delta(0, 'is"}'))]),
        chunk([choice(tool_delta(1, "", call_id="call_b", name="lookup"))]),
        chunk([choice(tool_delta(1, '{"q": 1'))]),
        chunk([choice(tool_delta(1, "}"))]),
        chunk([choice({}, "tool_calls")]),
    ]


def chat_pydantic_tool() -> List[Json]:
    return [
        chunk(
            [choice({"role": "assistant", "content": None, **tool_delta(0, "", call_id="call_w", name="GetWeather")})]
        ),
        chunk([choice(tool_delta(0, '{"city": "Oslo", '))]),
        chunk([choice(tool_delta(0, '"days": 3}'))]),
        chunk([choice({}, "tool_calls")]),
    ]


def chat_interleaved_tool_calls() -> List[Json]:
    """Calls whose deltas interleave by ``index`` (some OpenAI-compatible servers)."""
    return [
        chunk([choice({"role": "assistant", **tool_delta(0, '{"city": ', call_id="call_a", name="get_weather")})]),
        chunk([choice(tool_delta(1, '{"q": ', call_id="call_b", name="lookup"))]),
        chunk([choice(tool_delta(0, '"Rome"}'))]),
        chunk([choice(tool_delta(1, "2}"))]),
        chunk([choice({}, "tool_calls")]),
    ]


def chat_two_choices() -> List[Json]:
    """``n=2``: the choices' deltas interleave; each finishes on its own; usage comes last."""
    return [
        chunk(
            [
                choice({"role": "assistant", "content": ""}, index=0),
                choice({"role": "assistant", "content": ""}, index=1),
            ]
        ),
        chunk([choice({"content": "Left"}, index=1)]),
        chunk([choice({"content": "Right"}, index=0)]),
        chunk([choice({"content": " side"}, index=1, finish_reason="stop")]),
        chunk([choice({"content": " side"}, index=0)]),
        chunk([choice({}, "stop", index=0)]),
        chunk([], usage=USAGE),
    ]


def chat_refusal_with_logprobs() -> List[Json]:
    return [
        chunk([choice({"role": "assistant", "refusal": ""}, logprobs={"content": None, "refusal": []})]),
        chunk([choice({"refusal": "I can't"}, logprobs={"content": None, "refusal": [token("I"), token(" can't")]})]),
        chunk([choice({"refusal": " help."}, logprobs={"content": None, "refusal": [token(" help.")]})]),
        chunk([choice({}, "stop")]),
    ]


def chat_content_logprobs() -> List[Json]:
    return [
        chunk([choice({"role": "assistant", "content": ""}, logprobs={"content": [], "refusal": None})]),
        chunk([choice({"content": "Hi"}, logprobs={"content": [token("Hi")], "refusal": None})]),
        chunk([choice({"content": " there"}, logprobs={"content": [token(" there", -1.5)], "refusal": None})]),
        chunk([choice({}, "stop", logprobs={"content": [], "refusal": None})]),
    ]


def chat_structured() -> List[Json]:
    """A ``Weather`` answer streamed in pieces that cut strings, numbers and literals."""
    return [
        chunk([choice({"role": "assistant", "content": ""})]),
        chunk([choice({"content": '{"city": "Ber'})]),
        chunk([choice({"content": 'lin", "temperatures": [12'})]),
        chunk([choice({"content": '.5, 14], "note": nu'})]),
        chunk([choice({"content": "ll}"})]),
        chunk([choice({}, "stop")]),
        chunk([], usage=USAGE),
    ]


def chat_cut_structured(finish_reason: str = "length") -> List[Json]:
    return [
        chunk([choice({"role": "assistant", "content": '{"city": "Ber'})]),
        chunk([choice({"content": "lin"}, finish_reason)]),
        chunk([], usage=USAGE),
    ]


def chat_provider_quirks() -> List[Json]:
    """What OpenAI-compatible servers send: no ``object`` / ``created``, an empty first chunk,
    ``null`` lists, ``role`` and tool ``id`` repeated in every delta, no tool call ``index``,
    no ``delta`` on the finishing chunk, extra fields (``reasoning_content``, ``provider``)."""
    return [
        {"id": "gen-1", "model": "some/model", "provider": "Acme", "choices": None},
        {
            "id": "gen-1",
            "model": "some/model",
            "choices": [
                {
                    "index": 0,
                    "delta": {"role": "assistant", "content": None, "reasoning_content": "Think", "tool_calls": None},
                }
            ],
        },
        {
            "id": "gen-1",
            "model": "some/model",
            "choices": [{"index": 0, "delta": {"role": "assistant", "reasoning_content": "ing."}}],
        },
        {
            "id": "gen-1",
            "model": "some/model",
            "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Calling"}}],
        },
        {
            "id": "gen-1",
            "model": "some/model",
            "choices": [
                {
                    "index": 0,
                    "delta": {
                        "role": "assistant",
                        "tool_calls": [
                            {
                                "id": "t1",
                                "type": "function",
                                "function": {"name": "get_weather", "arguments": '{"city"'},
                            }
                        ],
                    },
                }
            ],
        },
        {
            "id": "gen-1",
            "model": "some/model",
            "choices": [{"index": 0, "delta": {"tool_calls": [{"function": {"arguments": ': "Lima"}'}}]}}],
        },
        {
            "id": "gen-1",
            "model": "some/model",
            "choices": [
                {
                    "index": 0,
                    "delta": {
                        "tool_calls": [
                            {"id": "t2", "type": "function", "function": {"name": "lookup", "arguments": "{}"}}
                        ]
                    },
                }
            ],
        },
        {
            "id": "gen-1",
            "model": "some/model",
            "choices": [{"index": 0, "finish_reason": "tool_calls"}],
            "usage": USAGE,
        },
    ]


# -- responses -----------------------------------------------------------------------------------


def response(status: str = "in_progress", output: Optional[List[Json]] = None, **fields: Any) -> Json:
    payload: Json = {
        "id": "resp_1",
        "object": "response",
        "created_at": 1700000000,
        "model": "gpt-4o-2024-08-06",
        "status": status,
        "output": output or [],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "text": {"format": {"type": "text"}},
        "usage": None,
    }
    payload.update(fields)
    return payload


RESPONSE_USAGE: Json = {
    "input_tokens": 9,
    "output_tokens": 5,
    "total_tokens": 14,
    "input_tokens_details": {"cached_tokens": 0},
    "output_tokens_details": {"reasoning_tokens": 2},
}


def _numbered(events: List[Json]) -> List[Json]:
    for number, event in enumerate(events):
        event["sequence_number"] = number
    return events


def _message_events(index: int, texts: Sequence[str], *, item_id: str = "msg_1") -> List[Json]:
    item = {"id": item_id, "type": "message", "role": "assistant", "status": "in_progress", "content": []}
    empty = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
    full = "".join(texts)
    part = {"type": "output_text", "text": full, "annotations": [], "logprobs": []}
    where = {"item_id": item_id, "output_index": index, "content_index": 0}
    return [
        {"type": "response.output_item.added", "output_index": index, "item": item},
        {"type": "response.content_part.added", **where, "part": empty},
        *({"type": "response.output_text.delta", **where, "delta": text, "logprobs": []} for text in texts),
        {"type": "response.output_text.done", **where, "text": full, "logprobs": []},
        {"type": "response.content_part.done", **where, "part": part},
        {
            "type": "response.output_item.done",
            "output_index": index,
            "item": {**item, "status": "completed", "content": [part]},
        },
    ]


def _function_call_events(index: int, name: str, pieces_: Sequence[str], *, item_id: str = "fc_1") -> List[Json]:
    item = {
        "id": item_id,
        "type": "function_call",
        "call_id": f"call_{item_id}",
        "name": name,
        "arguments": "",
        "status": "in_progress",
    }
    arguments = "".join(pieces_)
    where = {"item_id": item_id, "output_index": index}
    return [
        {"type": "response.output_item.added", "output_index": index, "item": item},
        *({"type": "response.function_call_arguments.delta", **where, "delta": piece} for piece in pieces_),
        {"type": "response.function_call_arguments.done", **where, "arguments": arguments},
        {
            "type": "response.output_item.done",
            "output_index": index,
            "item": {**item, "arguments": arguments, "status": "completed"},
        },
    ]


def _final_output(events: List[Json]) -> List[Json]:
    return [event["item"] for event in events if event["type"] == "response.output_item.done"]


def responses_text(texts: Sequence[str] = ("Hel", "lo, wörld", " ✓")) -> List[Json]:
    body = _message_events(0, texts)
    return _numbered(
        [
            {"type": "response.created", "response": response()},
            {"type": "response.in_progress", "response": response()},
            *body,
            {
                "type": "response.completed",
                "response": response("completed", _final_output(body), usage=RESPONSE_USAGE),
            },
        ]
    )


def responses_structured_and_call() -> List[Json]:
    """A ``Weather`` answer, then a ``get_weather`` call."""
    body = _message_events(0, ['{"city": "Pa', 'ris", "temperatures": [], "note": "sunny"}']) + _function_call_events(
        1, "get_weather", ['{"city":', ' "Rome"}']
    )
    return _numbered(
        [
            {"type": "response.created", "response": response()},
            *body,
            {
                "type": "response.completed",
                "response": response("completed", _final_output(body), usage=RESPONSE_USAGE),
            },
        ]
    )


def responses_reasoning_and_refusal() -> List[Json]:
    reasoning = {"id": "rs_1", "type": "reasoning", "summary": []}
    message = {"id": "msg_1", "type": "message", "role": "assistant", "status": "in_progress", "content": []}
    refusal_where = {"item_id": "msg_1", "output_index": 1, "content_index": 0}
    summary_where = {"item_id": "rs_1", "output_index": 0, "summary_index": 0}
    done_reasoning = {**reasoning, "summary": [{"type": "summary_text", "text": "Thinking."}]}
    done_message = {**message, "status": "completed", "content": [{"type": "refusal", "refusal": "No can do."}]}
    return _numbered(
        [
            {"type": "response.created", "response": response()},
            {"type": "response.output_item.added", "output_index": 0, "item": reasoning},
            {
                "type": "response.reasoning_summary_part.added",
                **summary_where,
                "part": {"type": "summary_text", "text": ""},
            },
            {"type": "response.reasoning_summary_text.delta", **summary_where, "delta": "Think"},
            {"type": "response.reasoning_summary_text.delta", **summary_where, "delta": "ing."},
            {"type": "response.reasoning_summary_text.done", **summary_where, "text": "Thinking."},
            {
                "type": "response.reasoning_summary_part.done",
                **summary_where,
                "part": {"type": "summary_text", "text": "Thinking."},
            },
            {"type": "response.output_item.done", "output_index": 0, "item": done_reasoning},
            {"type": "response.output_item.added", "output_index": 1, "item": message},
            {"type": "response.content_part.added", **refusal_where, "part": {"type": "refusal", "refusal": ""}},
            {"type": "response.refusal.delta", **refusal_where, "delta": "No can"},
            {"type": "response.refusal.delta", **refusal_where, "delta": " do."},
            {"type": "response.refusal.done", **refusal_where, "refusal": "No can do."},
            {
                "type": "response.content_part.done",
                **refusal_where,
                "part": {"type": "refusal", "refusal": "No can do."},
            },
            {"type": "response.output_item.done", "output_index": 1, "item": done_message},
            {"type": "response.completed", "response": response("completed", [done_reasoning, done_message])},
        ]
    )


def responses_incomplete() -> List[Json]:
    body = _message_events(0, ["Once upon", " a time"])
    details = {"reason": "max_output_tokens"}
    return _numbered(
        [
            {"type": "response.created", "response": response()},
            *body,
            {
                "type": "response.incomplete",
                "response": response("incomplete", _final_output(body), incomplete_details=details),
            },
        ]
    )
