# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypedDict


__all__ = ["RateLimitListRateLimitsParams"]


class RateLimitListRateLimitsParams(TypedDict, total=False):
    after: str
    before: str
    limit: int
