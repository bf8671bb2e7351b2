# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List
from typing_extensions import TypeAlias

from .response_function_call_output_item import ResponseFunctionCallOutputItem

__all__ = ["ResponseFunctionCallOutputItemList"]

ResponseFunctionCallOutputItemList: TypeAlias = List[ResponseFunctionCallOutputItem]
