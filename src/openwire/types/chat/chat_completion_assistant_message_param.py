# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .chat_completion_content_part_refusal_param import ChatCompletionContentPartRefusalParam
from .chat_completion_content_part_text_param import ChatCompletionContentPartTextParam
from .chat_completion_message_tool_call_union_param import ChatCompletionMessageToolCallUnionParam

__all__ = ["Audio", "ChatCompletionAssistantMessageParam", "ContentArrayOfContentPart", "FunctionCall"]


class Audio(TypedDict, total=False):
    id: Required[str]


class ChatCompletionAssistantMessageParam(TypedDict, total=False):
    role: Required[Literal["assistant"]]
    audio: Optional["Audio"]
    content: Optional["ContentArrayOfContentPart"]
    function_call: Optional["FunctionCall"]
    name: str
    refusal: Optional[str]
    tool_calls: Iterable["ChatCompletionMessageToolCallUnionParam"]


ContentArrayOfContentPart: TypeAlias = Union[
    str, Iterable[Union[ChatCompletionContentPartTextParam, ChatCompletionContentPartRefusalParam]]
]


class FunctionCall(TypedDict, total=False):
    arguments: Required[str]
    name: Required[str]
