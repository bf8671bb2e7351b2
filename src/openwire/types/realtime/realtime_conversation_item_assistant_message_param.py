# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable
from typing_extensions import Literal, Required, TypedDict


__all__ = ["Content", "RealtimeConversationItemAssistantMessageParam"]


class Content(TypedDict, total=False):
    audio: str
    text: str
    transcript: str
    type: Literal["output_text", "output_audio"]


class RealtimeConversationItemAssistantMessageParam(TypedDict, total=False):
    type: Required[Literal["message"]]
    role: Required[Literal["assistant"]]
    content: Required[Iterable["Content"]]
    id: str
    object: Literal["realtime.item"]
    status: Literal["completed", "incomplete", "in_progress"]
