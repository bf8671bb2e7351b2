# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable
from typing_extensions import Literal, Required, TypedDict

from .beta_response_input_item_param import BetaResponseInputItemParam

__all__ = ["BetaResponseInjectEventParam"]


class BetaResponseInjectEventParam(TypedDict, total=False):
    type: Required[Literal["response.inject"]]
    response_id: Required[str]
    input: Required[Iterable["BetaResponseInputItemParam"]]
