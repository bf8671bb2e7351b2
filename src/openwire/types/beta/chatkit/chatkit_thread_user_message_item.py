# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ...._models import BaseModel
from .chatkit_attachment import ChatKitAttachment

__all__ = [
    "ChatKitThreadUserMessageItem",
    "Content",
    "ContentInputText",
    "ContentQuotedText",
    "InferenceOptions",
    "InferenceOptionsToolChoice",
]


class ContentInputText(BaseModel):
    type: Literal["input_text"]
    text: str


class ContentQuotedText(BaseModel):
    type: Literal["quoted_text"]
    text: str


Content: TypeAlias = Annotated[Union[ContentInputText, ContentQuotedText], Field(discriminator="type")]


class InferenceOptionsToolChoice(BaseModel):
    id: str


class InferenceOptions(BaseModel):
    model: Optional[str] = None
    tool_choice: Optional[InferenceOptionsToolChoice] = None


class ChatKitThreadUserMessageItem(BaseModel):
    id: str
    object: Literal["chatkit.thread_item"]
    created_at: int
    thread_id: str
    type: Literal["chatkit.user_message"]
    content: List[Content]
    attachments: List[ChatKitAttachment]
    inference_options: Optional[InferenceOptions] = None
