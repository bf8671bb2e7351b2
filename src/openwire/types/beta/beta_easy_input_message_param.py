# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypedDict

from .beta_response_input_content_param import BetaResponseInputContentParam

__all__ = ["BetaEasyInputMessageParam"]


class BetaEasyInputMessageParam(TypedDict, total=False):
    role: Required[Literal["user", "assistant", "system", "developer"]]
    content: Required[Union[str, Iterable["BetaResponseInputContentParam"]]]
    phase: Optional[Literal["commentary", "final_answer"]]
    type: Literal["message"]
