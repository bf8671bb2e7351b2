# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ResponseCompactionItemParam"]


class ResponseCompactionItemParam(BaseModel):
    type: Literal["compaction"]
    encrypted_content: str
    id: Optional[str] = None
