# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict

from ....._types import SequenceNotStr

__all__ = ["ModelPermissionUpdateParams"]


class ModelPermissionUpdateParams(TypedDict, total=False):
    mode: Required[Literal["allow_list", "deny_list"]]
    model_ids: Required[SequenceNotStr[str]]
