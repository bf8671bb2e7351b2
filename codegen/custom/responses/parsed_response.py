"""A response whose output text and function arguments were parsed."""

from __future__ import annotations

from typing import Any, Generic, List, Optional, TypeVar, Union

from typing_extensions import TypeAlias

from .response import Response
from .response_function_tool_call import ResponseFunctionToolCall
from .response_output_item import ResponseOutputItem
from .response_output_message import ResponseOutputMessage
from .response_output_refusal import ResponseOutputRefusal
from .response_output_text import ResponseOutputText

__all__ = [
    "ParsedResponse",
    "ParsedResponseOutputMessage",
    "ParsedResponseOutputText",
    "ParsedResponseFunctionToolCall",
    "ParsedResponseOutputItem",
    "ParsedContent",
    "ContentType",
]

# Build the generated bases first: their annotations resolve in their own modules.
Response.model_rebuild()
ResponseOutputText.model_rebuild()
ResponseOutputMessage.model_rebuild()
ResponseFunctionToolCall.model_rebuild()


ContentType = TypeVar("ContentType")


class ParsedResponseOutputText(ResponseOutputText, Generic[ContentType]):
    parsed: Optional[ContentType] = None


ParsedContent: TypeAlias = Union[ParsedResponseOutputText[Any], ResponseOutputRefusal]


class ParsedResponseOutputMessage(ResponseOutputMessage, Generic[ContentType]):
    content: List[Union[ParsedResponseOutputText[ContentType], ResponseOutputRefusal]]  # type: ignore[assignment]


class ParsedResponseFunctionToolCall(ResponseFunctionToolCall):
    parsed_arguments: object = None


ParsedResponseOutputItem: TypeAlias = Union[
    ParsedResponseOutputMessage[Any], ParsedResponseFunctionToolCall, ResponseOutputItem
]


class ParsedResponse(Response, Generic[ContentType]):
    output: List[  # type: ignore[assignment]
        Union[ParsedResponseOutputMessage[ContentType], ParsedResponseFunctionToolCall, ResponseOutputItem]
    ]
