# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Required, TypedDict


__all__ = ["AdminAPIKeyCreateParams"]


class AdminAPIKeyCreateParams(TypedDict, total=False):
    name: Required[str]
    expires_in_seconds: int
