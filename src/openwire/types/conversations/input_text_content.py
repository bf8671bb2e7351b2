# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import TypeAlias

from ..responses.response_input_text import ResponseInputText

__all__ = ["InputTextContent"]

InputTextContent = ResponseInputText
