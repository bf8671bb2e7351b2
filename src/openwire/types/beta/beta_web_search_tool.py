# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaWebSearchTool", "Filters", "UserLocation"]


class Filters(BaseModel):
    allowed_domains: Optional[List[str]] = None


class UserLocation(BaseModel):
    city: Optional[str] = None
    country: Optional[str] = None
    region: Optional[str] = None
    timezone: Optional[str] = None
    type: Optional[Literal["approximate"]] = None


class BetaWebSearchTool(BaseModel):
    type: Literal["web_search", "web_search_2025_08_26"]
    filters: Optional[Filters] = None
    search_context_size: Optional[Literal["low", "medium", "high"]] = None
    user_location: Optional[UserLocation] = None
