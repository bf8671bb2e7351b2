"""Structured outputs as users write them: ``mypy --strict`` must accept every line, and the
parsed values must be typed as the user's models (``assert_type``). Lines ending in
``# expect-error`` must be flagged (run by tests/typing/test_typing.py)."""

from __future__ import annotations

from typing import Any, List, Optional

import pydantic
from typing_extensions import assert_type

from openwire import AsyncOpenAI, OpenAI, pydantic_function_tool
from openwire.types.chat import ChatCompletionFunctionToolParam, ParsedChatCompletion, ParsedFunctionToolCall
from openwire.types.responses import ParsedResponse


class Weather(pydantic.BaseModel):
    city: str
    celsius: float


class Lookup(pydantic.BaseModel):
    city: str


def chat(client: OpenAI) -> Optional[Weather]:
    tool = pydantic_function_tool(Lookup, name="lookup", description="Look a city up.")
    assert_type(tool, ChatCompletionFunctionToolParam)
    completion = client.chat.completions.parse(
        model="gpt-4o",
        messages=[{"role": "user", "content": "Weather in Paris?"}],
        response_format=Weather,
        tools=[tool],
        temperature=0,
    )
    assert_type(completion, ParsedChatCompletion[Weather])
    message = completion.choices[0].message
    assert_type(message.parsed, Optional[Weather])
    assert_type(message.refusal, Optional[str])
    assert_type(message.tool_calls, Optional[List[ParsedFunctionToolCall]])
    for call in message.tool_calls or []:
        assert_type(call.function.parsed_arguments, Optional[object])
    if message.parsed is not None:
        assert_type(message.parsed.celsius, float)
        _ = message.parsed.fahrenheit  # expect-error
    return message.parsed


def chat_raw(client: OpenAI) -> Optional[Weather]:
    raw = client.chat.completions.with_raw_response.parse(model="gpt-4o", messages=[], response_format=Weather)
    return raw.parse().choices[0].message.parsed


def responses(client: OpenAI) -> Optional[Weather]:
    response = client.responses.parse(model="gpt-4o", input="Weather in Paris?", text_format=Weather)
    assert_type(response, ParsedResponse[Weather])
    assert_type(response.output_parsed, Optional[Weather])
    assert_type(response.output_text, str)
    return response.output_parsed


def created_response_text(client: OpenAI) -> str:
    return client.responses.create(model="gpt-4o", input="hi").output_text


async def async_chat(client: AsyncOpenAI) -> Optional[Weather]:
    completion = await client.chat.completions.parse(model="gpt-4o", messages=[], response_format=Weather)
    assert_type(completion.choices[0].message.parsed, Optional[Weather])
    response = await client.responses.parse(model="gpt-4o", input="hi", text_format=Weather)
    assert_type(response.output_parsed, Optional[Weather])
    return completion.choices[0].message.parsed


def mistakes(client: OpenAI) -> Any:
    client.chat.completions.parse(model="gpt-4o", messages=[], response_format=Weather, stream=True)  # expect-error
    client.chat.completions.parse(model="gpt-4o", response_format=Weather)  # expect-error
    return client.responses.parse(input="x", text_format=Weather).output_parsed.kelvin  # expect-error


def wrong_model(client: OpenAI) -> Optional[Lookup]:
    completion = client.chat.completions.parse(model="m", messages=[], response_format=Weather)
    return completion.choices[0].message.parsed  # expect-error
