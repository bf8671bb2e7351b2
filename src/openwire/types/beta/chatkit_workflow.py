# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Optional, Union

from ..._models import BaseModel

__all__ = ["ChatKitWorkflow", "Tracing"]


class Tracing(BaseModel):
    enabled: bool


class ChatKitWorkflow(BaseModel):
    id: str
    tracing: Tracing
    state_variables: Optional[Dict[str, Union[str, int, bool, float]]] = None
    version: Optional[str] = None
