# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias


__all__ = ["ChatSessionStatus"]

ChatSessionStatus: TypeAlias = Literal["active", "expired", "cancelled"]
