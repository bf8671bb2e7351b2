"""Structured outputs: strict JSON schemas from pydantic models, and parsing the answers.

- ``_schema``: ``to_strict_json_schema`` (a model -> the strict schema the API accepts);
- ``_completions`` / ``_responses``: request parameters and answer parsing, without I/O
  (shared with the streaming helpers);
- ``chat`` / ``responses``: the ``parse`` methods of the resources (light at import).

The functions users of the reference import from ``openai.lib._parsing`` (such as
``type_to_response_format_param``, to build Batch API requests) resolve here on first access.
"""

from __future__ import annotations

import importlib
from typing import Any

from ..._types import NotGiven, Omit

__all__ = ["is_given"]

_LAZY = {
    "ResponseFormatT": "._completions",
    "type_to_response_format_param": "._completions",
    "validate_input_tools": "._completions",
    "parse_chat_completion": "._completions",
    "maybe_parse_content": "._completions",
    "parse_function_tool_arguments": "._completions",
    "get_input_tool_by_name": "._completions",
    "has_rich_response_format": "._completions",
    "TextFormatT": "._responses",
    "type_to_text_format_param": "._responses",
    "parse_response": "._responses",
    "parse_text": "._responses",
    "is_basemodel_type": "._completions",
}
_SUBMODULES = frozenset({"_completions", "_responses", "_schema", "chat", "responses"})


def is_given(value: object) -> bool:
    """Whether a parameter was passed with a value (not omitted, not ``None``)."""
    return value is not None and not isinstance(value, (NotGiven, Omit))


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        # ``from openai.lib import _parsing`` then ``_parsing._completions.is_basemodel_type``
        # (litellm): the submodule is an attribute even before anything imported it.
        return importlib.import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)
