# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ImageURLParam"]


class ImageURLParam(TypedDict, total=False):
    url: Required[str]
    detail: Literal["auto", "low", "high"]
