# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Required, TypedDict

from ....._types import SequenceNotStr

__all__ = ["RoleUpdateParams"]


class RoleUpdateParams(TypedDict, total=False):
    project_id: Required[str]
    description: Optional[str]
    permissions: Optional[SequenceNotStr[str]]
    role_name: Optional[str]
