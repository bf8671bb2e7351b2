# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict

from .shared.metadata import Metadata

__all__ = ["BatchCreateParams", "OutputExpiresAfter"]


class BatchCreateParams(TypedDict, total=False):
    input_file_id: Required[str]
    endpoint: Required[
        Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ]
    ]
    completion_window: Required[Literal["24h"]]
    metadata: Optional["Metadata"]
    output_expires_after: "OutputExpiresAfter"


class OutputExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["created_at"]]
    seconds: Required[int]
