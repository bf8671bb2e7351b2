# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict
from typing_extensions import TypeAlias


__all__ = ["FunctionParameters"]

FunctionParameters: TypeAlias = Dict[str, object]
