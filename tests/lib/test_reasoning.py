"""``providers.to_param``: an answer's message as the next request's assistant message, with the
reasoning fields each preset takes back; and the preset a client remembers."""

from __future__ import annotations

from typing import Any, Dict, Optional

import pytest

from openwire import AsyncOpenAI, OpenAI, providers
from openwire.types.chat import ChatCompletionMessage
from openwire.types.chat.parsed_chat_completion import ParsedChatCompletionMessage

CALL = {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'}}
DETAILS = [
    {"type": "reasoning.text", "text": "Think.", "signature": "sig", "format": "anthropic-claude-v1", "index": 0}
]


def message(**extra: Any) -> ChatCompletionMessage:
    return ChatCompletionMessage.model_validate(
        {"role": "assistant", "content": None, "refusal": None, "annotations": [], "tool_calls": [CALL], **extra}
    )


ALL = {"reasoning_content": "Think.", "reasoning": "Think.", "reasoning_details": DETAILS}


@pytest.mark.parametrize(
    ("provider", "kept"),
    [
        (None, ["reasoning_content", "reasoning", "reasoning_details"]),
        ("openai", []),
        ("azure", []),
        ("groq", []),
        ("deepseek", ["reasoning_content"]),
        ("qwen", ["reasoning_content"]),
        ("kimi", ["reasoning_content"]),
        ("openrouter", ["reasoning", "reasoning_details"]),
        ("vllm", ["reasoning", "reasoning_content"]),
    ],
)
def test_reasoning_fields_per_preset(provider: Optional[str], kept: Any) -> None:
    param: Dict[str, Any] = dict(providers.to_param(message(**ALL), provider))
    assert sorted(name for name in ALL if name in param) == sorted(kept)
    assert param["role"] == "assistant" and param["content"] is None
    assert param["tool_calls"] == [CALL]
    assert "annotations" not in param and "refusal" not in param


def test_values_are_copies() -> None:
    source = message(reasoning_details=[dict(DETAILS[0])])
    param: Dict[str, Any] = dict(providers.to_param(source, "openrouter"))
    param["reasoning_details"][0]["text"] = "changed"
    assert source.model_extra is not None
    assert source.model_extra["reasoning_details"][0]["text"] == "Think."


def test_a_provider_object_works_like_its_name() -> None:
    assert providers.to_param(message(**ALL), providers.get("deepseek")) == providers.to_param(
        message(**ALL), "deepseek"
    )


def test_subclass_field_is_read() -> None:
    class WithReasoning(ChatCompletionMessage):  # as pydantic-ai declares it
        reasoning: Optional[str] = None

    source = WithReasoning.model_validate({"role": "assistant", "content": "Hi", "reasoning": "Because."})
    assert dict(providers.to_param(source, "openrouter")) == {
        "role": "assistant",
        "content": "Hi",
        "reasoning": "Because.",
    }


def test_parsed_message_leaves_out_parsed_and_parsed_arguments() -> None:
    parsed = ParsedChatCompletionMessage[Any].model_validate(
        {
            "role": "assistant",
            "content": '{"a": 1}',
            "parsed": {"a": 1},
            "refusal": "no",
            "tool_calls": [{**CALL, "function": {**CALL["function"], "parsed_arguments": {"city": "Paris"}}}],  # type: ignore[dict-item]
            "audio": {"id": "audio_1", "data": "AAAA", "expires_at": 1, "transcript": "hi"},
        }
    )
    param: Dict[str, Any] = dict(providers.to_param(parsed))
    assert param == {
        "role": "assistant",
        "content": '{"a": 1}',
        "refusal": "no",
        "tool_calls": [CALL],
        "audio": {"id": "audio_1"},
    }


def test_custom_tool_calls_and_mappings() -> None:
    custom = {"id": "call_2", "type": "custom", "custom": {"name": "grep", "input": "needle"}}
    source = ChatCompletionMessage.model_validate({"role": "assistant", "content": None, "tool_calls": [custom]})
    assert providers.to_param(source)["tool_calls"] == [custom]  # type: ignore[typeddict-item]
    given = {"role": "assistant", "content": "already a param"}
    assert providers.to_param(given) == given and providers.to_param(given) is not given


def test_wrong_input_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"choices\[0\]\.message"):
        providers.to_param("hello")
    user = ChatCompletionMessage.model_construct(role="user", content="hi", tool_calls=None)
    with pytest.raises(TypeError):
        providers.to_param(user)
    with pytest.raises(ValueError, match="unknown provider 'nope'"):
        providers.to_param(message(), "nope")


def test_for_provider_remembers_the_preset_and_copies_keep_it() -> None:
    client = OpenAI.for_provider("ollama", structured_outputs="tools", reask=True)
    preset = client._preset
    assert preset is not None and preset.provider.name == "ollama" and preset.strategy == "tools" and preset.reask
    assert client.with_options(timeout=3)._preset is preset
    assert OpenAI(api_key="k")._preset is None
    assert AsyncOpenAI.for_provider("lmstudio")._preset.strategy == "json_schema"  # type: ignore[union-attr]


def test_bad_structured_outputs_names_the_choices() -> None:
    with pytest.raises(ValueError, match="json_schema, json_object, tools"):
        OpenAI.for_provider("ollama", structured_outputs="xml")
    with pytest.raises(TypeError, match="reask"):
        providers.with_provider(OpenAI(api_key="k"), "ollama", reask="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="openwire client"):
        providers.with_provider(object(), "ollama")


def test_capability_table_strategies() -> None:
    strategies = {name: providers.get(name).structured.strategy for name in providers.names()}
    assert strategies == {
        "azure": "json_schema",
        "deepseek": "json_object",
        "groq": "json_object",
        "lmstudio": "json_schema",
        "mistral": "json_schema",
        "moonshot": "json_object",
        "ollama": "json_object",
        "openai": "json_schema",
        "openrouter": "tools",
        "qwen": "json_object",
        "together": "json_object",
        "vllm": "json_object",
        "zhipu": "json_object",
    }
