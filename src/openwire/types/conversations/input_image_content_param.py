# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypeAlias

from ..responses.response_input_image_param import ResponseInputImageParam

__all__ = ["InputImageContentParam"]

InputImageContentParam = ResponseInputImageParam
