# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable
from typing_extensions import Literal, TypedDict

from .conversation_item_content_param import ConversationItemContentParam

__all__ = ["ConversationItemParam"]


class ConversationItemParam(TypedDict, total=False):
    arguments: str
    call_id: str
    content: Iterable["ConversationItemContentParam"]
    id: str
    name: str
    object: Literal["realtime.item"]
    output: str
    role: Literal["user", "assistant", "system"]
    status: Literal["completed", "incomplete", "in_progress"]
    type: Literal["function_call", "function_call_output", "message"]
