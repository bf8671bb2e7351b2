# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ChatCompletionContentPartInputAudioParam", "InputAudio", "PromptCacheBreakpoint"]


class ChatCompletionContentPartInputAudioParam(TypedDict, total=False):
    type: Required[Literal["input_audio"]]
    input_audio: Required["InputAudio"]
    prompt_cache_breakpoint: "PromptCacheBreakpoint"


class InputAudio(TypedDict, total=False):
    data: Required[str]
    format: Required[Literal["wav", "mp3"]]


class PromptCacheBreakpoint(TypedDict, total=False):
    mode: Required[Literal["explicit"]]
