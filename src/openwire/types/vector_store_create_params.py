# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr
from .file_chunking_strategy_param import FileChunkingStrategyParam
from .shared.metadata import Metadata

__all__ = ["ExpiresAfter", "VectorStoreCreateParams"]


class ExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["last_active_at"]]
    days: Required[int]


class VectorStoreCreateParams(TypedDict, total=False):
    chunking_strategy: "FileChunkingStrategyParam"
    description: str
    expires_after: "ExpiresAfter"
    file_ids: SequenceNotStr[str]
    metadata: Optional["Metadata"]
    name: str
