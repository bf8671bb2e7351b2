# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Optional, Union
from typing_extensions import Required, TypeAlias, TypedDict

from .response_input_file_param import ResponseInputFileParam
from .response_input_image_param import ResponseInputImageParam
from .response_input_text_param import ResponseInputTextParam

__all__ = ["ResponsePromptParam", "Variables"]


class ResponsePromptParam(TypedDict, total=False):
    id: Required[str]
    variables: Optional["Variables"]
    version: Optional[str]


Variables: TypeAlias = Dict[str, Union[str, ResponseInputTextParam, ResponseInputImageParam, ResponseInputFileParam]]
