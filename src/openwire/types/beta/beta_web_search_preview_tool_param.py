# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List, Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaWebSearchPreviewToolParam", "UserLocation"]


class BetaWebSearchPreviewToolParam(TypedDict, total=False):
    type: Required[Literal["web_search_preview", "web_search_preview_2025_03_11"]]
    search_content_types: List[Literal["text", "image"]]
    search_context_size: Literal["low", "medium", "high"]
    user_location: Optional["UserLocation"]


class UserLocation(TypedDict, total=False):
    type: Required[Literal["approximate"]]
    city: Optional[str]
    country: Optional[str]
    region: Optional[str]
    timezone: Optional[str]
