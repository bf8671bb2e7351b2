# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List, Union
from typing_extensions import TypeAlias

from .beta_response_input_file_param import BetaResponseInputFileParam
from .beta_response_input_image_param import BetaResponseInputImageParam
from .beta_response_input_text_param import BetaResponseInputTextParam

__all__ = ["BetaResponseInputContentParam", "BetaResponseInputMessageContentListParam"]

BetaResponseInputContentParam: TypeAlias = Union[
    BetaResponseInputTextParam, BetaResponseInputImageParam, BetaResponseInputFileParam
]


BetaResponseInputMessageContentListParam: TypeAlias = List[BetaResponseInputContentParam]
