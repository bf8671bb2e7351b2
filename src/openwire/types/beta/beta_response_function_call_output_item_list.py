# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List
from typing_extensions import TypeAlias

from .beta_response_function_call_output_item import BetaResponseFunctionCallOutputItem

__all__ = ["BetaResponseFunctionCallOutputItemList"]

BetaResponseFunctionCallOutputItemList: TypeAlias = List[BetaResponseFunctionCallOutputItem]
