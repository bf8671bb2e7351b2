# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, Optional, Union
from typing_extensions import Required, TypedDict

from ..._types import SequenceNotStr
from ..file_chunking_strategy_param import FileChunkingStrategyParam

__all__ = ["File", "FileBatchCreateParams"]


class File(TypedDict, total=False):
    file_id: Required[str]
    attributes: Optional[Dict[str, Union[str, float, bool]]]
    chunking_strategy: "FileChunkingStrategyParam"


class FileBatchCreateParams(TypedDict, total=False):
    attributes: Optional[Dict[str, Union[str, float, bool]]]
    chunking_strategy: "FileChunkingStrategyParam"
    file_ids: SequenceNotStr[str]
    files: Iterable["File"]
