"""Sending a thinking model's answer back: an assistant message as the request-side dict.

DeepSeek, Qwen, Zhipu and Moonshot answer a tool-call turn with ``reasoning_content`` and want
it back on the assistant message of the next request (DeepSeek answers 400 without it);
OpenRouter wants ``reasoning`` and ``reasoning_details`` returned verbatim; vLLM reads
``reasoning``. The response models keep those fields in ``model_extra`` (ECOSYSTEM.md: no
attribute the reference lacks), so the reference's habit of appending the response message
itself loses nothing only by luck. :func:`to_param` builds the
``ChatCompletionAssistantMessageParam`` with exactly the fields the preset takes back
(``Provider.reasoning_fields``).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Tuple, TypeVar, Union, cast

from ..providers import ClientPreset, Provider, get

if TYPE_CHECKING:
    from ..types.chat.chat_completion_assistant_message_param import ChatCompletionAssistantMessageParam

__all__ = ["to_param", "with_provider", "REASONING_FIELDS", "preset_of"]

REASONING_FIELDS: Tuple[str, ...] = ("reasoning_content", "reasoning", "reasoning_details")
"""Every reasoning field a provider sends; all of them are kept when no provider is named."""

_ClientT = TypeVar("_ClientT")


def _provider(provider: Union[str, Provider, None]) -> Optional[Provider]:
    if provider is None or isinstance(provider, Provider):
        return provider
    return get(provider)


def preset_of(client: object) -> Optional[ClientPreset]:
    """The preset a client was built for (``OpenAI.for_provider``, :func:`with_provider`), if any."""
    preset = getattr(client, "_preset", None)
    return preset if isinstance(preset, ClientPreset) else None


def _field(message: Any, name: str) -> Any:
    extra = getattr(message, "__pydantic_extra__", None)
    value = extra.get(name) if extra else None
    if value is None:
        value = getattr(message, name, None)  # a library's subclass that declares the field
    return value


def _tool_call(call: Any) -> Dict[str, Any]:
    kind = getattr(call, "type", "function")
    if kind == "custom":
        return {"id": call.id, "type": "custom", "custom": {"name": call.custom.name, "input": call.custom.input}}
    function = call.function
    return {"id": call.id, "type": "function", "function": {"name": function.name, "arguments": function.arguments}}


def to_param(message: Any, provider: Union[str, Provider, None] = None) -> "ChatCompletionAssistantMessageParam":
    """``message`` (``completion.choices[i].message``, or the stream helper's final message) as
    the assistant message of the next request.

    Keeps content, refusal, tool calls, a function call and the audio id; leaves out what only
    answers carry (annotations, parsed content). ``provider`` (a preset name or
    :class:`~openwire.providers.Provider`) decides which reasoning fields go back: those of
    ``Provider.reasoning_fields`` (none for OpenAI, which rejects unknown fields); ``None``
    keeps every reasoning field the message has. Values are copied as they came.
    """
    if isinstance(message, Mapping):
        return cast("ChatCompletionAssistantMessageParam", dict(message))
    if getattr(message, "role", None) != "assistant" or not hasattr(message, "tool_calls"):
        raise TypeError(
            f"to_param() takes a chat completion message (completion.choices[0].message), got {type(message).__name__}"
        )
    preset = _provider(provider)
    param: Dict[str, Any] = {"role": "assistant", "content": message.content}
    if message.refusal is not None:
        param["refusal"] = message.refusal
    if message.tool_calls:
        param["tool_calls"] = [_tool_call(call) for call in message.tool_calls]
    if getattr(message, "function_call", None) is not None:
        param["function_call"] = {"name": message.function_call.name, "arguments": message.function_call.arguments}
    if getattr(message, "audio", None) is not None:
        param["audio"] = {"id": message.audio.id}
    for name in preset.reasoning_fields if preset is not None else REASONING_FIELDS:
        value = _field(message, name)
        if value is not None:
            param[name] = copy.deepcopy(value)
    return cast("ChatCompletionAssistantMessageParam", param)


def with_provider(
    client: _ClientT,
    provider: Union[str, Provider],
    *,
    structured_outputs: Optional[str] = None,
    reask: bool = False,
) -> _ClientT:
    """A copy of ``client`` (``OpenAI``, ``AsyncOpenAI``, ...) that behaves as a client of the
    preset ``provider``, for clients built by hand (a proxy URL, a test server): ``parse()``
    negotiates structured outputs and :class:`~openwire.providers.Conversation` sends the
    preset's reasoning fields back. The arguments are those of ``OpenAI.for_provider``."""
    copy_method = getattr(client, "with_options", None)
    if copy_method is None:
        raise TypeError(f"with_provider() takes an openwire client, got {type(client).__name__}")
    preset = ClientPreset(_provider(provider) or get("openai"), structured_outputs, reask)
    new = copy_method()
    new._preset = preset
    return cast(_ClientT, new)
