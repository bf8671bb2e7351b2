# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["RealtimeConversationItemFunctionCallOutputParam"]


class RealtimeConversationItemFunctionCallOutputParam(TypedDict, total=False):
    type: Required[Literal["function_call_output"]]
    call_id: Required[str]
    output: Required[str]
    id: str
    object: Literal["realtime.item"]
    status: Literal["completed", "incomplete", "in_progress"]
