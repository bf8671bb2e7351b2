# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, TypedDict

from .beta_response_format_text_config_param import BetaResponseFormatTextConfigParam

__all__ = ["BetaResponseTextConfigParam"]


class BetaResponseTextConfigParam(TypedDict, total=False):
    format: "BetaResponseFormatTextConfigParam"
    verbosity: Optional[Literal["low", "medium", "high"]]
