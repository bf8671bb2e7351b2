# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional

from ....._models import BaseModel

__all__ = ["AssignmentSource", "RoleListResponse"]


class AssignmentSource(BaseModel):
    principal_id: str
    principal_type: str


class RoleListResponse(BaseModel):
    id: str
    name: str
    permissions: List[str]
    resource_type: str
    predefined_role: bool
    assignment_sources: Optional[List[AssignmentSource]] = None
    created_at: Optional[int] = None
    created_by: Optional[str] = None
    created_by_user_obj: Optional[Dict[str, object]] = None
    description: Optional[str] = None
    metadata: Optional[Dict[str, object]] = None
    updated_at: Optional[int] = None
