# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ConversationItemRetrieveEventParam"]


class ConversationItemRetrieveEventParam(TypedDict, total=False):
    type: Required[Literal["conversation.item.retrieve"]]
    item_id: Required[str]
    event_id: str
