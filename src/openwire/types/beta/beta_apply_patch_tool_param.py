# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List, Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaApplyPatchToolParam"]


class BetaApplyPatchToolParam(TypedDict, total=False):
    type: Required[Literal["apply_patch"]]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]]
