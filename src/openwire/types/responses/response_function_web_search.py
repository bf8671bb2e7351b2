# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel

__all__ = ["Action", "ActionFind", "ActionOpenPage", "ActionSearch", "ActionSearchSource", "ResponseFunctionWebSearch"]


class ActionSearchSource(BaseModel):
    type: Literal["url"]
    url: str


class ActionSearch(BaseModel):
    type: Literal["search"]
    queries: Optional[List[str]] = None
    query: Optional[str] = None
    sources: Optional[List[ActionSearchSource]] = None


class ActionOpenPage(BaseModel):
    type: Literal["open_page"]
    url: Optional[str] = None


class ActionFind(BaseModel):
    type: Literal["find_in_page"]
    url: str
    pattern: str


Action: TypeAlias = Annotated[Union[ActionSearch, ActionOpenPage, ActionFind], Field(discriminator="type")]


class ResponseFunctionWebSearch(BaseModel):
    id: str
    type: Literal["web_search_call"]
    status: Literal["in_progress", "searching", "completed", "failed"]
    action: Action
