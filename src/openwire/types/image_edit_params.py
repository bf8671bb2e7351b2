# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional, Union
from typing_extensions import Literal, Required, TypedDict

from .._types import FileTypes, SequenceNotStr

__all__ = ["ImageEditParams"]


class ImageEditParamsBase(TypedDict, total=False):
    image: Required[Union[FileTypes, SequenceNotStr[FileTypes]]]
    prompt: Required[str]
    background: Optional[Literal["transparent", "opaque", "auto"]]
    input_fidelity: Optional[Literal["high", "low"]]
    mask: FileTypes
    model: Optional[
        Union[
            str,
            Literal[
                "gpt-image-1",
                "gpt-image-1-mini",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "gpt-image-1.5",
                "chatgpt-image-latest",
                "dall-e-2",
            ],
        ]
    ]
    n: Optional[int]
    output_compression: Optional[int]
    output_format: Optional[Literal["png", "jpeg", "webp"]]
    partial_images: Optional[int]
    quality: Optional[Literal["standard", "low", "medium", "high", "auto"]]
    response_format: Optional[Literal["url", "b64_json"]]
    size: Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
    user: str


class ImageEditParamsNonStreaming(ImageEditParamsBase, total=False):
    stream: Optional[Literal[False]]


class ImageEditParamsStreaming(ImageEditParamsBase):
    stream: Required[Literal[True]]


ImageEditParams = Union[ImageEditParamsNonStreaming, ImageEditParamsStreaming]
