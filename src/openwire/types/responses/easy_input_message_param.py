# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypedDict

from .response_input_content_param import ResponseInputContentParam

__all__ = ["EasyInputMessageParam"]


class EasyInputMessageParam(TypedDict, total=False):
    role: Required[Literal["user", "assistant", "system", "developer"]]
    content: Required[Union[str, Iterable["ResponseInputContentParam"]]]
    phase: Optional[Literal["commentary", "final_answer"]]
    type: Literal["message"]
