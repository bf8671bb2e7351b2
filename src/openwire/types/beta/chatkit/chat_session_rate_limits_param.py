# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypedDict


__all__ = ["ChatSessionRateLimitsParam"]


class ChatSessionRateLimitsParam(TypedDict, total=False):
    max_requests_per_1_minute: int
