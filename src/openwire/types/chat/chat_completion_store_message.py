# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from .chat_completion_audio import ChatCompletionAudio
from .chat_completion_content_part_image import ChatCompletionContentPartImage
from .chat_completion_content_part_text import ChatCompletionContentPartText
from .chat_completion_message import Annotation, FunctionCall
from .chat_completion_message_tool_call import ChatCompletionMessageToolCallUnion

__all__ = ["ChatCompletionStoreMessage", "ChatCompletionStoreMessageContentPart"]


class ChatCompletionStoreMessage(BaseModel):
    role: Literal["assistant"]
    id: str
    annotations: Optional[List[Annotation]] = None
    audio: Optional[ChatCompletionAudio] = None
    content: Optional[str] = None
    content_parts: Optional[List[ChatCompletionStoreMessageContentPart]] = None
    function_call: Optional[FunctionCall] = None
    refusal: Optional[str] = None
    tool_calls: Optional[List[ChatCompletionMessageToolCallUnion]] = None


ChatCompletionStoreMessageContentPart: TypeAlias = Union[ChatCompletionContentPartText, ChatCompletionContentPartImage]
