# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List, Union
from typing_extensions import TypeAlias

from .beta_response_input_file_content_param import BetaResponseInputFileContentParam
from .beta_response_input_image_content_param import BetaResponseInputImageContentParam
from .beta_response_input_text_content_param import BetaResponseInputTextContentParam

__all__ = ["BetaResponseFunctionCallOutputItemListParam", "BetaResponseFunctionCallOutputItemParam"]

BetaResponseFunctionCallOutputItemParam: TypeAlias = Union[
    BetaResponseInputTextContentParam, BetaResponseInputImageContentParam, BetaResponseInputFileContentParam
]


BetaResponseFunctionCallOutputItemListParam: TypeAlias = List[BetaResponseFunctionCallOutputItemParam]
