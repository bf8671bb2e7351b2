# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["PythonGraderParam"]


class PythonGraderParam(TypedDict, total=False):
    type: Required[Literal["python"]]
    name: Required[str]
    source: Required[str]
    image_tag: str
