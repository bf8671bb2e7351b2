# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaToolChoiceFunctionParam"]


class BetaToolChoiceFunctionParam(TypedDict, total=False):
    type: Required[Literal["function"]]
    name: Required[str]
