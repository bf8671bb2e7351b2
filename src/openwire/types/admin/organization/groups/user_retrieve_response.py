# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["UserRetrieveResponse"]


class UserRetrieveResponse(BaseModel):
    id: str
    name: str
    user_type: Literal["user", "tenant_user"]
    email: Optional[str] = None
    is_service_account: Optional[bool] = None
    picture: Optional[str] = None
