# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import TypedDict


__all__ = ["UserUpdateParams"]


class UserUpdateParams(TypedDict, total=False):
    developer_persona: Optional[str]
    role: Optional[str]
    role_id: Optional[str]
    technical_level: Optional[str]
