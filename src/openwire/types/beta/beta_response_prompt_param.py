# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Optional, Union
from typing_extensions import Required, TypeAlias, TypedDict

from .beta_response_input_file_param import BetaResponseInputFileParam
from .beta_response_input_image_param import BetaResponseInputImageParam
from .beta_response_input_text_param import BetaResponseInputTextParam

__all__ = ["BetaResponsePromptParam", "Variables"]


class BetaResponsePromptParam(TypedDict, total=False):
    id: Required[str]
    variables: Optional["Variables"]
    version: Optional[str]


Variables: TypeAlias = Dict[
    str, Union[str, BetaResponseInputTextParam, BetaResponseInputImageParam, BetaResponseInputFileParam]
]
