# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Required, TypedDict


__all__ = ["GroupCreateParams"]


class GroupCreateParams(TypedDict, total=False):
    group_id: Required[str]
    role: Required[str]
