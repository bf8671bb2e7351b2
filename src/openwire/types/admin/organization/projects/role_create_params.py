# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Required, TypedDict

from ....._types import SequenceNotStr

__all__ = ["RoleCreateParams"]


class RoleCreateParams(TypedDict, total=False):
    role_name: Required[str]
    permissions: Required[SequenceNotStr[str]]
    description: Optional[str]
