# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_response_input_content import BetaResponseInputContent

__all__ = ["BetaEasyInputMessage"]


class BetaEasyInputMessage(BaseModel):
    role: Literal["user", "assistant", "system", "developer"]
    content: Union[str, List[BetaResponseInputContent]]
    phase: Optional[Literal["commentary", "final_answer"]] = None
    type: Optional[Literal["message"]] = None
