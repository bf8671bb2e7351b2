# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Required, TypedDict


__all__ = ["BetaResponseConversationParamParam"]


class BetaResponseConversationParamParam(TypedDict, total=False):
    id: Required[str]
