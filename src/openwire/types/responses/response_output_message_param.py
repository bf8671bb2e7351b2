# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .response_output_refusal_param import ResponseOutputRefusalParam
from .response_output_text_param import ResponseOutputTextParam

__all__ = ["Content", "ResponseOutputMessageParam"]

Content: TypeAlias = Union[ResponseOutputTextParam, ResponseOutputRefusalParam]


class ResponseOutputMessageParam(TypedDict, total=False):
    id: Required[str]
    type: Required[Literal["message"]]
    role: Required[Literal["assistant"]]
    content: Required[Iterable["Content"]]
    status: Required[Literal["in_progress", "completed", "incomplete"]]
    phase: Optional[Literal["commentary", "final_answer"]]
