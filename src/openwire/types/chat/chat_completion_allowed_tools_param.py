# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable
from typing_extensions import Literal, Required, TypedDict


__all__ = ["ChatCompletionAllowedToolsParam"]


class ChatCompletionAllowedToolsParam(TypedDict, total=False):
    mode: Required[Literal["auto", "required"]]
    tools: Required[Iterable[Dict[str, object]]]
