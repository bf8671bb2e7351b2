# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable
from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaToolChoiceAllowedParam"]


class BetaToolChoiceAllowedParam(TypedDict, total=False):
    type: Required[Literal["allowed_tools"]]
    mode: Required[Literal["auto", "required"]]
    tools: Required[Iterable[Dict[str, object]]]
