# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaToolChoiceShellParam"]


class BetaToolChoiceShellParam(TypedDict, total=False):
    type: Required[Literal["shell"]]
