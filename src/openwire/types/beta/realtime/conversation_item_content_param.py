# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, TypedDict


__all__ = ["ConversationItemContentParam"]


class ConversationItemContentParam(TypedDict, total=False):
    audio: str
    id: str
    text: str
    transcript: str
    type: Literal["audio", "input_audio", "input_text", "item_reference", "text"]
