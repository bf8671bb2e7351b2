# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ExpiresAfter", "UploadCreateParams"]


class ExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["created_at"]]
    seconds: Required[int]


class UploadCreateParams(TypedDict, total=False):
    filename: Required[str]
    purpose: Required[Literal["assistants", "batch", "fine-tune", "vision"]]
    bytes: Required[int]
    mime_type: Required[str]
    expires_after: "ExpiresAfter"
