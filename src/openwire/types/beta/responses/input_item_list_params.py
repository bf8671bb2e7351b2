# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, List
from typing_extensions import Literal, TypedDict

from ..beta_response_includable import BetaResponseIncludable

__all__ = ["InputItemListParams"]


class InputItemListParams(TypedDict, total=False):
    after: str
    betas: List[Literal["responses_multi_agent=v1"]]
    include: Iterable["BetaResponseIncludable"]
    limit: int
    order: Literal["asc", "desc"]
