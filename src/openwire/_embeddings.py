"""Base64 embeddings: what ``embeddings.create`` asks for when the caller names no encoding.

The server then sends each vector as base64 of little-endian float32, about a quarter of the
JSON size. We parse the response in one pass with the vectors still as strings, then decode
each one with ``array`` (C speed) into the ``list[float]`` the caller expects.
"""

from __future__ import annotations

import base64
import sys
from array import array
from typing import List, Union

from .types.create_embedding_response import CreateEmbeddingResponse
from .types.embedding import Embedding

__all__ = ["Base64EmbeddingResponse", "decode_embeddings", "decode_vector"]

# Build the generated bases first: their annotations resolve in their own modules.
Embedding.model_rebuild()
CreateEmbeddingResponse.model_rebuild()


class _Base64Embedding(Embedding):
    embedding: Union[List[float], str]  # type: ignore[assignment]


class Base64EmbeddingResponse(CreateEmbeddingResponse):
    """The response model while vectors are base64 strings (a ``CreateEmbeddingResponse``)."""

    data: List[_Base64Embedding]  # type: ignore[assignment]


def decode_vector(encoded: str) -> List[float]:
    """Base64 of little-endian float32 values -> floats."""
    values = array("f")
    values.frombytes(base64.b64decode(encoded))
    if sys.byteorder == "big":
        values.byteswap()
    return values.tolist()


def decode_embeddings(response: CreateEmbeddingResponse) -> CreateEmbeddingResponse:
    """Replace every base64 vector of ``response`` by its floats (in place)."""
    for item in response.data:
        vector: object = item.embedding
        if isinstance(vector, str):
            item.embedding = decode_vector(vector)
    return response
