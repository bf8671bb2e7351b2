# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["Content", "VectorStoreSearchResponse"]


class Content(BaseModel):
    type: Literal["text"]
    text: str


class VectorStoreSearchResponse(BaseModel):
    file_id: str
    filename: str
    score: float
    content: List[Content]
    attributes: Optional[Dict[str, Union[str, float, bool]]] = None
