# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypedDict


__all__ = ["ImageInputReferenceParam"]


class ImageInputReferenceParam(TypedDict, total=False):
    file_id: str
    image_url: str
