# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations


from ...._models import BaseModel

__all__ = ["GroupUpdateResponse"]


class GroupUpdateResponse(BaseModel):
    id: str
    name: str
    created_at: int
    is_scim_managed: bool
