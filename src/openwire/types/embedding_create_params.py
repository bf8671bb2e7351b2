# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, List, Union
from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr
from .embedding_model import EmbeddingModel

__all__ = ["EmbeddingCreateParams"]


class EmbeddingCreateParams(TypedDict, total=False):
    input: Required[Union[str, SequenceNotStr[str], List[int], Iterable[List[int]]]]
    model: Required[Union[str, "EmbeddingModel"]]
    dimensions: int
    encoding_format: Literal["float", "base64"]
    user: str
