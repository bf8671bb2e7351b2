# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import TypedDict

from ..._types import SequenceNotStr
from ..shared.metadata import Metadata

__all__ = ["ThreadUpdateParams", "ToolResources", "ToolResourcesCodeInterpreter", "ToolResourcesFileSearch"]


class ThreadUpdateParams(TypedDict, total=False):
    metadata: Optional["Metadata"]
    tool_resources: Optional["ToolResources"]


class ToolResources(TypedDict, total=False):
    code_interpreter: "ToolResourcesCodeInterpreter"
    file_search: "ToolResourcesFileSearch"


class ToolResourcesCodeInterpreter(TypedDict, total=False):
    file_ids: SequenceNotStr[str]


class ToolResourcesFileSearch(TypedDict, total=False):
    vector_store_ids: SequenceNotStr[str]
