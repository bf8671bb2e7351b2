# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Required, TypedDict


__all__ = ["UserCreateParams"]


class UserCreateParams(TypedDict, total=False):
    user_id: Required[str]
