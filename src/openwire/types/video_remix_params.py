# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Required, TypedDict


__all__ = ["VideoRemixParams"]


class VideoRemixParams(TypedDict, total=False):
    prompt: Required[str]
