# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaComputerUsePreviewTool"]


class BetaComputerUsePreviewTool(BaseModel):
    type: Literal["computer_use_preview"]
    environment: Literal["windows", "mac", "linux", "ubuntu", "browser"]
    display_width: int
    display_height: int
