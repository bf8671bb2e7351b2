# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["RealtimeConversationItemFunctionCallParam"]


class RealtimeConversationItemFunctionCallParam(TypedDict, total=False):
    type: Required[Literal["function_call"]]
    name: Required[str]
    arguments: Required[str]
    call_id: str
    id: str
    object: Literal["realtime.item"]
    status: Literal["completed", "incomplete", "in_progress"]
