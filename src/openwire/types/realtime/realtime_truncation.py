# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Literal, TypeAlias

from .realtime_truncation_retention_ratio import RealtimeTruncationRetentionRatio

__all__ = ["RealtimeTruncation"]

RealtimeTruncation: TypeAlias = Union[Literal["auto", "disabled"], RealtimeTruncationRetentionRatio]
