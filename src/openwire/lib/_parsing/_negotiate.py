"""Structured outputs on servers without (full) ``json_schema`` support, without I/O.

``chat.completions.parse`` on a preset client (``OpenAI.for_provider``) asks for JSON the way
the preset's server supports (``Provider.structured``):

- ``json_schema``: the request as on OpenAI;
- ``json_object``: ``response_format: {"type": "json_object"}`` and the schema in the system
  message (a model follows it even where the server ignores ``response_format``);
- ``tools``: a function tool whose parameters are the schema, forced by ``tool_choice``; its
  arguments become the message's content.

Every answer is validated against the model as on OpenAI; with ``reask`` an answer that does
not fit is sent back once with the validation errors. :func:`negotiate` is one generator for
both clients: it yields request bodies and receives ``ChatCompletion`` answers; ``chat.py``
drives it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, Generator, List, Optional, cast

import pydantic

from ._completions import parse_chat_completion

if TYPE_CHECKING:
    from ...providers import ClientPreset
    from ...types.chat.chat_completion import ChatCompletion
    from ...types.chat.parsed_chat_completion import ParsedChatCompletion

__all__ = ["Negotiation", "negotiate", "instructions", "error_summary"]

_FENCE = re.compile(r"^\s*```[\w-]*\s*\n(.*?)\n?\s*```\s*$", re.DOTALL)
# A fence still streaming: opened, maybe closing (its closing backticks may be cut short).
_OPEN_FENCE = re.compile(r"^\s*```[\w-]*\s*\n(.*?)\n?\s*`{0,3}\s*$", re.DOTALL)


def instructions(name: str, schema: Dict[str, Any]) -> str:
    """The system text that carries the schema (it names JSON, as JSON modes require)."""
    return (
        f"Reply with one JSON object, and nothing else, that is valid against the JSON schema "
        f"named {name!r} below.\n{json.dumps(schema, separators=(',', ':'))}"
    )


def error_summary(error: pydantic.ValidationError, limit: int = 10) -> str:
    """The validation errors, one ``location: message`` each (without the input values)."""
    parts = [
        f"{'.'.join(str(part) for part in item['loc']) or '(root)'}: {item['msg']}"
        for item in error.errors(include_url=False)[:limit]
    ]
    return "; ".join(parts)


@dataclass
class Negotiation:
    """One ``parse`` call on a preset client: how it asks, and what it validates against."""

    preset: "ClientPreset"
    response_format: Any  # the pydantic model (or pydantic dataclass)
    input_tools: Any  # the caller's tools (omit when none)
    spec: Dict[str, Any]  # the ``json_schema`` of the OpenAI request: name, schema, strict

    @property
    def strategy(self) -> str:
        return self.preset.strategy

    def request_body(self, body: Dict[str, Any]) -> Dict[str, Any]:
        """``body`` (as ``parse`` builds it for OpenAI) in the negotiated mode."""
        if self.strategy == "json_schema":
            return body
        spec = self.spec
        out = dict(body)
        if self.strategy == "json_object":
            out["response_format"] = {"type": "json_object"}
            out["messages"] = _with_instructions(list(body["messages"]), instructions(spec["name"], spec["schema"]))
            return out
        del out["response_format"]
        tool = {
            "type": "function",
            "function": {
                "name": spec["name"],
                "description": "Give the answer as this function's arguments.",
                "parameters": spec["schema"],
                "strict": True,
            },
        }
        user_tools = list(body.get("tools") or []) if isinstance(body.get("tools"), list) else []
        out["tools"] = [*user_tools, tool]
        if not user_tools:
            out["tool_choice"] = {"type": "function", "function": {"name": spec["name"]}}
        elif "tool_choice" not in body or not isinstance(body["tool_choice"], (str, dict)):
            out["tool_choice"] = "required"
        return out

    def normalize(self, completion: "ChatCompletion") -> "ChatCompletion":
        """The answer as OpenAI gives it: the JSON in ``content`` (out of a tool call's arguments
        or a Markdown code fence), the negotiation's own tool call removed."""
        name = self.spec["name"]
        choices = []
        for choice in completion.choices:
            message = choice.message
            update: Dict[str, Any] = {}
            finish = choice.finish_reason
            if self.strategy == "tools" and message.tool_calls:
                ours = _calls_of(message, name)
                if ours:
                    rest = [c for c in message.tool_calls if c not in ours]
                    update = {"content": cast(Any, ours[0]).function.arguments, "tool_calls": rest or None}
                    finish = "stop" if not rest and finish == "tool_calls" else finish
            content = update.get("content", message.content)
            if isinstance(content, str) and _FENCE.match(content):
                update["content"] = self.json_text(content)
            if update or finish != choice.finish_reason:
                choice = choice.model_copy(
                    update={"message": message.model_copy(update=update), "finish_reason": finish}
                )
            choices.append(choice)
        return completion.model_copy(update={"choices": choices})

    def json_text(self, content: str, *, partial: bool = False) -> str:
        """``content`` without a Markdown code fence around it; ``partial``: content still
        streaming, whose fence may not be closed yet."""
        fenced = (_OPEN_FENCE if partial else _FENCE).match(content)
        return fenced.group(1) if fenced else content

    def parse(self, completion: "ChatCompletion") -> "ParsedChatCompletion[Any]":
        """Normalize and validate (raises ``pydantic.ValidationError`` when the answer does not fit)."""
        return parse_chat_completion(
            response_format=self.response_format,
            input_tools=self.input_tools,
            chat_completion=self.normalize(completion),
        )

    def feedback(self, completion: "ChatCompletion", error: pydantic.ValidationError) -> List[Any]:
        """The messages that ask once more: the answer as it came, then what was wrong with it."""
        from ...providers import to_param

        message = completion.choices[0].message
        problem = error_summary(error)
        name = self.spec["name"]
        answer: List[Any] = [to_param(message, self.preset.provider)]
        ours = _calls_of(message, name)
        if ours:
            text = f"The arguments do not match the schema: {problem}. Call {name} again with valid arguments."
            return [*answer, *({"role": "tool", "tool_call_id": c.id, "content": text} for c in ours)]
        text = f"That answer does not match the schema {name!r}: {problem}. Reply again with only the JSON object."
        return [*answer, {"role": "user", "content": text}]


def _calls_of(message: Any, name: str) -> List[Any]:
    """The message's calls of the function ``name`` (the negotiation's own tool)."""
    return [call for call in message.tool_calls or [] if call.type == "function" and call.function.name == name]


def _with_instructions(messages: List[Any], text: str) -> List[Any]:
    first = messages[0] if messages else None
    if (
        isinstance(first, dict)
        and first.get("role") in ("system", "developer")
        and isinstance(first.get("content"), str)
    ):
        return [{**first, "content": f"{first['content']}\n\n{text}"}, *messages[1:]]
    return [{"role": "system", "content": text}, *messages]


def negotiate(
    negotiation: Negotiation, body: Dict[str, Any]
) -> Generator[Dict[str, Any], "ChatCompletion", "ParsedChatCompletion[Any]"]:
    """Yield the request bodies to send; receive each answer; return the parsed completion."""
    request = negotiation.request_body(body)
    completion = yield request
    try:
        return negotiation.parse(completion)
    except pydantic.ValidationError as error:
        if not negotiation.preset.reask or not completion.choices:
            raise
        messages = [*request["messages"], *negotiation.feedback(completion, error)]
    again = {**request, "messages": messages}
    completion = yield again
    return negotiation.parse(completion)


def optional_negotiation(
    preset: Optional["ClientPreset"], response_format: Any, input_tools: Any
) -> Optional[Negotiation]:
    """The negotiation of a ``parse`` call, or ``None`` when it is sent as on OpenAI."""
    from ._completions import is_parseable_type, type_to_response_format_param

    if preset is None or not is_parseable_type(response_format):
        return None
    if preset.strategy == "json_schema" and not preset.reask:
        return None
    spec = type_to_response_format_param(response_format)["json_schema"]
    return Negotiation(preset, response_format, input_tools, spec)
