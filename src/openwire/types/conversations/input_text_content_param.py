# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypeAlias

from ..responses.response_input_text_param import ResponseInputTextParam

__all__ = ["InputTextContentParam"]

InputTextContentParam = ResponseInputTextParam
