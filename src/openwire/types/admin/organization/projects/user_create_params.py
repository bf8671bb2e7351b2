# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Required, TypedDict


__all__ = ["UserCreateParams"]


class UserCreateParams(TypedDict, total=False):
    role: Required[str]
    email: Optional[str]
    user_id: Optional[str]
