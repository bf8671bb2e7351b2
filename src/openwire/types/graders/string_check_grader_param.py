# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["StringCheckGraderParam"]


class StringCheckGraderParam(TypedDict, total=False):
    type: Required[Literal["string_check"]]
    name: Required[str]
    input: Required[str]
    reference: Required[str]
    operation: Required[Literal["eq", "ne", "like", "ilike"]]
