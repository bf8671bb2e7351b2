# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ChatSessionExpiresAfterParam"]


class ChatSessionExpiresAfterParam(TypedDict, total=False):
    anchor: Required[Literal["created_at"]]
    seconds: Required[int]
