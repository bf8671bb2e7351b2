# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Union
from typing_extensions import Literal, TypeAlias

from ...._models import BaseModel
from ...realtime.conversation_item_added import ConversationItemAdded
from ...realtime.conversation_item_done import ConversationItemDone
from ...realtime.conversation_item_input_audio_transcription_segment import (
    ConversationItemInputAudioTranscriptionSegment,
)
from ...realtime.input_audio_buffer_dtmf_event_received_event import InputAudioBufferDtmfEventReceivedEvent
from ...realtime.input_audio_buffer_timeout_triggered import InputAudioBufferTimeoutTriggered
from ...realtime.mcp_list_tools_completed import McpListToolsCompleted
from ...realtime.mcp_list_tools_failed import McpListToolsFailed
from ...realtime.mcp_list_tools_in_progress import McpListToolsInProgress
from ...realtime.realtime_conversation_item_assistant_message import RealtimeConversationItemAssistantMessage
from ...realtime.realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput
from ...realtime.realtime_conversation_item_system_message import RealtimeConversationItemSystemMessage
from ...realtime.realtime_conversation_item_user_message import RealtimeConversationItemUserMessage
from ...realtime.realtime_mcp_list_tools import RealtimeMcpListTools
from ...realtime.realtime_mcp_tool_call import RealtimeMcpToolCall
from ...realtime.response_mcp_call_arguments_delta import ResponseMcpCallArgumentsDelta
from ...realtime.response_mcp_call_arguments_done import ResponseMcpCallArgumentsDone
from ...realtime.response_mcp_call_completed import ResponseMcpCallCompleted
from ...realtime.response_mcp_call_failed import ResponseMcpCallFailed
from ...realtime.response_mcp_call_in_progress import ResponseMcpCallInProgress
from .conversation_created_event import ConversationCreatedEvent
from .conversation_item import ConversationItem
from .conversation_item_created_event import ConversationItemCreatedEvent
from .conversation_item_deleted_event import ConversationItemDeletedEvent
from .conversation_item_input_audio_transcription_completed_event import (
    ConversationItemInputAudioTranscriptionCompletedEvent,
)
from .conversation_item_input_audio_transcription_delta_event import ConversationItemInputAudioTranscriptionDeltaEvent
from .conversation_item_input_audio_transcription_failed_event import ConversationItemInputAudioTranscriptionFailedEvent
from .conversation_item_truncated_event import ConversationItemTruncatedEvent
from .error_event import ErrorEvent
from .input_audio_buffer_cleared_event import InputAudioBufferClearedEvent
from .input_audio_buffer_committed_event import InputAudioBufferCommittedEvent
from .input_audio_buffer_speech_started_event import InputAudioBufferSpeechStartedEvent
from .input_audio_buffer_speech_stopped_event import InputAudioBufferSpeechStoppedEvent
from .rate_limits_updated_event import RateLimitsUpdatedEvent
from .response_audio_delta_event import ResponseAudioDeltaEvent
from .response_audio_done_event import ResponseAudioDoneEvent
from .response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
from .response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
from .response_done_event import ResponseDoneEvent
from .response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
from .session_created_event import SessionCreatedEvent
from .session_updated_event import SessionUpdatedEvent

__all__ = [
    "ConversationItemRetrieved",
    "OutputAudioBufferCleared",
    "OutputAudioBufferStarted",
    "OutputAudioBufferStopped",
    "RealtimeServerEvent",
]


class ConversationItemRetrieved(BaseModel):
    event_id: str
    type: Literal["conversation.item.retrieved"]
    item: Union[
        RealtimeConversationItemSystemMessage,
        RealtimeConversationItemUserMessage,
        RealtimeConversationItemAssistantMessage,
        ConversationItem,
        RealtimeConversationItemFunctionCallOutput,
        Dict[str, object],
        RealtimeMcpListTools,
        RealtimeMcpToolCall,
    ]


class OutputAudioBufferCleared(BaseModel):
    event_id: str
    type: Literal["output_audio_buffer.cleared"]
    response_id: str


class OutputAudioBufferStarted(BaseModel):
    event_id: str
    type: Literal["output_audio_buffer.started"]
    response_id: str


class OutputAudioBufferStopped(BaseModel):
    event_id: str
    type: Literal["output_audio_buffer.stopped"]
    response_id: str


RealtimeServerEvent: TypeAlias = Union[
    ConversationCreatedEvent,
    ConversationItemCreatedEvent,
    ConversationItemDeletedEvent,
    ConversationItemInputAudioTranscriptionCompletedEvent,
    ConversationItemInputAudioTranscriptionDeltaEvent,
    ConversationItemInputAudioTranscriptionFailedEvent,
    ConversationItemRetrieved,
    ConversationItemTruncatedEvent,
    ErrorEvent,
    InputAudioBufferClearedEvent,
    InputAudioBufferCommittedEvent,
    InputAudioBufferDtmfEventReceivedEvent,
    InputAudioBufferSpeechStartedEvent,
    InputAudioBufferSpeechStoppedEvent,
    RateLimitsUpdatedEvent,
    ResponseAudioDeltaEvent,
    ResponseAudioDoneEvent,
    ResponseAudioTranscriptDeltaEvent,
    ResponseAudioTranscriptDoneEvent,
    Dict[str, object],
    ResponseDoneEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    SessionCreatedEvent,
    SessionUpdatedEvent,
    OutputAudioBufferStarted,
    OutputAudioBufferStopped,
    OutputAudioBufferCleared,
    ConversationItemAdded,
    ConversationItemDone,
    InputAudioBufferTimeoutTriggered,
    ConversationItemInputAudioTranscriptionSegment,
    McpListToolsInProgress,
    McpListToolsCompleted,
    McpListToolsFailed,
    ResponseMcpCallArgumentsDelta,
    ResponseMcpCallArgumentsDone,
    ResponseMcpCallInProgress,
    ResponseMcpCallCompleted,
    ResponseMcpCallFailed,
]
