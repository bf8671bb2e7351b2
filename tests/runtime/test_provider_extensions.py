"""Provider fields (``reasoning_content``, DeepSeek's cache counters): kept in ``model_extra``
as the reference keeps them, read typed by ``openwire.providers``; the models carry no
attribute the reference's lack (ECOSYSTEM.md 2: pydantic-ai subclasses them with a ``reasoning``
field, openai-agents assigns ``message.reasoning_content``)."""

from __future__ import annotations

import copy
import json
import pickle
import warnings
from typing import Optional

import pytest

from openwire._models import parse_json
from openwire.providers import cache_hit_tokens, cache_miss_tokens, reasoning, reasoning_content
from openwire.types import CompletionUsage
from openwire.types.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionMessage
from openwire.types.chat.chat_completion_chunk import ChoiceDelta
from openwire.types.chat.parsed_chat_completion import ParsedChatCompletionMessage

OPENAI_COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o-mini",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "logprobs": None,
            "message": {"role": "assistant", "content": "Hi", "refusal": None, "annotations": []},
        }
    ],
    "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
}


def test_openai_responses_keep_their_shape() -> None:
    completion = parse_json(ChatCompletion, json.dumps(OPENAI_COMPLETION))
    message = completion.choices[0].message
    assert reasoning_content(message) is None
    assert completion.usage is not None and cache_hit_tokens(completion.usage) is None
    assert "reasoning_content" not in message.model_dump()
    assert "reasoning_content" not in message.to_dict()
    assert "prompt_cache_hit_tokens" not in completion.usage.model_dump()
    assert completion.to_dict() == OPENAI_COMPLETION
    assert "reasoning_content" not in ChatCompletionMessage.model_fields
    assert "reasoning_content" not in json.loads(completion.model_dump_json())["choices"][0]["message"]


def test_provider_values_are_typed_and_dumped_as_sent() -> None:
    body = copy.deepcopy(OPENAI_COMPLETION)
    body["choices"][0]["message"]["reasoning_content"] = "Let me think."  # type: ignore[index]
    body["usage"].update(prompt_cache_hit_tokens=2, prompt_cache_miss_tokens=1)  # type: ignore[attr-defined]
    completion = parse_json(ChatCompletion, json.dumps(body))
    message = completion.choices[0].message
    assert reasoning_content(message) == "Let me think."
    assert completion.usage is not None
    assert (cache_hit_tokens(completion.usage), cache_miss_tokens(completion.usage)) == (2, 1)
    assert completion.to_dict() == body
    restored = pickle.loads(pickle.dumps(completion))
    assert reasoning_content(restored.choices[0].message) == "Let me think."
    assert reasoning_content(copy.deepcopy(message)) == "Let me think."


def test_reasoning_under_its_other_name() -> None:
    # vLLM's reasoning parsers (recent releases), OpenRouter and Groq call it `reasoning`.
    message = ChatCompletionMessage.model_validate({"role": "assistant", "content": "4", "reasoning": "2+2"})
    assert (reasoning(message), reasoning_content(message)) == ("2+2", None)
    delta = parse_json(
        ChatCompletionChunk, b'{"id":"c","choices":[{"index":0,"delta":{"reasoning":"2+"}}],"model":"m"}'
    )
    assert reasoning(delta.choices[0].delta) == "2+"
    assert "reasoning" not in ChatCompletionMessage(role="assistant").model_dump()


def test_a_value_of_the_wrong_type_reads_as_none_and_is_kept() -> None:
    message = ChatCompletionMessage.model_validate({"role": "assistant", "reasoning_content": {"text": "x"}})
    assert reasoning_content(message) is None
    assert message.model_extra == {"reasoning_content": {"text": "x"}}
    usage = CompletionUsage.model_validate(
        {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2, "prompt_cache_hit_tokens": True}
    )
    assert cache_hit_tokens(usage) is None  # a bool is not a count
    assert reasoning(None) is None  # a chunk without a delta


def test_stream_deltas_and_parsed_messages_have_it() -> None:
    chunk = parse_json(
        ChatCompletionChunk,
        b'{"id":"c","choices":[{"index":0,"delta":{"content":null,"reasoning_content":"Th"}}],"model":"m"}',
    )
    assert reasoning_content(chunk.choices[0].delta) == "Th"
    parsed = ParsedChatCompletionMessage[object].model_validate({"role": "assistant", "reasoning_content": "r"})
    assert reasoning_content(parsed) == "r"


@pytest.mark.parametrize("cls", [ChatCompletionMessage, ChoiceDelta, ParsedChatCompletionMessage])
def test_the_models_have_no_attribute_the_reference_lacks(cls: type) -> None:
    # pydantic-ai: its OpenRouter model subclasses these with a `reasoning` field, under
    # warnings-as-errors; the reference's classes have neither name.
    assert not hasattr(cls, "reasoning") and not hasattr(cls, "reasoning_content")
    with warnings.catch_warnings():
        warnings.simplefilter("error")

        class WithReasoning(cls):  # type: ignore[valid-type,misc]
            reasoning: Optional[str] = None
            reasoning_content: Optional[str] = None

    assert {"reasoning", "reasoning_content"} <= set(WithReasoning.model_fields)


def test_usage_has_no_cache_counter_attribute() -> None:
    assert not hasattr(CompletionUsage, "prompt_cache_hit_tokens")
    assert not hasattr(CompletionUsage, "prompt_cache_miss_tokens")


def test_assigning_reasoning_content_reads_back() -> None:
    # openai-agents replays DeepSeek turns by assigning it on SDK messages.
    message = ChatCompletionMessage(role="assistant", content="4")
    message.reasoning_content = "x"  # type: ignore[attr-defined]
    assert message.reasoning_content == "x"  # type: ignore[attr-defined]
    assert reasoning_content(message) == "x" and message.model_extra == {"reasoning_content": "x"}


def test_the_stream_state_accumulates_both_names_apart_from_content() -> None:
    from openwire.lib.streaming.chat import ChatCompletionStreamState

    state: ChatCompletionStreamState[object] = ChatCompletionStreamState()
    deltas = [
        {"role": "assistant", "content": None, "reasoning": "Two plus", "reasoning_content": "Two"},
        {"content": None, "reasoning": " two.", "reasoning_content": " plus two."},
        {"content": "4", "reasoning": None},
    ]
    for delta in deltas:
        body = {"id": "c", "model": "m", "created": 1, "object": "chat.completion.chunk"}
        chunk = ChatCompletionChunk.model_validate({**body, "choices": [{"index": 0, "delta": delta}]})
        state.handle_chunk(chunk)
    message = state.current_completion_snapshot.choices[0].message
    assert (message.content, reasoning(message), reasoning_content(message)) == ("4", "Two plus two.", "Two plus two.")


def test_the_stream_state_finds_usage_where_providers_put_it() -> None:
    from openwire.lib.streaming.chat import ChatCompletionStreamState

    usage = {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}
    body = {"id": "c", "model": "m", "created": 1, "object": "chat.completion.chunk"}
    first = {**body, "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hi"}}]}
    moonshot = {**body, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop", "usage": usage}]}
    groq = {
        **body,
        "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
        "x_groq": {"id": "r", "usage": usage},
    }
    for last in (moonshot, groq):
        state: ChatCompletionStreamState[object] = ChatCompletionStreamState()
        for chunk in (first, last):
            state.handle_chunk(ChatCompletionChunk.model_validate(chunk))
        snapshot = state.current_completion_snapshot
        assert snapshot.usage is not None and snapshot.usage.total_tokens == 5
    # A top-level usage wins; a chunk without any keeps what came before.
    state = ChatCompletionStreamState()
    top = {**groq, "usage": {**usage, "total_tokens": 6}}
    for chunk in (first, top, {**body, "choices": [{"index": 0, "delta": {}}]}):
        state.handle_chunk(ChatCompletionChunk.model_validate(chunk))
    assert state.current_completion_snapshot.usage is not None
    assert state.current_completion_snapshot.usage.total_tokens == 6
