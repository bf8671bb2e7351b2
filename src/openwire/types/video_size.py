# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias


__all__ = ["VideoSize"]

VideoSize: TypeAlias = Literal["720x1280", "1280x720", "1024x1792", "1792x1024"]
