# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypeAlias

from ..responses.response_input_file_param import ResponseInputFileParam

__all__ = ["InputFileContentParam"]

InputFileContentParam = ResponseInputFileParam
