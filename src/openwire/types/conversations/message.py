# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from ..responses.response_input_file import ResponseInputFile
from ..responses.response_input_image import ResponseInputImage
from ..responses.response_input_text import ResponseInputText
from ..responses.response_output_refusal import ResponseOutputRefusal
from ..responses.response_output_text import ResponseOutputText
from .computer_screenshot_content import ComputerScreenshotContent
from .summary_text_content import SummaryTextContent
from .text_content import TextContent

__all__ = ["Content", "ContentReasoningText", "Message"]


class ContentReasoningText(BaseModel):
    type: Literal["reasoning_text"]
    text: str


Content: TypeAlias = Annotated[
    Union[
        ResponseInputText,
        ResponseOutputText,
        TextContent,
        SummaryTextContent,
        ContentReasoningText,
        ResponseOutputRefusal,
        ResponseInputImage,
        ComputerScreenshotContent,
        ResponseInputFile,
    ],
    Field(discriminator="type"),
]


class Message(BaseModel):
    type: Literal["message"]
    id: str
    status: Literal["in_progress", "completed", "incomplete"]
    role: Literal["unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"]
    content: List[Content]
    phase: Optional[Literal["commentary", "final_answer"]] = None
