# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Required, TypedDict

from ......_types import SequenceNotStr

__all__ = ["APIKeyCreateParams"]


class APIKeyCreateParams(TypedDict, total=False):
    project_id: Required[str]
    name: str
    scopes: SequenceNotStr[str]
