# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["GroupRetrieveParams"]


class GroupRetrieveParams(TypedDict, total=False):
    project_id: Required[str]
    group_type: Literal["group", "tenant_group"]
