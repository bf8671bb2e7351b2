"""Streaming helpers as users write them: ``mypy --strict`` must accept every line, events
narrow by ``type``, and parsed values are typed as the user's models (``assert_type``).
Lines ending in ``# expect-error`` must be flagged (run by tests/typing/test_typing.py)."""

from __future__ import annotations

from typing import Any, List, Optional

import pydantic
from typing_extensions import assert_type

from openwire import AsyncOpenAI, OpenAI, pydantic_function_tool
from openwire.lib.streaming.chat import ChatCompletionStream, ParsedChatCompletionSnapshot
from openwire.lib.streaming.responses import ResponseStream
from openwire.types.chat import ChatCompletionChunk, ChatCompletionTokenLogprob, ParsedChatCompletion
from openwire.types.responses import ParsedResponse


class Weather(pydantic.BaseModel):
    city: str
    celsius: float


class Lookup(pydantic.BaseModel):
    city: str


def chat(client: OpenAI) -> Optional[Weather]:
    with client.chat.completions.stream(
        model="gpt-4o",
        messages=[{"role": "user", "content": "Weather in Paris?"}],
        response_format=Weather,
        tools=[pydantic_function_tool(Lookup)],
    ) as stream:
        assert_type(stream, ChatCompletionStream[Weather])
        for event in stream:
            if event.type == "chunk":
                assert_type(event.chunk, ChatCompletionChunk)
                assert_type(event.snapshot, ParsedChatCompletionSnapshot)
            elif event.type == "content.delta":
                assert_type(event.delta, str)
                assert_type(event.parsed, Optional[object])
            elif event.type == "content.done":
                assert_type(event.parsed, Optional[Weather])
            elif event.type == "tool_calls.function.arguments.done":
                assert_type(event.index, int)
                assert_type(event.parsed_arguments, object)
            elif event.type == "logprobs.content.delta":
                assert_type(event.snapshot, List[ChatCompletionTokenLogprob])
            elif event.type == "refusal.done":
                assert_type(event.refusal, str)
        snapshot = stream.current_completion_snapshot
        assert_type(snapshot.choices[0].message.content, Optional[str])
        completion = stream.get_final_completion()
    assert_type(completion, ParsedChatCompletion[Weather])
    return completion.choices[0].message.parsed


def responses(client: OpenAI) -> Optional[Weather]:
    with client.responses.stream(model="gpt-4o", input="Weather in Paris?", text_format=Weather) as stream:
        assert_type(stream, ResponseStream[Weather])
        for event in stream:
            if event.type == "response.output_text.delta":
                assert_type(event.snapshot, str)
            elif event.type == "response.output_text.done":
                assert_type(event.parsed, Optional[Weather])
            elif event.type == "response.function_call_arguments.delta":
                assert_type(event.snapshot, str)
            elif event.type == "response.completed":
                assert_type(event.response, ParsedResponse[Weather])
        response = stream.get_final_response()
    assert_type(response, ParsedResponse[Weather])
    assert_type(response.output_text, str)
    return response.output_parsed


def resumed(client: OpenAI) -> str:
    with client.responses.stream(response_id="resp_1", starting_after=10) as stream:
        return stream.until_done().get_final_response().output_text


async def async_chat(client: AsyncOpenAI) -> Optional[Weather]:
    async with client.chat.completions.stream(model="gpt-4o", messages=[], response_format=Weather) as stream:
        async for event in stream:
            if event.type == "content.done":
                assert_type(event.parsed, Optional[Weather])
        completion = await stream.get_final_completion()
    assert_type(completion, ParsedChatCompletion[Weather])
    await stream.close()
    return completion.choices[0].message.parsed


async def async_responses(client: AsyncOpenAI) -> str:
    async with client.responses.stream(model="gpt-4o", input="x") as stream:
        await stream.until_done()
        return (await stream.get_final_response()).output_text


def mistakes(client: OpenAI) -> Any:
    client.chat.completions.stream(model="gpt-4o", messages=[], stream=True)  # expect-error
    client.chat.completions.stream(model="gpt-4o", response_format=Weather)  # expect-error
    with client.chat.completions.stream(model="gpt-4o", messages=[], response_format=Weather) as stream:
        return stream.get_final_completion().choices[0].message.parsed.kelvin  # expect-error


async def forgot_async_with(client: AsyncOpenAI) -> None:
    with client.chat.completions.stream(model="gpt-4o", messages=[]) as stream:  # expect-error
        print(stream)
