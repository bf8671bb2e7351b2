# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypedDict


__all__ = ["CallRejectParams"]


class CallRejectParams(TypedDict, total=False):
    status_code: int
