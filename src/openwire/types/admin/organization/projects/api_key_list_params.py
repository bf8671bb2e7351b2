# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, TypedDict


__all__ = ["APIKeyListParams"]


class APIKeyListParams(TypedDict, total=False):
    after: str
    limit: int
    owner_project_access: Literal["active", "inactive", "any"]
