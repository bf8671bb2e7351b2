# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ...._models import BaseModel

__all__ = [
    "ConversationItemInputAudioTranscriptionCompletedEvent",
    "Logprob",
    "Usage",
    "UsageTranscriptTextUsageDuration",
    "UsageTranscriptTextUsageTokens",
    "UsageTranscriptTextUsageTokensInputTokenDetails",
]


class UsageTranscriptTextUsageTokensInputTokenDetails(BaseModel):
    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


class UsageTranscriptTextUsageTokens(BaseModel):
    type: Literal["tokens"]
    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_token_details: Optional[UsageTranscriptTextUsageTokensInputTokenDetails] = None


class UsageTranscriptTextUsageDuration(BaseModel):
    type: Literal["duration"]
    seconds: float


Usage: TypeAlias = Union[UsageTranscriptTextUsageTokens, UsageTranscriptTextUsageDuration]


class Logprob(BaseModel):
    token: str
    logprob: float
    bytes: List[int]


class ConversationItemInputAudioTranscriptionCompletedEvent(BaseModel):
    event_id: str
    type: Literal["conversation.item.input_audio_transcription.completed"]
    item_id: str
    content_index: int
    transcript: str
    usage: Usage
    logprobs: Optional[List[Logprob]] = None
