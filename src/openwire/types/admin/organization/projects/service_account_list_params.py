# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypedDict


__all__ = ["ServiceAccountListParams"]


class ServiceAccountListParams(TypedDict, total=False):
    after: str
    limit: int
