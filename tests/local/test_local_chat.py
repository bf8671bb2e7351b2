"""Chat completions: scripted replies, tools, structured output, streaming, errors."""

from __future__ import annotations

import json
import re
from typing import Any, List

import pytest

from openwire import BadRequestError, InternalServerError, NotFoundError
from openwire.local import LocalAPI
from openwire.types.chat import ChatCompletion, ChatCompletionChunk

from .conftest import Api
from .strict import strict

USER = [{"role": "user", "content": "What is the weather?"}]
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def chat(app: LocalAPI, **body: Any) -> Any:
    response = app.handle("POST", "/v1/chat/completions", json.dumps(body).encode())
    if isinstance(response.body, bytes):
        return response.status, json.loads(response.body)
    events = b"".join(response.body).decode().split("\n\n")
    return response.status, [e.removeprefix("data: ") for e in events if e]


def test_default_reply_echoes_the_last_user_message(api: Api) -> None:
    completion = api.call(lambda c: c.chat.completions.create(model="gpt-4o-mini", messages=USER))
    assert completion.choices[0].message.content == "You said: What is the weather?"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens


def test_payload_parses_strictly_into_the_generated_type(app: LocalAPI) -> None:
    status, body = chat(app, model="m", messages=USER)
    assert status == 200
    strict(ChatCompletion, body)
    _, tool_body = chat(app, model="m", messages=USER, tools=[WEATHER], tool_choice="required")
    strict(ChatCompletion, tool_body)


def test_scripted_text_refusal_and_rule_order(api: Api) -> None:
    api.app.replies.add("weather", text="Sunny.", times=1)
    api.app.replies.add(re.compile(r"weather"), refusal="I can't check the weather.")
    first = api.call(lambda c: c.chat.completions.create(model="m", messages=USER))
    second = api.call(lambda c: c.chat.completions.create(model="m", messages=USER))
    assert first.choices[0].message.content == "Sunny."
    assert second.choices[0].message.refusal == "I can't check the weather."
    assert second.choices[0].message.content is None


def test_scripted_tool_call_with_arguments(api: Api) -> None:
    api.app.replies.add(lambda prompt: "weather" in prompt, tool_call="get_weather", arguments={"city": "Paris"})
    completion = api.call(lambda c: c.chat.completions.create(model="m", messages=USER, tools=[WEATHER]))
    call = completion.choices[0].message.tool_calls[0]
    assert completion.choices[0].finish_reason == "tool_calls"
    assert (call.function.name, json.loads(call.function.arguments)) == ("get_weather", {"city": "Paris"})
    assert call.id.startswith("call_")


def test_forced_tool_choice_generates_arguments_from_the_schema(api: Api) -> None:
    choice = {"type": "function", "function": {"name": "get_weather"}}
    completion = api.call(
        lambda c: c.chat.completions.create(model="m", messages=USER, tools=[WEATHER], tool_choice=choice)
    )
    assert json.loads(completion.choices[0].message.tool_calls[0].function.arguments) == {"city": "city"}


def test_json_schema_response_format_returns_a_valid_instance(api: Api) -> None:
    schema = {
        "type": "object",
        "properties": {"answer": {"type": "integer", "minimum": 3}, "unit": {"enum": ["c", "f"]}},
        "required": ["answer", "unit"],
        "additionalProperties": False,
    }
    fmt = {"type": "json_schema", "json_schema": {"name": "weather", "schema": schema, "strict": True}}
    completion = api.call(lambda c: c.chat.completions.create(model="m", messages=USER, response_format=fmt))
    assert json.loads(completion.choices[0].message.content) == {"answer": 3, "unit": "c"}


def test_scripted_error_and_delay(api: Api) -> None:
    api.app.replies.add(error=503, message="overloaded", times=1)
    with pytest.raises(InternalServerError) as caught:
        api.call(lambda c: c.chat.completions.create(model="m", messages=USER))
    assert caught.value.status_code == 503 and "overloaded" in str(caught.value)
    api.app.replies.add(echo=True, delay=0.05, times=1)
    assert (
        api.call(lambda c: c.chat.completions.create(model="m", messages=USER))
        .choices[0]
        .message.content.startswith("You said")
    )


def test_stream_wire_format_with_usage_chunk(app: LocalAPI) -> None:
    status, events = chat(app, model="m", messages=USER, stream=True, stream_options={"include_usage": True})
    assert status == 200 and events[-1] == "[DONE]"
    chunks: List[Any] = [strict(ChatCompletionChunk, event) for event in events[:-1]]
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(ch.choices[0].delta.content or "" for ch in chunks if ch.choices) == "You said: What is the weather?"
    assert chunks[-2].choices[0].finish_reason == "stop"
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert all(ch.usage is None for ch in chunks[:-1])
    assert len({ch.id for ch in chunks}) == 1


def test_stream_through_clients(api: Api) -> None:
    chunks = api.collect(
        lambda c: c.chat.completions.create(
            model="m", messages=USER, stream=True, stream_options={"include_usage": True}
        )
    )
    assert "".join(ch.choices[0].delta.content or "" for ch in chunks if ch.choices) == "You said: What is the weather?"
    assert chunks[-1].usage.completion_tokens == 6


def test_streamed_tool_call_arguments_add_up(api: Api) -> None:
    chunks = api.collect(
        lambda c: c.chat.completions.create(
            model="m", messages=USER, tools=[WEATHER], tool_choice="required", stream=True
        )
    )
    calls = [call for ch in chunks for call in (ch.choices[0].delta.tool_calls or [])]
    assert calls[0].function.name == "get_weather" and calls[0].id
    assert json.loads("".join(call.function.arguments or "" for call in calls)) == {"city": "city"}
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


def test_max_tokens_truncates_with_length_finish(api: Api) -> None:
    completion = api.call(lambda c: c.chat.completions.create(model="m", messages=USER, max_completion_tokens=2))
    assert completion.choices[0].message.content == "You said:"
    assert completion.choices[0].finish_reason == "length"


def test_n_choices(api: Api) -> None:
    completion = api.call(lambda c: c.chat.completions.create(model="m", messages=USER, n=3))
    assert [choice.index for choice in completion.choices] == [0, 1, 2]


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"messages": USER}, "model"),
        ({"model": "m"}, "messages"),
        ({"model": "m", "messages": []}, "messages"),
        ({"model": "m", "messages": [{"content": "x"}]}, "messages[0].role"),
        ({"model": "m", "messages": [{"role": "robot", "content": "x"}]}, "messages[0].role"),
        ({"model": 3, "messages": USER}, "model"),
        ({"model": "m", "messages": USER, "n": 0}, "n"),
        ({"model": "m", "messages": USER, "tools": [{"type": "function", "function": {}}]}, "tools[0].function.name"),
    ],
)
def test_malformed_requests_name_the_param(app: LocalAPI, body: Any, param: str) -> None:
    status, payload = chat(app, **body)
    assert status == 400
    assert payload["error"]["param"] == param
    assert payload["error"]["type"] == "invalid_request_error"


def test_bad_request_reaches_the_client_as_a_typed_error(api: Api) -> None:
    with pytest.raises(BadRequestError) as caught:
        api.call(lambda c: c.chat.completions.create(model="m", messages=[]))
    assert caught.value.param == "messages"


def test_unknown_path_is_a_404_in_the_error_shape(api: Api) -> None:
    with pytest.raises(NotFoundError) as caught:
        api.call(lambda c: c.get("/no/such/thing", cast_to=object))
    assert caught.value.code == "unknown_url"
    assert caught.value.body["message"] == "Invalid URL (GET /v1/no/such/thing)"


def test_invalid_json_body_is_a_400(app: LocalAPI) -> None:
    response = app.handle("POST", "/v1/chat/completions", b"{not json")
    assert response.status == 400
    assert json.loads(response.body)["error"]["code"] == "invalid_json"  # type: ignore[arg-type]
