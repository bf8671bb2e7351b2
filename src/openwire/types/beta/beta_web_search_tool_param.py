# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr

__all__ = ["BetaWebSearchToolParam", "Filters", "UserLocation"]


class BetaWebSearchToolParam(TypedDict, total=False):
    type: Required[Literal["web_search", "web_search_2025_08_26"]]
    filters: Optional["Filters"]
    search_context_size: Literal["low", "medium", "high"]
    user_location: Optional["UserLocation"]


class Filters(TypedDict, total=False):
    allowed_domains: Optional[SequenceNotStr[str]]


class UserLocation(TypedDict, total=False):
    city: Optional[str]
    country: Optional[str]
    region: Optional[str]
    timezone: Optional[str]
    type: Literal["approximate"]
