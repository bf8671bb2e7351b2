# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["RealtimeMcphttpErrorParam"]


class RealtimeMcphttpErrorParam(TypedDict, total=False):
    type: Required[Literal["http_error"]]
    code: Required[int]
    message: Required[str]
