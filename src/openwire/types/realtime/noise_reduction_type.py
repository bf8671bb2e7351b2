# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias


__all__ = ["NoiseReductionType"]

NoiseReductionType: TypeAlias = Literal["near_field", "far_field"]
