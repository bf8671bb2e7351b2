# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr

__all__ = [
    "Action",
    "ActionFind",
    "ActionOpenPage",
    "ActionSearch",
    "ActionSearchSource",
    "ResponseFunctionWebSearchParam",
]


class ActionSearch(TypedDict, total=False):
    type: Required[Literal["search"]]
    queries: SequenceNotStr[str]
    query: str
    sources: Iterable["ActionSearchSource"]


class ActionOpenPage(TypedDict, total=False):
    type: Required[Literal["open_page"]]
    url: Optional[str]


class ActionFind(TypedDict, total=False):
    type: Required[Literal["find_in_page"]]
    url: Required[str]
    pattern: Required[str]


Action: TypeAlias = Union[ActionSearch, ActionOpenPage, ActionFind]


class ActionSearchSource(TypedDict, total=False):
    type: Required[Literal["url"]]
    url: Required[str]


class ResponseFunctionWebSearchParam(TypedDict, total=False):
    id: Required[str]
    type: Required[Literal["web_search_call"]]
    status: Required[Literal["in_progress", "searching", "completed", "failed"]]
    action: Required["Action"]
