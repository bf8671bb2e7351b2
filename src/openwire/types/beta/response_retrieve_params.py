# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypedDict

from .beta_response_includable import BetaResponseIncludable

__all__ = ["ResponseRetrieveParams"]


class ResponseRetrieveParamsBase(TypedDict, total=False):
    betas: List[Literal["responses_multi_agent=v1"]]
    include: Iterable["BetaResponseIncludable"]
    include_obfuscation: bool
    starting_after: int


class ResponseRetrieveParamsNonStreaming(ResponseRetrieveParamsBase, total=False):
    stream: Literal[False]


class ResponseRetrieveParamsStreaming(ResponseRetrieveParamsBase):
    stream: Required[Literal[True]]


ResponseRetrieveParams = Union[ResponseRetrieveParamsNonStreaming, ResponseRetrieveParamsStreaming]
