# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from .._models import BaseModel

__all__ = ["ContentProvenanceCheck", "Result", "ResultC2PA", "ResultSynthID"]


class ResultC2PA(BaseModel):
    type: Literal["c2pa"]
    outcome: Literal["detected", "not_detected"]
    validation_state: Literal["trusted", "valid", "invalid", "not_present"]
    generated_at: Optional[str] = None
    issuer: Optional[str] = None
    model: Optional[str] = None


class ResultSynthID(BaseModel):
    type: Literal["synthid"]
    outcome: Literal["detected", "not_detected"]
    generated_at: Optional[str] = None
    model: Optional[str] = None


Result: TypeAlias = Annotated[Union[ResultC2PA, ResultSynthID], Field(discriminator="type")]


class ContentProvenanceCheck(BaseModel):
    object: Literal["content_provenance_check"]
    created_at: int
    results: List[Result]
