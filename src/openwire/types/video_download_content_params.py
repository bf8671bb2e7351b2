# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, TypedDict


__all__ = ["VideoDownloadContentParams"]


class VideoDownloadContentParams(TypedDict, total=False):
    variant: Literal["video", "thumbnail", "spritesheet"]
