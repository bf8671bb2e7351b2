# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["RealtimeTruncationRetentionRatioParam", "TokenLimits"]


class RealtimeTruncationRetentionRatioParam(TypedDict, total=False):
    type: Required[Literal["retention_ratio"]]
    retention_ratio: Required[float]
    token_limits: "TokenLimits"


class TokenLimits(TypedDict, total=False):
    post_instructions: int
