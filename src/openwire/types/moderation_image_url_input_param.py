# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ImageURL", "ModerationImageURLInputParam"]


class ImageURL(TypedDict, total=False):
    url: Required[str]


class ModerationImageURLInputParam(TypedDict, total=False):
    type: Required[Literal["image_url"]]
    image_url: Required["ImageURL"]
