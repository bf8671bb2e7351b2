# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ConversationItemTruncateEventParam"]


class ConversationItemTruncateEventParam(TypedDict, total=False):
    type: Required[Literal["conversation.item.truncate"]]
    item_id: Required[str]
    content_index: Required[int]
    audio_end_ms: Required[int]
    event_id: str
