"""Structured outputs for Chat Completions, without I/O: the request's ``response_format`` and
tools, and turning a ``ChatCompletion`` into a ``ParsedChatCompletion``.

Shared by ``chat.completions.parse`` and the chat streaming helpers.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterable, List, Optional, TypeVar, Union, cast

import pydantic

from ..._exceptions import ContentFilterFinishReasonError, LengthFinishReasonError
from ..._logs import logger
from ..._types import NotGiven, Omit, omit
from ...types.chat.chat_completion_message_function_tool_call import ChatCompletionMessageFunctionToolCall
from ...types.chat.parsed_chat_completion import ParsedChatCompletion, ParsedChatCompletionMessage, ParsedChoice
from ...types.chat.parsed_function_tool_call import ParsedFunction, ParsedFunctionToolCall
from .._tools import tool_model
from . import is_given
from ._rebuild import parametrised, rebuild_as
from ._schema import schema_name, to_strict_json_schema

if TYPE_CHECKING:
    from ...types.chat.chat_completion import ChatCompletion
    from ...types.chat.chat_completion_message import ChatCompletionMessage
    from ...types.chat.chat_completion_message_function_tool_call import Function
    from ...types.chat.chat_completion_tool_union_param import ChatCompletionToolUnionParam
    from ...types.chat.completion_create_params import ResponseFormat as ResponseFormatParam

__all__ = [
    "ResponseFormatT",
    "type_to_response_format_param",
    "validate_input_tools",
    "parse_chat_completion",
    "maybe_parse_content",
    "parse_function_tool_arguments",
    "get_input_tool_by_name",
    "has_rich_response_format",
    "is_basemodel_type",
    "is_parseable_type",
    "parse_json_as",
]

ResponseFormatT = TypeVar("ResponseFormatT")

ResponseFormatInput = Union[type, "ResponseFormatParam", Omit, NotGiven, None]
"""What ``parse(response_format=...)`` takes: a pydantic model class (or pydantic dataclass),
or a plain ``response_format`` dict sent as is (then nothing is parsed)."""


def is_parseable_type(type_: object) -> bool:
    """A pydantic model class or a pydantic dataclass: something a strict schema is made from."""
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        return True
    return isinstance(type_, type) and pydantic.dataclasses.is_pydantic_dataclass(type_)


def type_to_response_format_param(response_format: ResponseFormatInput) -> Any:
    """The ``response_format`` to send: a strict ``json_schema`` for a model, a dict as is."""
    if not is_given(response_format):
        return omit
    if isinstance(response_format, dict):
        return response_format
    if not is_parseable_type(response_format):
        raise TypeError(
            f"Unsupported response_format {response_format!r}: pass a pydantic model class, a pydantic "
            "dataclass, or a response_format dict such as {'type': 'json_object'}"
        )
    type_ = cast(type, response_format)
    schema = to_strict_json_schema(type_)
    return {"type": "json_schema", "json_schema": {"schema": schema, "name": schema_name(type_), "strict": True}}


def validate_input_tools(tools: "Iterable[ChatCompletionToolUnionParam] | Omit | NotGiven | None") -> None:
    """Only strict function tools can have their calls parsed: refuse the others early."""
    if not is_given(tools):
        return
    for tool in cast(Iterable[Any], tools):
        if tool.get("type") != "function":
            raise ValueError(
                f"Only function tools can be parsed, got a {tool.get('type')!r} tool: "
                "use chat.completions.create for other tool types"
            )
        function = cast(Any, tool).get("function") or {}
        if not function.get("strict"):
            raise ValueError(
                f"Tool {function.get('name')!r} is not strict: only strict function tools can be parsed "
                "(build it with openwire.pydantic_function_tool, or set 'strict': True)"
            )


def has_rich_response_format(response_format: object) -> bool:
    """Whether the answer's content is parsed (a model was given, not a dict)."""
    return is_given(response_format) and not isinstance(response_format, dict)


def parse_chat_completion(
    *,
    response_format: ResponseFormatInput,
    input_tools: "Iterable[ChatCompletionToolUnionParam] | Omit | NotGiven | None",
    chat_completion: "ChatCompletion | ParsedChatCompletion[object]",
) -> ParsedChatCompletion[Any]:
    """``chat_completion`` with each message's ``parsed`` content and tool calls' ``parsed_arguments``.

    Raises :class:`LengthFinishReasonError` / :class:`ContentFilterFinishReasonError` when a
    choice was cut by the token limit or withheld by the content filter: its content is not
    valid output then. Both carry the completion and its usage.
    """
    tools = list(cast(Iterable[Any], input_tools)) if is_given(input_tools) else []
    content_type = response_format if is_parseable_type(response_format) else None
    message_cls = parametrised(ParsedChatCompletionMessage, content_type)
    choice_cls = parametrised(ParsedChoice, content_type)
    completion_cls = parametrised(ParsedChatCompletion, content_type)

    choices = []
    for choice in chat_completion.choices:
        if choice.finish_reason == "length":
            raise LengthFinishReasonError(completion=chat_completion)
        if choice.finish_reason == "content_filter":
            raise ContentFilterFinishReasonError(completion=chat_completion)
        message = choice.message
        tool_calls: Optional[List[ParsedFunctionToolCall]] = None
        if message.tool_calls:
            tool_calls = []
            for call in message.tool_calls:
                if not isinstance(call, ChatCompletionMessageFunctionToolCall) or call.type != "function":
                    # The reference prints and drops these too: the parsed type only has room
                    # for function calls.
                    logger.warning(
                        "Cannot parse a %r tool call (id %r): left out of tool_calls",
                        getattr(call, "type", None),
                        getattr(call, "id", None),
                    )
                    continue
                arguments = parse_function_tool_arguments(input_tools=tools, function=call.function)
                function = rebuild_as(ParsedFunction, call.function, parsed_arguments=arguments)
                tool_calls.append(rebuild_as(ParsedFunctionToolCall, call, function=function))
        parsed_message = rebuild_as(
            message_cls,
            message,
            parsed=maybe_parse_content(response_format=response_format, message=message),
            tool_calls=tool_calls if tool_calls is not None else message.tool_calls,
        )
        choices.append(rebuild_as(choice_cls, choice, message=parsed_message))
    parsed: ParsedChatCompletion[Any] = rebuild_as(completion_cls, chat_completion, choices=choices)
    return parsed


def maybe_parse_content(*, response_format: object, message: "ChatCompletionMessage") -> Any:
    """The message's content as an instance of the response format's model (``None`` for a
    refusal, an empty answer, or when no model was given)."""
    if has_rich_response_format(response_format) and message.content and not message.refusal:
        return parse_json_as(response_format, message.content)
    return None


def parse_json_as(type_: object, content: str) -> Any:
    """Validate the JSON text ``content`` as ``type_`` (a model class or pydantic dataclass)."""
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        return type_.model_validate_json(content)
    if is_parseable_type(type_):
        return pydantic.TypeAdapter(cast(Any, type_)).validate_json(content)
    raise TypeError(f"Cannot parse content as {type_!r}: expected a pydantic model class or a pydantic dataclass")


def get_input_tool_by_name(
    *, input_tools: "Iterable[ChatCompletionToolUnionParam]", name: str
) -> "Optional[ChatCompletionToolUnionParam]":
    for tool in input_tools:
        if tool.get("type") == "function" and (cast(Any, tool).get("function") or {}).get("name") == name:
            return tool
    return None


def parse_function_tool_arguments(
    *, input_tools: "Iterable[ChatCompletionToolUnionParam]", function: "Function"
) -> Any:
    """The call's arguments as the tool's model (from ``pydantic_function_tool``), as plain
    JSON for another strict tool, ``None`` for a tool that is not strict or not known."""
    tool = get_input_tool_by_name(input_tools=input_tools, name=function.name)
    if tool is None:
        return None
    definition = cast(Any, tool).get("function") or {}
    model = tool_model(definition)
    if model is not None:
        return model.model_validate_json(function.arguments)
    if not definition.get("strict"):
        return None
    return json.loads(function.arguments)


def is_basemodel_type(typ: object) -> bool:
    """Whether ``typ`` is a pydantic model class (not an instance, not a dict)."""
    return isinstance(typ, type) and issubclass(typ, pydantic.BaseModel)
