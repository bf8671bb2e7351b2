# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.
"""A response whose output text and function arguments were parsed."""

from __future__ import annotations

from typing import Any, Generic, List, Optional, TypeVar, Union

from typing_extensions import TypeAlias

from ..._models import GenericModel
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


class ParsedResponseOutputText(ResponseOutputText, GenericModel, Generic[ContentType]):
    parsed: Optional[ContentType] = None


ParsedContent: TypeAlias = Union[ParsedResponseOutputText[Any], ResponseOutputRefusal]


class ParsedResponseOutputMessage(ResponseOutputMessage, GenericModel, Generic[ContentType]):
    content: List[Union[ParsedResponseOutputText[ContentType], ResponseOutputRefusal]]  # type: ignore[assignment]


class ParsedResponseFunctionToolCall(ResponseFunctionToolCall):
    parsed_arguments: object = None


ParsedResponseOutputItem: TypeAlias = Union[
    ParsedResponseOutputMessage[Any], ParsedResponseFunctionToolCall, ResponseOutputItem
]


class ParsedResponse(Response, GenericModel, Generic[ContentType]):
    output: List[  # type: ignore[assignment]
        Union[ParsedResponseOutputMessage[ContentType], ParsedResponseFunctionToolCall, ResponseOutputItem]
    ]

    @property
    def output_parsed(self) -> Optional[ContentType]:
        """The first structured output found in the output messages (``None`` when none)."""
        for item in self.output:
            if getattr(item, "type", None) != "message":
                continue
            for part in getattr(item, "content", None) or []:
                parsed = getattr(part, "parsed", None)
                if getattr(part, "type", None) == "output_text" and parsed is not None:
                    return parsed  # type: ignore[no-any-return]
        return None
