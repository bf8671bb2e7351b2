# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .chat_completion_audio import ChatCompletionAudio
from .chat_completion_message_tool_call import ChatCompletionMessageToolCallUnion

__all__ = ["Annotation", "AnnotationURLCitation", "ChatCompletionMessage", "FunctionCall"]


class AnnotationURLCitation(BaseModel):
    end_index: int
    start_index: int
    url: str
    title: str


class Annotation(BaseModel):
    type: Literal["url_citation"]
    url_citation: AnnotationURLCitation


class FunctionCall(BaseModel):
    arguments: str
    name: str


class ChatCompletionMessage(BaseModel):
    role: Literal["assistant"]
    annotations: Optional[List[Annotation]] = None
    audio: Optional[ChatCompletionAudio] = None
    content: Optional[str] = None
    function_call: Optional[FunctionCall] = None
    refusal: Optional[str] = None
    tool_calls: Optional[List[ChatCompletionMessageToolCallUnion]] = None
