# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Required, TypedDict


__all__ = ["CodeInterpreter", "FileSearch", "HostedToolPermissionUpdateParams", "ImageGeneration", "Mcp", "WebSearch"]


class CodeInterpreter(TypedDict, total=False):
    enabled: Required[bool]


class FileSearch(TypedDict, total=False):
    enabled: Required[bool]


class HostedToolPermissionUpdateParams(TypedDict, total=False):
    code_interpreter: Optional["CodeInterpreter"]
    file_search: Optional["FileSearch"]
    image_generation: Optional["ImageGeneration"]
    mcp: Optional["Mcp"]
    web_search: Optional["WebSearch"]


class ImageGeneration(TypedDict, total=False):
    enabled: Required[bool]


class Mcp(TypedDict, total=False):
    enabled: Required[bool]


class WebSearch(TypedDict, total=False):
    enabled: Required[bool]
