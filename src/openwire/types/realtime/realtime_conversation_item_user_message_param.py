# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable
from typing_extensions import Literal, Required, TypedDict


__all__ = ["Content", "RealtimeConversationItemUserMessageParam"]


class Content(TypedDict, total=False):
    audio: str
    detail: Literal["auto", "low", "high"]
    image_url: str
    text: str
    transcript: str
    type: Literal["input_text", "input_audio", "input_image"]


class RealtimeConversationItemUserMessageParam(TypedDict, total=False):
    type: Required[Literal["message"]]
    role: Required[Literal["user"]]
    content: Required[Iterable["Content"]]
    id: str
    object: Literal["realtime.item"]
    status: Literal["completed", "incomplete", "in_progress"]
