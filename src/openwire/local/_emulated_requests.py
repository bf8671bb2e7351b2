"""Provider emulation, request side: what each provider refuses or ignores in a chat request.

``routes/chat.py`` asks two things before answering:

- :func:`check_round_trip`: thinking models in a tool loop want their reasoning back on the
  assistant messages of the current turn (those after the last user message that made tool
  calls). DeepSeek answers 400 without ``reasoning_content`` (DeepSeek docs, thinking mode:
  "tool calls"); Qwen (``enable_thinking``) is emulated the same way. OpenRouter wants
  ``reasoning_details`` back verbatim (OpenRouter docs, "preserving reasoning blocks"; the
  upstream checks each block's signature, as Anthropic does); vLLM's reasoning parsers read
  ``reasoning`` (older releases ``reasoning_content``) from the message.
- :func:`response_format_of`: the ``response_format`` the server acts on. Refused with a 400:
  ``json_schema`` by DeepSeek, Qwen (as its older models do), Zhipu and Moonshot, whose docs list
  ``json_object`` only; ``json_object`` by LM Studio, which knows ``json_schema`` and ``text``.
  Ignored (answered as free text): ``json_schema`` by Ollama (releases before 0.5), vLLM
  without guided decoding and OpenRouter routes whose upstream lacks it, ``json_object`` by
  the last two too. The others honour both.

A model asked for JSON follows a JSON schema written in its system (or developer) message,
as instruction-following models do: :func:`instructed_schema` finds it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Dict, List, Optional, Tuple

from ._wire import APIFailure

__all__ = ["check_round_trip", "response_format_of", "instructed_schema", "signature_of"]

Payload = Dict[str, Any]

# provider -> the fields accepted as the reasoning of an assistant message (first: the one asked for)
_ROUND_TRIP: Dict[str, Tuple[str, ...]] = {
    "deepseek": ("reasoning_content",),
    "qwen": ("reasoning_content",),
    "vllm": ("reasoning", "reasoning_content"),
    "openrouter": ("reasoning_details",),
}
_REJECTS = {
    "json_schema": ("deepseek", "qwen", "zhipu", "moonshot"),
    "json_object": ("lmstudio",),
}
_IGNORES = {
    "json_schema": ("ollama", "vllm", "openrouter"),
    "json_object": ("vllm", "openrouter"),
}


def signature_of(text: str) -> str:
    """The signature the OpenRouter emulation puts on a reasoning block (checked on the way back)."""
    return hashlib.sha256(("openwire-reasoning:" + text).encode()).hexdigest()[:32]


def _current_turn(messages: List[Payload]) -> List[Tuple[int, Payload]]:
    last_user = max((i for i, m in enumerate(messages) if m.get("role") == "user"), default=-1)
    return [(i, m) for i, m in enumerate(messages) if i > last_user]


def check_round_trip(provider: str, request: Payload, thinking: bool) -> None:
    """Raise the provider's 400 when an assistant tool-call message of this turn lacks its reasoning."""
    fields = _ROUND_TRIP.get(provider)
    if fields is None or not thinking:
        return
    for index, message in _current_turn(request.get("messages") or []):
        if message.get("role") != "assistant" or not message.get("tool_calls"):
            continue
        if provider == "openrouter":
            _check_details(index, message.get("reasoning_details"))
        elif not any(isinstance(message.get(name), str) and message[name] for name in fields):
            raise APIFailure(
                400,
                f"Missing `{fields[0]}` in messages[{index}]: in thinking mode an assistant message "
                f"with tool calls must be sent back with its `{fields[0]}`.",
                param=f"messages[{index}].{fields[0]}",
                code="missing_reasoning_content" if fields[0] == "reasoning_content" else "missing_reasoning",
            )


def _check_details(index: int, details: Any) -> None:
    where = f"messages[{index}].reasoning_details"
    if not isinstance(details, list) or not details:
        raise APIFailure(
            400,
            f"Missing {where}: the reasoning blocks of an assistant message with tool calls must be "
            "sent back unchanged.",
            param=where,
            code="missing_reasoning_details",
        )
    for position, block in enumerate(details):
        if not isinstance(block, dict) or block.get("type") != "reasoning.text":
            continue
        if block.get("signature") != signature_of(str(block.get("text", ""))):
            raise APIFailure(
                400,
                f"Invalid signature in {where}[{position}]: reasoning blocks must be sent back unchanged.",
                param=f"{where}[{position}].signature",
                code="invalid_reasoning_signature",
            )


def response_format_of(provider: str, request: Payload) -> Optional[Payload]:
    """The ``response_format`` the provider acts on (``None`` when it ignores it); a 400 when it refuses it."""
    response_format = request.get("response_format")
    if not isinstance(response_format, dict):
        return None
    kind = response_format.get("type")
    if provider in _REJECTS.get(str(kind), ()):
        raise APIFailure(
            400,
            f"response_format type '{kind}' is not supported by this server.",
            param="response_format.type",
            code="invalid_response_format",
        )
    if provider in _IGNORES.get(str(kind), ()):
        return None
    return response_format


def instructed_schema(messages: List[Payload]) -> Optional[Payload]:
    """The JSON schema written in a system or developer message (the outermost ``{...}``), if any."""
    for message in messages:
        if message.get("role") not in ("system", "developer"):
            continue
        content = message.get("content")
        text = content if isinstance(content, str) else ""
        if isinstance(content, list):
            text = " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
        start, end = text.find("{"), text.rfind("}")
        if start < 0 or end <= start:
            continue
        try:
            schema = json.loads(text[start : end + 1])
        except ValueError:
            continue
        if isinstance(schema, dict) and ("properties" in schema or "type" in schema):
            return schema
    return None
