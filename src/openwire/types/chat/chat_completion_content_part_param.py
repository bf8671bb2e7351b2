# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .chat_completion_content_part_image_param import ChatCompletionContentPartImageParam
from .chat_completion_content_part_input_audio_param import ChatCompletionContentPartInputAudioParam
from .chat_completion_content_part_text_param import ChatCompletionContentPartTextParam

__all__ = ["ChatCompletionContentPartParam", "File", "FileFile", "FilePromptCacheBreakpoint"]


class File(TypedDict, total=False):
    type: Required[Literal["file"]]
    file: Required["FileFile"]
    prompt_cache_breakpoint: "FilePromptCacheBreakpoint"


ChatCompletionContentPartParam: TypeAlias = Union[
    ChatCompletionContentPartTextParam,
    ChatCompletionContentPartImageParam,
    ChatCompletionContentPartInputAudioParam,
    File,
]


class FileFile(TypedDict, total=False):
    file_data: str
    file_id: str
    filename: str


class FilePromptCacheBreakpoint(TypedDict, total=False):
    mode: Required[Literal["explicit"]]
