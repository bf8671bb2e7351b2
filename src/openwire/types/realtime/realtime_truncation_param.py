# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, TypeAlias

from .realtime_truncation_retention_ratio_param import RealtimeTruncationRetentionRatioParam

__all__ = ["RealtimeTruncationParam"]

RealtimeTruncationParam: TypeAlias = Union[Literal["auto", "disabled"], RealtimeTruncationRetentionRatioParam]
