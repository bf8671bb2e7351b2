# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["OrganizationSpendLimitDeleted"]


class OrganizationSpendLimitDeleted(BaseModel):
    object: Literal["organization.spend_limit.deleted"]
    deleted: bool
