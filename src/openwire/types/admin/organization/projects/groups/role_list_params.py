# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["RoleListParams"]


class RoleListParams(TypedDict, total=False):
    project_id: Required[str]
    after: str
    limit: int
    order: Literal["asc", "desc"]
