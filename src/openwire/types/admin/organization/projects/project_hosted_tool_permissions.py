# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations


from ....._models import BaseModel

__all__ = ["CodeInterpreter", "FileSearch", "ImageGeneration", "Mcp", "ProjectHostedToolPermissions", "WebSearch"]


class CodeInterpreter(BaseModel):
    enabled: bool


class FileSearch(BaseModel):
    enabled: bool


class ImageGeneration(BaseModel):
    enabled: bool


class Mcp(BaseModel):
    enabled: bool


class WebSearch(BaseModel):
    enabled: bool


class ProjectHostedToolPermissions(BaseModel):
    file_search: FileSearch
    web_search: WebSearch
    image_generation: ImageGeneration
    mcp: Mcp
    code_interpreter: CodeInterpreter
