# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypedDict

from ..responses.response_prompt_param import ResponsePromptParam
from ..responses.tool_choice_function_param import ToolChoiceFunctionParam
from ..responses.tool_choice_mcp_param import ToolChoiceMcpParam
from ..responses.tool_choice_options import ToolChoiceOptions
from .realtime_audio_config_param import RealtimeAudioConfigParam
from .realtime_function_tool_param import RealtimeFunctionToolParam
from .realtime_reasoning_param import RealtimeReasoningParam
from .realtime_response_create_mcp_tool_param import RealtimeResponseCreateMcpToolParam
from .realtime_tracing_config_param import RealtimeTracingConfigParam
from .realtime_truncation_param import RealtimeTruncationParam

__all__ = ["RealtimeSessionCreateRequestParam"]


class RealtimeSessionCreateRequestParam(TypedDict, total=False):
    type: Required[Literal["realtime"]]
    audio: "RealtimeAudioConfigParam"
    include: List[Literal["item.input_audio_transcription.logprobs"]]
    instructions: str
    max_output_tokens: Union[int, Literal["inf"]]
    model: Union[
        str,
        Literal[
            "gpt-realtime",
            "gpt-realtime-1.5",
            "gpt-realtime-2",
            "gpt-realtime-2.1",
            "gpt-realtime-2.1-mini",
            "gpt-realtime-2025-08-28",
            "gpt-4o-realtime-preview",
            "gpt-4o-realtime-preview-2024-10-01",
            "gpt-4o-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview-2025-06-03",
            "gpt-4o-mini-realtime-preview",
            "gpt-4o-mini-realtime-preview-2024-12-17",
            "gpt-realtime-mini",
            "gpt-realtime-mini-2025-10-06",
            "gpt-realtime-mini-2025-12-15",
            "gpt-audio-1.5",
            "gpt-audio-mini",
            "gpt-audio-mini-2025-10-06",
            "gpt-audio-mini-2025-12-15",
        ],
    ]
    output_modalities: List[Literal["text", "audio"]]
    parallel_tool_calls: bool
    prompt: Optional["ResponsePromptParam"]
    reasoning: "RealtimeReasoningParam"
    tool_choice: Union["ToolChoiceOptions", "ToolChoiceFunctionParam", "ToolChoiceMcpParam"]
    tools: Iterable[Union["RealtimeFunctionToolParam", "RealtimeResponseCreateMcpToolParam"]]
    tracing: Optional["RealtimeTracingConfigParam"]
    truncation: "RealtimeTruncationParam"
