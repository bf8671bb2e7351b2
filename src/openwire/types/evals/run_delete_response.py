# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = ["RunDeleteResponse"]


class RunDeleteResponse(BaseModel):
    deleted: Optional[bool] = None
    object: Optional[str] = None
    run_id: Optional[str] = None
