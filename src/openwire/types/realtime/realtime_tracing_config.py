# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel

__all__ = ["RealtimeTracingConfig", "TracingConfiguration"]


class TracingConfiguration(BaseModel):
    group_id: Optional[str] = None
    metadata: Optional[Dict[str, object]] = None
    workflow_name: Optional[str] = None


RealtimeTracingConfig: TypeAlias = Optional[Union[Literal["auto"], TracingConfiguration]]
