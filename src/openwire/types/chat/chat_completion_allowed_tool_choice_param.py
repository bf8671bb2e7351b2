# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict

from .chat_completion_allowed_tools_param import ChatCompletionAllowedToolsParam

__all__ = ["ChatCompletionAllowedToolChoiceParam"]


class ChatCompletionAllowedToolChoiceParam(TypedDict, total=False):
    type: Required[Literal["allowed_tools"]]
    allowed_tools: Required["ChatCompletionAllowedToolsParam"]
