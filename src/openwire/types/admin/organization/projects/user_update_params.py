# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Required, TypedDict


__all__ = ["UserUpdateParams"]


class UserUpdateParams(TypedDict, total=False):
    project_id: Required[str]
    role: Optional[str]
