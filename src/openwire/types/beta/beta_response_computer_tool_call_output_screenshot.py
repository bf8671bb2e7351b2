# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaResponseComputerToolCallOutputScreenshot"]


class BetaResponseComputerToolCallOutputScreenshot(BaseModel):
    type: Literal["computer_screenshot"]
    file_id: Optional[str] = None
    image_url: Optional[str] = None
