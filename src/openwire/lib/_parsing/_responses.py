"""Structured outputs for the Responses API, without I/O: the request's ``text.format`` and
tools, and turning a ``Response`` into a ``ParsedResponse``.

Shared by ``responses.parse`` and the Responses streaming helpers.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, TypeVar, Union, cast

import pydantic
from typing_extensions import TypeAlias

from ..._types import NotGiven, Omit
from ...types.responses.parsed_response import (
    ParsedResponse,
    ParsedResponseFunctionToolCall,
    ParsedResponseOutputMessage,
    ParsedResponseOutputText,
)
from ...types.responses.response_output_text import ResponseOutputText
from .._tools import PydanticFunctionTool, tool_model
from . import is_given
from ._completions import is_parseable_type, parse_json_as
from ._rebuild import parametrised, rebuild_as
from ._schema import schema_name, to_strict_json_schema

if TYPE_CHECKING:
    from ...types.chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam
    from ...types.responses.response import Response
    from ...types.responses.response_function_tool_call import ResponseFunctionToolCall
    from ...types.responses.tool_param import ToolParam

__all__ = [
    "TextFormatT",
    "ParseableToolParam",
    "type_to_text_format_param",
    "prepare_text_param",
    "prepare_input_tools",
    "parse_response",
    "parse_text",
    "parse_function_tool_arguments",
    "get_input_tool_by_name",
]

TextFormatT = TypeVar("TextFormatT")

ParseableToolParam: TypeAlias = Union["ToolParam", "ChatCompletionFunctionToolParam"]
"""A Responses tool, or a Chat Completions function tool from ``pydantic_function_tool``."""


def type_to_text_format_param(type_: object) -> Dict[str, Any]:
    """The strict ``json_schema`` text format for a model class (or pydantic dataclass)."""
    if not is_parseable_type(type_):
        raise TypeError(f"Unsupported text_format {type_!r}: pass a pydantic model class or a pydantic dataclass")
    model = cast(type, type_)
    return {"type": "json_schema", "strict": True, "name": schema_name(model), "schema": to_strict_json_schema(model)}


def prepare_text_param(text: object, text_format: object) -> object:
    """The ``text`` to send: the caller's, with ``format`` set from ``text_format`` if given."""
    if not is_given(text_format):
        return text
    config: Dict[str, Any] = dict(cast(Dict[str, Any], text)) if is_given(text) else {}
    if "format" in config:
        raise TypeError("Pass either text_format= or text={'format': ...}, not both")
    config["format"] = type_to_text_format_param(text_format)
    return config


def prepare_input_tools(tools: "Iterable[Any] | Omit | NotGiven | None") -> "List[Any] | Omit | NotGiven | None":
    """The tools as a list, with tools from ``pydantic_function_tool`` (Chat Completions
    shape) rewritten to the Responses shape, still remembering their model."""
    if not is_given(tools):
        return cast("Omit | NotGiven | None", tools)
    prepared: List[Any] = []
    for tool in cast(Iterable[Any], tools):
        if isinstance(tool, dict) and tool.get("type") == "function" and "function" in tool:
            model = tool_model(tool["function"])
            if model is None:
                raise TypeError(
                    "A function tool in the Chat Completions shape ({'type': 'function', 'function': {...}}) "
                    "must come from openwire.pydantic_function_tool(); otherwise write it in the Responses "
                    "shape: {'type': 'function', 'name': ..., 'parameters': ..., 'strict': True}"
                )
            definition = tool["function"]
            flat = {
                "type": "function",
                "name": definition["name"],
                "description": definition.get("description"),
                "parameters": definition["parameters"],
                "strict": definition.get("strict"),
            }
            prepared.append(PydanticFunctionTool(flat, model))
        else:
            prepared.append(tool)
    return prepared


def parse_response(
    *,
    text_format: object,
    input_tools: "Iterable[ToolParam] | Omit | NotGiven | None",
    response: "Response | ParsedResponse[object]",
) -> ParsedResponse[Any]:
    """``response`` with ``parsed`` on each ``output_text`` part (when ``text_format`` is a
    model) and ``parsed_arguments`` on each function call (for strict function tools)."""
    tools = list(cast(Iterable[Any], input_tools)) if is_given(input_tools) else []
    content_type = text_format if is_parseable_type(text_format) else None
    text_cls = parametrised(ParsedResponseOutputText, content_type)
    message_cls = parametrised(ParsedResponseOutputMessage, content_type)
    output: List[Any] = []
    for item in response.output:
        if not isinstance(item, pydantic.BaseModel):
            output.append(item)  # kept raw by the lenient parser
            continue
        kind = getattr(item, "type", None)
        if kind == "message":
            content = [
                rebuild_as(text_cls, part, parsed=parse_text(part.text, text_format))
                if isinstance(part, ResponseOutputText) and part.type == "output_text"
                else part
                for part in getattr(item, "content", None) or []
            ]
            output.append(rebuild_as(message_cls, item, content=content))
        elif kind == "function_call":
            call = cast("ResponseFunctionToolCall", item)
            parsed_arguments = parse_function_tool_arguments(input_tools=tools, function_call=call)
            output.append(rebuild_as(ParsedResponseFunctionToolCall, call, parsed_arguments=parsed_arguments))
        else:
            output.append(item)
    parsed: ParsedResponse[Any] = rebuild_as(parametrised(ParsedResponse, content_type), response, output=output)
    return parsed


def parse_text(text: str, text_format: object) -> Any:
    """``text`` as an instance of ``text_format``, or ``None`` when no model was given."""
    if not is_given(text_format):
        return None
    return parse_json_as(text_format, text)


def get_input_tool_by_name(*, input_tools: Iterable[Any], name: str) -> Optional[Dict[str, Any]]:
    for tool in input_tools:
        if isinstance(tool, dict) and tool.get("type") == "function" and tool.get("name") == name:
            return tool
    return None


def parse_function_tool_arguments(*, input_tools: Iterable[Any], function_call: "ResponseFunctionToolCall") -> Any:
    """The call's arguments as the tool's model (from ``pydantic_function_tool``), as plain
    JSON for another strict tool, ``None`` for a tool that is not strict or not known."""
    tool = get_input_tool_by_name(input_tools=input_tools, name=function_call.name)
    if tool is None:
        return None
    model = tool_model(tool)
    if model is not None:
        return model.model_validate_json(function_call.arguments)
    if not tool.get("strict"):
        return None
    return json.loads(function_call.arguments)
