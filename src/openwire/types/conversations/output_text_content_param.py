# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypeAlias

from ..responses.response_output_text_param import ResponseOutputTextParam

__all__ = ["OutputTextContentParam"]

OutputTextContentParam = ResponseOutputTextParam
