# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypedDict


__all__ = ["ProjectListParams"]


class ProjectListParams(TypedDict, total=False):
    after: str
    include_archived: bool
    limit: int
