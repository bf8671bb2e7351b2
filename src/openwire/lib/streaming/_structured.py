"""What the stream helpers need from structured outputs (``lib/_parsing``), in one place.

The streams ask: is the answer parsed into a model, is a tool strict (so its arguments are
parsed), how to parse a finished answer, and what a partial one holds while it streams.
Imported when a stream opens (it loads pydantic), never at ``import openwire``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Optional

from .._parsing import is_given
from .._parsing._completions import (
    get_input_tool_by_name,
    has_rich_response_format,
    parse_chat_completion,
    parse_function_tool_arguments,
    parse_json_as,
)
from .._tools import tool_model

if TYPE_CHECKING:
    from ...types.chat.parsed_function_tool_call import ParsedFunction

__all__ = [
    "is_given",
    "has_rich_response_format",
    "parse_json_as",
    "parse_chat_completion",
    "partial_json",
    "StrictTools",
]


def partial_json(text: str) -> Any:
    """What can be read of JSON that is still streaming: complete values only (an unfinished
    string, number or literal at the end is left out), as plain ``dict`` / ``list``."""
    from pydantic_core import from_json

    return from_json(text, allow_partial=True)


class StrictTools:
    """The function tools of a Chat Completions request whose arguments are parsed: those
    built with ``pydantic_function_tool`` (into the model) and other ``strict`` ones (into
    plain JSON). Calls of any other tool keep ``parsed_arguments=None``, as in the reference."""

    def __init__(self, input_tools: Any) -> None:
        self.input_tools: List[Any] = list(input_tools) if is_given(input_tools) else []

    def is_strict(self, name: Optional[str]) -> bool:
        if not name:
            return False
        tool = get_input_tool_by_name(input_tools=self.input_tools, name=name)
        if tool is None:
            return False
        definition: Any = tool.get("function") or {}
        return tool_model(definition) is not None or definition.get("strict") is True

    def parse_arguments(self, function: "ParsedFunction") -> Any:
        """Arguments of a finished call: a model, plain JSON, or ``None`` (not parsed)."""
        return parse_function_tool_arguments(input_tools=self.input_tools, function=function)
