# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable
from typing_extensions import Literal, Required, TypedDict


__all__ = ["Content", "RealtimeConversationItemSystemMessageParam"]


class Content(TypedDict, total=False):
    text: str
    type: Literal["input_text"]


class RealtimeConversationItemSystemMessageParam(TypedDict, total=False):
    type: Required[Literal["message"]]
    role: Required[Literal["system"]]
    content: Required[Iterable["Content"]]
    id: str
    object: Literal["realtime.item"]
    status: Literal["completed", "incomplete", "in_progress"]
