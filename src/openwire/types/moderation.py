# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from pydantic import Field

from .._models import BaseModel

__all__ = ["Categories", "CategoryAppliedInputTypes", "CategoryScores", "Moderation"]


class Categories(BaseModel):
    hate: bool
    hate_threatening: bool = Field(alias="hate/threatening")
    harassment: bool
    harassment_threatening: bool = Field(alias="harassment/threatening")
    self_harm: bool = Field(alias="self-harm")
    self_harm_intent: bool = Field(alias="self-harm/intent")
    self_harm_instructions: bool = Field(alias="self-harm/instructions")
    sexual: bool
    sexual_minors: bool = Field(alias="sexual/minors")
    violence: bool
    violence_graphic: bool = Field(alias="violence/graphic")
    illicit: Optional[bool] = None
    illicit_violent: Optional[bool] = Field(default=None, alias="illicit/violent")


class CategoryAppliedInputTypes(BaseModel):
    hate: List[Literal["text"]]
    hate_threatening: List[Literal["text"]] = Field(alias="hate/threatening")
    harassment: List[Literal["text"]]
    harassment_threatening: List[Literal["text"]] = Field(alias="harassment/threatening")
    illicit: List[Literal["text"]]
    illicit_violent: List[Literal["text"]] = Field(alias="illicit/violent")
    self_harm: List[Literal["text", "image"]] = Field(alias="self-harm")
    self_harm_intent: List[Literal["text", "image"]] = Field(alias="self-harm/intent")
    self_harm_instructions: List[Literal["text", "image"]] = Field(alias="self-harm/instructions")
    sexual: List[Literal["text", "image"]]
    sexual_minors: List[Literal["text"]] = Field(alias="sexual/minors")
    violence: List[Literal["text", "image"]]
    violence_graphic: List[Literal["text", "image"]] = Field(alias="violence/graphic")


class CategoryScores(BaseModel):
    hate: float
    hate_threatening: float = Field(alias="hate/threatening")
    harassment: float
    harassment_threatening: float = Field(alias="harassment/threatening")
    illicit: float
    illicit_violent: float = Field(alias="illicit/violent")
    self_harm: float = Field(alias="self-harm")
    self_harm_intent: float = Field(alias="self-harm/intent")
    self_harm_instructions: float = Field(alias="self-harm/instructions")
    sexual: float
    sexual_minors: float = Field(alias="sexual/minors")
    violence: float
    violence_graphic: float = Field(alias="violence/graphic")


class Moderation(BaseModel):
    flagged: bool
    categories: Categories
    category_scores: CategoryScores
    category_applied_input_types: CategoryAppliedInputTypes
