# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .all_models import AllModels as AllModels
    from ..chat_model import ChatModel as ChatModel
    from .comparison_filter import ComparisonFilter as ComparisonFilter
    from .compound_filter import CompoundFilter as CompoundFilter
    from .custom_tool_input_format import CustomToolInputFormat as CustomToolInputFormat
    from .error_object import ErrorObject as ErrorObject
    from .function_definition import FunctionDefinition as FunctionDefinition
    from .function_parameters import FunctionParameters as FunctionParameters
    from .metadata import Metadata as Metadata
    from .oauth_error_code import OAuthErrorCode as OAuthErrorCode
    from .reasoning import Reasoning as Reasoning
    from .reasoning_effort import ReasoningEffort as ReasoningEffort
    from .response_format_json_object import ResponseFormatJSONObject as ResponseFormatJSONObject
    from .response_format_json_schema import ResponseFormatJSONSchema as ResponseFormatJSONSchema
    from .response_format_text import ResponseFormatText as ResponseFormatText
    from .response_format_text_grammar import ResponseFormatTextGrammar as ResponseFormatTextGrammar
    from .response_format_text_python import ResponseFormatTextPython as ResponseFormatTextPython
    from .responses_model import ResponsesModel as ResponsesModel

__all__ = [
    "AllModels",
    "ChatModel",
    "ComparisonFilter",
    "CompoundFilter",
    "CustomToolInputFormat",
    "ErrorObject",
    "FunctionDefinition",
    "FunctionParameters",
    "Metadata",
    "OAuthErrorCode",
    "Reasoning",
    "ReasoningEffort",
    "ResponseFormatJSONObject",
    "ResponseFormatJSONSchema",
    "ResponseFormatText",
    "ResponseFormatTextGrammar",
    "ResponseFormatTextPython",
    "ResponsesModel",
]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "AllModels": ".all_models",
    "ChatModel": "..chat_model",
    "ComparisonFilter": ".comparison_filter",
    "CompoundFilter": ".compound_filter",
    "CustomToolInputFormat": ".custom_tool_input_format",
    "ErrorObject": ".error_object",
    "FunctionDefinition": ".function_definition",
    "FunctionParameters": ".function_parameters",
    "Metadata": ".metadata",
    "OAuthErrorCode": ".oauth_error_code",
    "Reasoning": ".reasoning",
    "ReasoningEffort": ".reasoning_effort",
    "ResponseFormatJSONObject": ".response_format_json_object",
    "ResponseFormatJSONSchema": ".response_format_json_schema",
    "ResponseFormatText": ".response_format_text",
    "ResponseFormatTextGrammar": ".response_format_text_grammar",
    "ResponseFormatTextPython": ".response_format_text_python",
    "ResponsesModel": ".responses_model",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "all_models",
        "chat_model",
        "comparison_filter",
        "compound_filter",
        "custom_tool_input_format",
        "error_object",
        "function_definition",
        "function_parameters",
        "metadata",
        "oauth_error_code",
        "reasoning",
        "reasoning_effort",
        "response_format_json_object",
        "response_format_json_schema",
        "response_format_text",
        "response_format_text_grammar",
        "response_format_text_python",
        "responses_model",
    }
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is not None:
            value = getattr(importlib.import_module(source, __name__), name)
            globals()[name] = value
            return value
        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS) | _SUBMODULES)
