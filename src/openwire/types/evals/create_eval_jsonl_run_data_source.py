# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel

__all__ = ["CreateEvalJSONLRunDataSource", "Source", "SourceFileContent", "SourceFileContentContent", "SourceFileID"]


class SourceFileContentContent(BaseModel):
    item: Dict[str, object]
    sample: Optional[Dict[str, object]] = None


class SourceFileContent(BaseModel):
    type: Literal["file_content"]
    content: List[SourceFileContentContent]


class SourceFileID(BaseModel):
    type: Literal["file_id"]
    id: str


Source: TypeAlias = Annotated[Union[SourceFileContent, SourceFileID], Field(discriminator="type")]


class CreateEvalJSONLRunDataSource(BaseModel):
    type: Literal["jsonl"]
    source: Source
