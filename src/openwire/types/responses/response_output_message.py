# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .response_output_refusal import ResponseOutputRefusal
from .response_output_text import ResponseOutputText

__all__ = ["Content", "ResponseOutputMessage"]

Content: TypeAlias = Annotated[Union[ResponseOutputText, ResponseOutputRefusal], Field(discriminator="type")]


class ResponseOutputMessage(BaseModel):
    id: str
    type: Literal["message"]
    role: Literal["assistant"]
    content: List[Content]
    status: Literal["in_progress", "completed", "incomplete"]
    phase: Optional[Literal["commentary", "final_answer"]] = None
