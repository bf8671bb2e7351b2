# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Literal

from ..._models import BaseModel
from ..responses.response_prompt import ResponsePrompt
from ..responses.tool_choice_function import ToolChoiceFunction
from ..responses.tool_choice_mcp import ToolChoiceMcp
from ..responses.tool_choice_options import ToolChoiceOptions
from .realtime_audio_config import RealtimeAudioConfig
from .realtime_reasoning import RealtimeReasoning
from .realtime_tools_config import RealtimeToolsConfig
from .realtime_tracing_config import RealtimeTracingConfig
from .realtime_truncation import RealtimeTruncation

__all__ = ["RealtimeSessionCreateRequest"]


class RealtimeSessionCreateRequest(BaseModel):
    type: Literal["realtime"]
    audio: Optional[RealtimeAudioConfig] = None
    include: Optional[List[Literal["item.input_audio_transcription.logprobs"]]] = None
    instructions: Optional[str] = None
    max_output_tokens: Optional[Union[int, Literal["inf"]]] = None
    model: Optional[
        Union[
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
    ] = None
    output_modalities: Optional[List[Literal["text", "audio"]]] = None
    parallel_tool_calls: Optional[bool] = None
    prompt: Optional[ResponsePrompt] = None
    reasoning: Optional[RealtimeReasoning] = None
    tool_choice: Optional[Union[ToolChoiceOptions, ToolChoiceFunction, ToolChoiceMcp]] = None
    tools: Optional[RealtimeToolsConfig] = None
    tracing: Optional[RealtimeTracingConfig] = None
    truncation: Optional[RealtimeTruncation] = None
