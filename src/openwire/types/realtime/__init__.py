# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audio_transcription import AudioTranscription as AudioTranscription
    from .audio_transcription_param import AudioTranscriptionParam as AudioTranscriptionParam
    from .call_accept_params import CallAcceptParams as CallAcceptParams
    from .call_create_params import CallCreateParams as CallCreateParams
    from .call_refer_params import CallReferParams as CallReferParams
    from .call_reject_params import CallRejectParams as CallRejectParams
    from .client_secret_create_params import ClientSecretCreateParams as ClientSecretCreateParams
    from .client_secret_create_response import ClientSecretCreateResponse as ClientSecretCreateResponse
    from .conversation_created_event import ConversationCreatedEvent as ConversationCreatedEvent
    from .conversation_item import ConversationItem as ConversationItem
    from .conversation_item_added import ConversationItemAdded as ConversationItemAdded
    from .conversation_item_create_event import ConversationItemCreateEvent as ConversationItemCreateEvent
    from .conversation_item_create_event_param import (
        ConversationItemCreateEventParam as ConversationItemCreateEventParam,
    )
    from .conversation_item_created_event import ConversationItemCreatedEvent as ConversationItemCreatedEvent
    from .conversation_item_delete_event import ConversationItemDeleteEvent as ConversationItemDeleteEvent
    from .conversation_item_delete_event_param import (
        ConversationItemDeleteEventParam as ConversationItemDeleteEventParam,
    )
    from .conversation_item_deleted_event import ConversationItemDeletedEvent as ConversationItemDeletedEvent
    from .conversation_item_done import ConversationItemDone as ConversationItemDone
    from .conversation_item_input_audio_transcription_completed_event import (
        ConversationItemInputAudioTranscriptionCompletedEvent as ConversationItemInputAudioTranscriptionCompletedEvent,
    )
    from .conversation_item_input_audio_transcription_delta_event import (
        ConversationItemInputAudioTranscriptionDeltaEvent as ConversationItemInputAudioTranscriptionDeltaEvent,
    )
    from .conversation_item_input_audio_transcription_failed_event import (
        ConversationItemInputAudioTranscriptionFailedEvent as ConversationItemInputAudioTranscriptionFailedEvent,
    )
    from .conversation_item_input_audio_transcription_segment import (
        ConversationItemInputAudioTranscriptionSegment as ConversationItemInputAudioTranscriptionSegment,
    )
    from .conversation_item_param import ConversationItemParam as ConversationItemParam
    from .conversation_item_retrieve_event import ConversationItemRetrieveEvent as ConversationItemRetrieveEvent
    from .conversation_item_retrieve_event_param import (
        ConversationItemRetrieveEventParam as ConversationItemRetrieveEventParam,
    )
    from .conversation_item_truncate_event import ConversationItemTruncateEvent as ConversationItemTruncateEvent
    from .conversation_item_truncate_event_param import (
        ConversationItemTruncateEventParam as ConversationItemTruncateEventParam,
    )
    from .conversation_item_truncated_event import ConversationItemTruncatedEvent as ConversationItemTruncatedEvent
    from .input_audio_buffer_append_event import InputAudioBufferAppendEvent as InputAudioBufferAppendEvent
    from .input_audio_buffer_append_event_param import (
        InputAudioBufferAppendEventParam as InputAudioBufferAppendEventParam,
    )
    from .input_audio_buffer_clear_event import InputAudioBufferClearEvent as InputAudioBufferClearEvent
    from .input_audio_buffer_clear_event_param import InputAudioBufferClearEventParam as InputAudioBufferClearEventParam
    from .input_audio_buffer_cleared_event import InputAudioBufferClearedEvent as InputAudioBufferClearedEvent
    from .input_audio_buffer_commit_event import InputAudioBufferCommitEvent as InputAudioBufferCommitEvent
    from .input_audio_buffer_commit_event_param import (
        InputAudioBufferCommitEventParam as InputAudioBufferCommitEventParam,
    )
    from .input_audio_buffer_committed_event import InputAudioBufferCommittedEvent as InputAudioBufferCommittedEvent
    from .input_audio_buffer_dtmf_event_received_event import (
        InputAudioBufferDtmfEventReceivedEvent as InputAudioBufferDtmfEventReceivedEvent,
    )
    from .input_audio_buffer_speech_started_event import (
        InputAudioBufferSpeechStartedEvent as InputAudioBufferSpeechStartedEvent,
    )
    from .input_audio_buffer_speech_stopped_event import (
        InputAudioBufferSpeechStoppedEvent as InputAudioBufferSpeechStoppedEvent,
    )
    from .input_audio_buffer_timeout_triggered import (
        InputAudioBufferTimeoutTriggered as InputAudioBufferTimeoutTriggered,
    )
    from .log_prob_properties import LogProbProperties as LogProbProperties
    from .mcp_list_tools_completed import McpListToolsCompleted as McpListToolsCompleted
    from .mcp_list_tools_failed import McpListToolsFailed as McpListToolsFailed
    from .mcp_list_tools_in_progress import McpListToolsInProgress as McpListToolsInProgress
    from .noise_reduction_type import NoiseReductionType as NoiseReductionType
    from .output_audio_buffer_clear_event import OutputAudioBufferClearEvent as OutputAudioBufferClearEvent
    from .output_audio_buffer_clear_event_param import (
        OutputAudioBufferClearEventParam as OutputAudioBufferClearEventParam,
    )
    from .rate_limits_updated_event import RateLimitsUpdatedEvent as RateLimitsUpdatedEvent
    from .realtime_audio_config import RealtimeAudioConfig as RealtimeAudioConfig
    from .realtime_audio_config_input import RealtimeAudioConfigInput as RealtimeAudioConfigInput
    from .realtime_audio_config_input_param import RealtimeAudioConfigInputParam as RealtimeAudioConfigInputParam
    from .realtime_audio_config_output import RealtimeAudioConfigOutput as RealtimeAudioConfigOutput
    from .realtime_audio_config_output_param import RealtimeAudioConfigOutputParam as RealtimeAudioConfigOutputParam
    from .realtime_audio_config_param import RealtimeAudioConfigParam as RealtimeAudioConfigParam
    from .realtime_audio_formats import RealtimeAudioFormats as RealtimeAudioFormats
    from .realtime_audio_formats_param import RealtimeAudioFormatsParam as RealtimeAudioFormatsParam
    from .realtime_audio_input_turn_detection import RealtimeAudioInputTurnDetection as RealtimeAudioInputTurnDetection
    from .realtime_audio_input_turn_detection_param import (
        RealtimeAudioInputTurnDetectionParam as RealtimeAudioInputTurnDetectionParam,
    )
    from .realtime_client_event import RealtimeClientEvent as RealtimeClientEvent
    from .realtime_client_event_param import RealtimeClientEventParam as RealtimeClientEventParam
    from .realtime_connect_params import RealtimeConnectParams as RealtimeConnectParams
    from .realtime_conversation_item_assistant_message import (
        RealtimeConversationItemAssistantMessage as RealtimeConversationItemAssistantMessage,
    )
    from .realtime_conversation_item_assistant_message_param import (
        RealtimeConversationItemAssistantMessageParam as RealtimeConversationItemAssistantMessageParam,
    )
    from .realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall as RealtimeConversationItemFunctionCall,
    )
    from .realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput as RealtimeConversationItemFunctionCallOutput,
    )
    from .realtime_conversation_item_function_call_output_param import (
        RealtimeConversationItemFunctionCallOutputParam as RealtimeConversationItemFunctionCallOutputParam,
    )
    from .realtime_conversation_item_function_call_param import (
        RealtimeConversationItemFunctionCallParam as RealtimeConversationItemFunctionCallParam,
    )
    from .realtime_conversation_item_system_message import (
        RealtimeConversationItemSystemMessage as RealtimeConversationItemSystemMessage,
    )
    from .realtime_conversation_item_system_message_param import (
        RealtimeConversationItemSystemMessageParam as RealtimeConversationItemSystemMessageParam,
    )
    from .realtime_conversation_item_user_message import (
        RealtimeConversationItemUserMessage as RealtimeConversationItemUserMessage,
    )
    from .realtime_conversation_item_user_message_param import (
        RealtimeConversationItemUserMessageParam as RealtimeConversationItemUserMessageParam,
    )
    from .realtime_error import RealtimeError as RealtimeError
    from .realtime_error_event import RealtimeErrorEvent as RealtimeErrorEvent
    from .realtime_function_tool import RealtimeFunctionTool as RealtimeFunctionTool
    from .realtime_function_tool_param import RealtimeFunctionToolParam as RealtimeFunctionToolParam
    from .realtime_mcp_approval_request import RealtimeMcpApprovalRequest as RealtimeMcpApprovalRequest
    from .realtime_mcp_approval_request_param import RealtimeMcpApprovalRequestParam as RealtimeMcpApprovalRequestParam
    from .realtime_mcp_approval_response import RealtimeMcpApprovalResponse as RealtimeMcpApprovalResponse
    from .realtime_mcp_approval_response_param import (
        RealtimeMcpApprovalResponseParam as RealtimeMcpApprovalResponseParam,
    )
    from .realtime_mcp_list_tools import RealtimeMcpListTools as RealtimeMcpListTools
    from .realtime_mcp_list_tools_param import RealtimeMcpListToolsParam as RealtimeMcpListToolsParam
    from .realtime_mcp_protocol_error import RealtimeMcpProtocolError as RealtimeMcpProtocolError
    from .realtime_mcp_protocol_error_param import RealtimeMcpProtocolErrorParam as RealtimeMcpProtocolErrorParam
    from .realtime_mcp_tool_call import RealtimeMcpToolCall as RealtimeMcpToolCall
    from .realtime_mcp_tool_call_param import RealtimeMcpToolCallParam as RealtimeMcpToolCallParam
    from .realtime_mcp_tool_execution_error import RealtimeMcpToolExecutionError as RealtimeMcpToolExecutionError
    from .realtime_mcp_tool_execution_error_param import (
        RealtimeMcpToolExecutionErrorParam as RealtimeMcpToolExecutionErrorParam,
    )
    from .realtime_mcphttp_error import RealtimeMcphttpError as RealtimeMcphttpError
    from .realtime_mcphttp_error_param import RealtimeMcphttpErrorParam as RealtimeMcphttpErrorParam
    from .realtime_reasoning import RealtimeReasoning as RealtimeReasoning
    from .realtime_reasoning_effort import RealtimeReasoningEffort as RealtimeReasoningEffort
    from .realtime_reasoning_param import RealtimeReasoningParam as RealtimeReasoningParam
    from .realtime_response import RealtimeResponse as RealtimeResponse
    from .realtime_response_create_audio_output import (
        RealtimeResponseCreateAudioOutput as RealtimeResponseCreateAudioOutput,
    )
    from .realtime_response_create_audio_output_param import (
        RealtimeResponseCreateAudioOutputParam as RealtimeResponseCreateAudioOutputParam,
    )
    from .realtime_response_create_mcp_tool import RealtimeResponseCreateMcpTool as RealtimeResponseCreateMcpTool
    from .realtime_response_create_mcp_tool_param import (
        RealtimeResponseCreateMcpToolParam as RealtimeResponseCreateMcpToolParam,
    )
    from .realtime_response_create_params import RealtimeResponseCreateParams as RealtimeResponseCreateParams
    from .realtime_response_create_params_param import (
        RealtimeResponseCreateParamsParam as RealtimeResponseCreateParamsParam,
    )
    from .realtime_response_status import RealtimeResponseStatus as RealtimeResponseStatus
    from .realtime_response_usage import RealtimeResponseUsage as RealtimeResponseUsage
    from .realtime_response_usage_input_token_details import (
        RealtimeResponseUsageInputTokenDetails as RealtimeResponseUsageInputTokenDetails,
    )
    from .realtime_response_usage_output_token_details import (
        RealtimeResponseUsageOutputTokenDetails as RealtimeResponseUsageOutputTokenDetails,
    )
    from .realtime_server_event import RealtimeServerEvent as RealtimeServerEvent
    from .realtime_session_create_request import RealtimeSessionCreateRequest as RealtimeSessionCreateRequest
    from .realtime_session_create_request_param import (
        RealtimeSessionCreateRequestParam as RealtimeSessionCreateRequestParam,
    )
    from .realtime_session_create_response import RealtimeSessionCreateResponse as RealtimeSessionCreateResponse
    from .realtime_tool_choice_config import RealtimeToolChoiceConfig as RealtimeToolChoiceConfig
    from .realtime_tool_choice_config_param import RealtimeToolChoiceConfigParam as RealtimeToolChoiceConfigParam
    from .realtime_tools_config import RealtimeToolsConfig as RealtimeToolsConfig
    from .realtime_tools_config_param import RealtimeToolsConfigParam as RealtimeToolsConfigParam
    from .realtime_tools_config_union import RealtimeToolsConfigUnion as RealtimeToolsConfigUnion
    from .realtime_tools_config_union_param import RealtimeToolsConfigUnionParam as RealtimeToolsConfigUnionParam
    from .realtime_tracing_config import RealtimeTracingConfig as RealtimeTracingConfig
    from .realtime_tracing_config_param import RealtimeTracingConfigParam as RealtimeTracingConfigParam
    from .realtime_transcription_session_audio import (
        RealtimeTranscriptionSessionAudio as RealtimeTranscriptionSessionAudio,
    )
    from .realtime_transcription_session_audio_input import (
        RealtimeTranscriptionSessionAudioInput as RealtimeTranscriptionSessionAudioInput,
    )
    from .realtime_transcription_session_audio_input_param import (
        RealtimeTranscriptionSessionAudioInputParam as RealtimeTranscriptionSessionAudioInputParam,
    )
    from .realtime_transcription_session_audio_input_turn_detection import (
        RealtimeTranscriptionSessionAudioInputTurnDetection as RealtimeTranscriptionSessionAudioInputTurnDetection,
    )
    from .realtime_transcription_session_audio_input_turn_detection_param import (
        RealtimeTranscriptionSessionAudioInputTurnDetectionParam as RealtimeTranscriptionSessionAudioInputTurnDetectionParam,
    )
    from .realtime_transcription_session_audio_param import (
        RealtimeTranscriptionSessionAudioParam as RealtimeTranscriptionSessionAudioParam,
    )
    from .realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest as RealtimeTranscriptionSessionCreateRequest,
    )
    from .realtime_transcription_session_create_request_param import (
        RealtimeTranscriptionSessionCreateRequestParam as RealtimeTranscriptionSessionCreateRequestParam,
    )
    from .realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse as RealtimeTranscriptionSessionCreateResponse,
    )
    from .realtime_transcription_session_turn_detection import (
        RealtimeTranscriptionSessionTurnDetection as RealtimeTranscriptionSessionTurnDetection,
    )
    from .realtime_truncation import RealtimeTruncation as RealtimeTruncation
    from .realtime_truncation_param import RealtimeTruncationParam as RealtimeTruncationParam
    from .realtime_truncation_retention_ratio import (
        RealtimeTruncationRetentionRatio as RealtimeTruncationRetentionRatio,
    )
    from .realtime_truncation_retention_ratio_param import (
        RealtimeTruncationRetentionRatioParam as RealtimeTruncationRetentionRatioParam,
    )
    from .response_audio_delta_event import ResponseAudioDeltaEvent as ResponseAudioDeltaEvent
    from .response_audio_done_event import ResponseAudioDoneEvent as ResponseAudioDoneEvent
    from .response_audio_transcript_delta_event import (
        ResponseAudioTranscriptDeltaEvent as ResponseAudioTranscriptDeltaEvent,
    )
    from .response_audio_transcript_done_event import (
        ResponseAudioTranscriptDoneEvent as ResponseAudioTranscriptDoneEvent,
    )
    from .response_cancel_event import ResponseCancelEvent as ResponseCancelEvent
    from .response_cancel_event_param import ResponseCancelEventParam as ResponseCancelEventParam
    from .response_content_part_added_event import ResponseContentPartAddedEvent as ResponseContentPartAddedEvent
    from .response_content_part_done_event import ResponseContentPartDoneEvent as ResponseContentPartDoneEvent
    from .response_create_event import ResponseCreateEvent as ResponseCreateEvent
    from .response_create_event_param import ResponseCreateEventParam as ResponseCreateEventParam
    from .response_created_event import ResponseCreatedEvent as ResponseCreatedEvent
    from .response_done_event import ResponseDoneEvent as ResponseDoneEvent
    from .response_function_call_arguments_delta_event import (
        ResponseFunctionCallArgumentsDeltaEvent as ResponseFunctionCallArgumentsDeltaEvent,
    )
    from .response_function_call_arguments_done_event import (
        ResponseFunctionCallArgumentsDoneEvent as ResponseFunctionCallArgumentsDoneEvent,
    )
    from .response_mcp_call_arguments_delta import ResponseMcpCallArgumentsDelta as ResponseMcpCallArgumentsDelta
    from .response_mcp_call_arguments_done import ResponseMcpCallArgumentsDone as ResponseMcpCallArgumentsDone
    from .response_mcp_call_completed import ResponseMcpCallCompleted as ResponseMcpCallCompleted
    from .response_mcp_call_failed import ResponseMcpCallFailed as ResponseMcpCallFailed
    from .response_mcp_call_in_progress import ResponseMcpCallInProgress as ResponseMcpCallInProgress
    from .response_output_item_added_event import ResponseOutputItemAddedEvent as ResponseOutputItemAddedEvent
    from .response_output_item_done_event import ResponseOutputItemDoneEvent as ResponseOutputItemDoneEvent
    from .response_text_delta_event import ResponseTextDeltaEvent as ResponseTextDeltaEvent
    from .response_text_done_event import ResponseTextDoneEvent as ResponseTextDoneEvent
    from .session_created_event import SessionCreatedEvent as SessionCreatedEvent
    from .session_update_event import SessionUpdateEvent as SessionUpdateEvent
    from .session_update_event_param import SessionUpdateEventParam as SessionUpdateEventParam
    from .session_updated_event import SessionUpdatedEvent as SessionUpdatedEvent

__all__ = [
    "AudioTranscription",
    "AudioTranscriptionParam",
    "CallAcceptParams",
    "CallCreateParams",
    "CallReferParams",
    "CallRejectParams",
    "ClientSecretCreateParams",
    "ClientSecretCreateResponse",
    "ConversationCreatedEvent",
    "ConversationItem",
    "ConversationItemAdded",
    "ConversationItemCreateEvent",
    "ConversationItemCreateEventParam",
    "ConversationItemCreatedEvent",
    "ConversationItemDeleteEvent",
    "ConversationItemDeleteEventParam",
    "ConversationItemDeletedEvent",
    "ConversationItemDone",
    "ConversationItemInputAudioTranscriptionCompletedEvent",
    "ConversationItemInputAudioTranscriptionDeltaEvent",
    "ConversationItemInputAudioTranscriptionFailedEvent",
    "ConversationItemInputAudioTranscriptionSegment",
    "ConversationItemParam",
    "ConversationItemRetrieveEvent",
    "ConversationItemRetrieveEventParam",
    "ConversationItemTruncateEvent",
    "ConversationItemTruncateEventParam",
    "ConversationItemTruncatedEvent",
    "InputAudioBufferAppendEvent",
    "InputAudioBufferAppendEventParam",
    "InputAudioBufferClearEvent",
    "InputAudioBufferClearEventParam",
    "InputAudioBufferClearedEvent",
    "InputAudioBufferCommitEvent",
    "InputAudioBufferCommitEventParam",
    "InputAudioBufferCommittedEvent",
    "InputAudioBufferDtmfEventReceivedEvent",
    "InputAudioBufferSpeechStartedEvent",
    "InputAudioBufferSpeechStoppedEvent",
    "InputAudioBufferTimeoutTriggered",
    "LogProbProperties",
    "McpListToolsCompleted",
    "McpListToolsFailed",
    "McpListToolsInProgress",
    "NoiseReductionType",
    "OutputAudioBufferClearEvent",
    "OutputAudioBufferClearEventParam",
    "RateLimitsUpdatedEvent",
    "RealtimeAudioConfig",
    "RealtimeAudioConfigInput",
    "RealtimeAudioConfigInputParam",
    "RealtimeAudioConfigOutput",
    "RealtimeAudioConfigOutputParam",
    "RealtimeAudioConfigParam",
    "RealtimeAudioFormats",
    "RealtimeAudioFormatsParam",
    "RealtimeAudioInputTurnDetection",
    "RealtimeAudioInputTurnDetectionParam",
    "RealtimeClientEvent",
    "RealtimeClientEventParam",
    "RealtimeConnectParams",
    "RealtimeConversationItemAssistantMessage",
    "RealtimeConversationItemAssistantMessageParam",
    "RealtimeConversationItemFunctionCall",
    "RealtimeConversationItemFunctionCallOutput",
    "RealtimeConversationItemFunctionCallOutputParam",
    "RealtimeConversationItemFunctionCallParam",
    "RealtimeConversationItemSystemMessage",
    "RealtimeConversationItemSystemMessageParam",
    "RealtimeConversationItemUserMessage",
    "RealtimeConversationItemUserMessageParam",
    "RealtimeError",
    "RealtimeErrorEvent",
    "RealtimeFunctionTool",
    "RealtimeFunctionToolParam",
    "RealtimeMcpApprovalRequest",
    "RealtimeMcpApprovalRequestParam",
    "RealtimeMcpApprovalResponse",
    "RealtimeMcpApprovalResponseParam",
    "RealtimeMcpListTools",
    "RealtimeMcpListToolsParam",
    "RealtimeMcpProtocolError",
    "RealtimeMcpProtocolErrorParam",
    "RealtimeMcpToolCall",
    "RealtimeMcpToolCallParam",
    "RealtimeMcpToolExecutionError",
    "RealtimeMcpToolExecutionErrorParam",
    "RealtimeMcphttpError",
    "RealtimeMcphttpErrorParam",
    "RealtimeReasoning",
    "RealtimeReasoningEffort",
    "RealtimeReasoningParam",
    "RealtimeResponse",
    "RealtimeResponseCreateAudioOutput",
    "RealtimeResponseCreateAudioOutputParam",
    "RealtimeResponseCreateMcpTool",
    "RealtimeResponseCreateMcpToolParam",
    "RealtimeResponseCreateParams",
    "RealtimeResponseCreateParamsParam",
    "RealtimeResponseStatus",
    "RealtimeResponseUsage",
    "RealtimeResponseUsageInputTokenDetails",
    "RealtimeResponseUsageOutputTokenDetails",
    "RealtimeServerEvent",
    "RealtimeSessionCreateRequest",
    "RealtimeSessionCreateRequestParam",
    "RealtimeSessionCreateResponse",
    "RealtimeToolChoiceConfig",
    "RealtimeToolChoiceConfigParam",
    "RealtimeToolsConfig",
    "RealtimeToolsConfigParam",
    "RealtimeToolsConfigUnion",
    "RealtimeToolsConfigUnionParam",
    "RealtimeTracingConfig",
    "RealtimeTracingConfigParam",
    "RealtimeTranscriptionSessionAudio",
    "RealtimeTranscriptionSessionAudioInput",
    "RealtimeTranscriptionSessionAudioInputParam",
    "RealtimeTranscriptionSessionAudioInputTurnDetection",
    "RealtimeTranscriptionSessionAudioInputTurnDetectionParam",
    "RealtimeTranscriptionSessionAudioParam",
    "RealtimeTranscriptionSessionCreateRequest",
    "RealtimeTranscriptionSessionCreateRequestParam",
    "RealtimeTranscriptionSessionCreateResponse",
    "RealtimeTranscriptionSessionTurnDetection",
    "RealtimeTruncation",
    "RealtimeTruncationParam",
    "RealtimeTruncationRetentionRatio",
    "RealtimeTruncationRetentionRatioParam",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseCancelEvent",
    "ResponseCancelEventParam",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreateEvent",
    "ResponseCreateEventParam",
    "ResponseCreatedEvent",
    "ResponseDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseMcpCallArgumentsDelta",
    "ResponseMcpCallArgumentsDone",
    "ResponseMcpCallCompleted",
    "ResponseMcpCallFailed",
    "ResponseMcpCallInProgress",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "SessionCreatedEvent",
    "SessionUpdateEvent",
    "SessionUpdateEventParam",
    "SessionUpdatedEvent",
]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "AudioTranscription": ".audio_transcription",
    "AudioTranscriptionParam": ".audio_transcription_param",
    "CallAcceptParams": ".call_accept_params",
    "CallCreateParams": ".call_create_params",
    "CallReferParams": ".call_refer_params",
    "CallRejectParams": ".call_reject_params",
    "ClientSecretCreateParams": ".client_secret_create_params",
    "ClientSecretCreateResponse": ".client_secret_create_response",
    "ConversationCreatedEvent": ".conversation_created_event",
    "ConversationItem": ".conversation_item",
    "ConversationItemAdded": ".conversation_item_added",
    "ConversationItemCreateEvent": ".conversation_item_create_event",
    "ConversationItemCreateEventParam": ".conversation_item_create_event_param",
    "ConversationItemCreatedEvent": ".conversation_item_created_event",
    "ConversationItemDeleteEvent": ".conversation_item_delete_event",
    "ConversationItemDeleteEventParam": ".conversation_item_delete_event_param",
    "ConversationItemDeletedEvent": ".conversation_item_deleted_event",
    "ConversationItemDone": ".conversation_item_done",
    "ConversationItemInputAudioTranscriptionCompletedEvent": ".conversation_item_input_audio_transcription_completed_event",
    "ConversationItemInputAudioTranscriptionDeltaEvent": ".conversation_item_input_audio_transcription_delta_event",
    "ConversationItemInputAudioTranscriptionFailedEvent": ".conversation_item_input_audio_transcription_failed_event",
    "ConversationItemInputAudioTranscriptionSegment": ".conversation_item_input_audio_transcription_segment",
    "ConversationItemParam": ".conversation_item_param",
    "ConversationItemRetrieveEvent": ".conversation_item_retrieve_event",
    "ConversationItemRetrieveEventParam": ".conversation_item_retrieve_event_param",
    "ConversationItemTruncateEvent": ".conversation_item_truncate_event",
    "ConversationItemTruncateEventParam": ".conversation_item_truncate_event_param",
    "ConversationItemTruncatedEvent": ".conversation_item_truncated_event",
    "InputAudioBufferAppendEvent": ".input_audio_buffer_append_event",
    "InputAudioBufferAppendEventParam": ".input_audio_buffer_append_event_param",
    "InputAudioBufferClearEvent": ".input_audio_buffer_clear_event",
    "InputAudioBufferClearEventParam": ".input_audio_buffer_clear_event_param",
    "InputAudioBufferClearedEvent": ".input_audio_buffer_cleared_event",
    "InputAudioBufferCommitEvent": ".input_audio_buffer_commit_event",
    "InputAudioBufferCommitEventParam": ".input_audio_buffer_commit_event_param",
    "InputAudioBufferCommittedEvent": ".input_audio_buffer_committed_event",
    "InputAudioBufferDtmfEventReceivedEvent": ".input_audio_buffer_dtmf_event_received_event",
    "InputAudioBufferSpeechStartedEvent": ".input_audio_buffer_speech_started_event",
    "InputAudioBufferSpeechStoppedEvent": ".input_audio_buffer_speech_stopped_event",
    "InputAudioBufferTimeoutTriggered": ".input_audio_buffer_timeout_triggered",
    "LogProbProperties": ".log_prob_properties",
    "McpListToolsCompleted": ".mcp_list_tools_completed",
    "McpListToolsFailed": ".mcp_list_tools_failed",
    "McpListToolsInProgress": ".mcp_list_tools_in_progress",
    "NoiseReductionType": ".noise_reduction_type",
    "OutputAudioBufferClearEvent": ".output_audio_buffer_clear_event",
    "OutputAudioBufferClearEventParam": ".output_audio_buffer_clear_event_param",
    "RateLimitsUpdatedEvent": ".rate_limits_updated_event",
    "RealtimeAudioConfig": ".realtime_audio_config",
    "RealtimeAudioConfigInput": ".realtime_audio_config_input",
    "RealtimeAudioConfigInputParam": ".realtime_audio_config_input_param",
    "RealtimeAudioConfigOutput": ".realtime_audio_config_output",
    "RealtimeAudioConfigOutputParam": ".realtime_audio_config_output_param",
    "RealtimeAudioConfigParam": ".realtime_audio_config_param",
    "RealtimeAudioFormats": ".realtime_audio_formats",
    "RealtimeAudioFormatsParam": ".realtime_audio_formats_param",
    "RealtimeAudioInputTurnDetection": ".realtime_audio_input_turn_detection",
    "RealtimeAudioInputTurnDetectionParam": ".realtime_audio_input_turn_detection_param",
    "RealtimeClientEvent": ".realtime_client_event",
    "RealtimeClientEventParam": ".realtime_client_event_param",
    "RealtimeConnectParams": ".realtime_connect_params",
    "RealtimeConversationItemAssistantMessage": ".realtime_conversation_item_assistant_message",
    "RealtimeConversationItemAssistantMessageParam": ".realtime_conversation_item_assistant_message_param",
    "RealtimeConversationItemFunctionCall": ".realtime_conversation_item_function_call",
    "RealtimeConversationItemFunctionCallOutput": ".realtime_conversation_item_function_call_output",
    "RealtimeConversationItemFunctionCallOutputParam": ".realtime_conversation_item_function_call_output_param",
    "RealtimeConversationItemFunctionCallParam": ".realtime_conversation_item_function_call_param",
    "RealtimeConversationItemSystemMessage": ".realtime_conversation_item_system_message",
    "RealtimeConversationItemSystemMessageParam": ".realtime_conversation_item_system_message_param",
    "RealtimeConversationItemUserMessage": ".realtime_conversation_item_user_message",
    "RealtimeConversationItemUserMessageParam": ".realtime_conversation_item_user_message_param",
    "RealtimeError": ".realtime_error",
    "RealtimeErrorEvent": ".realtime_error_event",
    "RealtimeFunctionTool": ".realtime_function_tool",
    "RealtimeFunctionToolParam": ".realtime_function_tool_param",
    "RealtimeMcpApprovalRequest": ".realtime_mcp_approval_request",
    "RealtimeMcpApprovalRequestParam": ".realtime_mcp_approval_request_param",
    "RealtimeMcpApprovalResponse": ".realtime_mcp_approval_response",
    "RealtimeMcpApprovalResponseParam": ".realtime_mcp_approval_response_param",
    "RealtimeMcpListTools": ".realtime_mcp_list_tools",
    "RealtimeMcpListToolsParam": ".realtime_mcp_list_tools_param",
    "RealtimeMcpProtocolError": ".realtime_mcp_protocol_error",
    "RealtimeMcpProtocolErrorParam": ".realtime_mcp_protocol_error_param",
    "RealtimeMcpToolCall": ".realtime_mcp_tool_call",
    "RealtimeMcpToolCallParam": ".realtime_mcp_tool_call_param",
    "RealtimeMcpToolExecutionError": ".realtime_mcp_tool_execution_error",
    "RealtimeMcpToolExecutionErrorParam": ".realtime_mcp_tool_execution_error_param",
    "RealtimeMcphttpError": ".realtime_mcphttp_error",
    "RealtimeMcphttpErrorParam": ".realtime_mcphttp_error_param",
    "RealtimeReasoning": ".realtime_reasoning",
    "RealtimeReasoningEffort": ".realtime_reasoning_effort",
    "RealtimeReasoningParam": ".realtime_reasoning_param",
    "RealtimeResponse": ".realtime_response",
    "RealtimeResponseCreateAudioOutput": ".realtime_response_create_audio_output",
    "RealtimeResponseCreateAudioOutputParam": ".realtime_response_create_audio_output_param",
    "RealtimeResponseCreateMcpTool": ".realtime_response_create_mcp_tool",
    "RealtimeResponseCreateMcpToolParam": ".realtime_response_create_mcp_tool_param",
    "RealtimeResponseCreateParams": ".realtime_response_create_params",
    "RealtimeResponseCreateParamsParam": ".realtime_response_create_params_param",
    "RealtimeResponseStatus": ".realtime_response_status",
    "RealtimeResponseUsage": ".realtime_response_usage",
    "RealtimeResponseUsageInputTokenDetails": ".realtime_response_usage_input_token_details",
    "RealtimeResponseUsageOutputTokenDetails": ".realtime_response_usage_output_token_details",
    "RealtimeServerEvent": ".realtime_server_event",
    "RealtimeSessionCreateRequest": ".realtime_session_create_request",
    "RealtimeSessionCreateRequestParam": ".realtime_session_create_request_param",
    "RealtimeSessionCreateResponse": ".realtime_session_create_response",
    "RealtimeToolChoiceConfig": ".realtime_tool_choice_config",
    "RealtimeToolChoiceConfigParam": ".realtime_tool_choice_config_param",
    "RealtimeToolsConfig": ".realtime_tools_config",
    "RealtimeToolsConfigParam": ".realtime_tools_config_param",
    "RealtimeToolsConfigUnion": ".realtime_tools_config_union",
    "RealtimeToolsConfigUnionParam": ".realtime_tools_config_union_param",
    "RealtimeTracingConfig": ".realtime_tracing_config",
    "RealtimeTracingConfigParam": ".realtime_tracing_config_param",
    "RealtimeTranscriptionSessionAudio": ".realtime_transcription_session_audio",
    "RealtimeTranscriptionSessionAudioInput": ".realtime_transcription_session_audio_input",
    "RealtimeTranscriptionSessionAudioInputParam": ".realtime_transcription_session_audio_input_param",
    "RealtimeTranscriptionSessionAudioInputTurnDetection": ".realtime_transcription_session_audio_input_turn_detection",
    "RealtimeTranscriptionSessionAudioInputTurnDetectionParam": ".realtime_transcription_session_audio_input_turn_detection_param",
    "RealtimeTranscriptionSessionAudioParam": ".realtime_transcription_session_audio_param",
    "RealtimeTranscriptionSessionCreateRequest": ".realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestParam": ".realtime_transcription_session_create_request_param",
    "RealtimeTranscriptionSessionCreateResponse": ".realtime_transcription_session_create_response",
    "RealtimeTranscriptionSessionTurnDetection": ".realtime_transcription_session_turn_detection",
    "RealtimeTruncation": ".realtime_truncation",
    "RealtimeTruncationParam": ".realtime_truncation_param",
    "RealtimeTruncationRetentionRatio": ".realtime_truncation_retention_ratio",
    "RealtimeTruncationRetentionRatioParam": ".realtime_truncation_retention_ratio_param",
    "ResponseAudioDeltaEvent": ".response_audio_delta_event",
    "ResponseAudioDoneEvent": ".response_audio_done_event",
    "ResponseAudioTranscriptDeltaEvent": ".response_audio_transcript_delta_event",
    "ResponseAudioTranscriptDoneEvent": ".response_audio_transcript_done_event",
    "ResponseCancelEvent": ".response_cancel_event",
    "ResponseCancelEventParam": ".response_cancel_event_param",
    "ResponseContentPartAddedEvent": ".response_content_part_added_event",
    "ResponseContentPartDoneEvent": ".response_content_part_done_event",
    "ResponseCreateEvent": ".response_create_event",
    "ResponseCreateEventParam": ".response_create_event_param",
    "ResponseCreatedEvent": ".response_created_event",
    "ResponseDoneEvent": ".response_done_event",
    "ResponseFunctionCallArgumentsDeltaEvent": ".response_function_call_arguments_delta_event",
    "ResponseFunctionCallArgumentsDoneEvent": ".response_function_call_arguments_done_event",
    "ResponseMcpCallArgumentsDelta": ".response_mcp_call_arguments_delta",
    "ResponseMcpCallArgumentsDone": ".response_mcp_call_arguments_done",
    "ResponseMcpCallCompleted": ".response_mcp_call_completed",
    "ResponseMcpCallFailed": ".response_mcp_call_failed",
    "ResponseMcpCallInProgress": ".response_mcp_call_in_progress",
    "ResponseOutputItemAddedEvent": ".response_output_item_added_event",
    "ResponseOutputItemDoneEvent": ".response_output_item_done_event",
    "ResponseTextDeltaEvent": ".response_text_delta_event",
    "ResponseTextDoneEvent": ".response_text_done_event",
    "SessionCreatedEvent": ".session_created_event",
    "SessionUpdateEvent": ".session_update_event",
    "SessionUpdateEventParam": ".session_update_event_param",
    "SessionUpdatedEvent": ".session_updated_event",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "audio_transcription",
        "audio_transcription_param",
        "call_accept_params",
        "call_create_params",
        "call_refer_params",
        "call_reject_params",
        "client_secret_create_params",
        "client_secret_create_response",
        "conversation_created_event",
        "conversation_item",
        "conversation_item_added",
        "conversation_item_create_event",
        "conversation_item_create_event_param",
        "conversation_item_created_event",
        "conversation_item_delete_event",
        "conversation_item_delete_event_param",
        "conversation_item_deleted_event",
        "conversation_item_done",
        "conversation_item_input_audio_transcription_completed_event",
        "conversation_item_input_audio_transcription_delta_event",
        "conversation_item_input_audio_transcription_failed_event",
        "conversation_item_input_audio_transcription_segment",
        "conversation_item_param",
        "conversation_item_retrieve_event",
        "conversation_item_retrieve_event_param",
        "conversation_item_truncate_event",
        "conversation_item_truncate_event_param",
        "conversation_item_truncated_event",
        "input_audio_buffer_append_event",
        "input_audio_buffer_append_event_param",
        "input_audio_buffer_clear_event",
        "input_audio_buffer_clear_event_param",
        "input_audio_buffer_cleared_event",
        "input_audio_buffer_commit_event",
        "input_audio_buffer_commit_event_param",
        "input_audio_buffer_committed_event",
        "input_audio_buffer_dtmf_event_received_event",
        "input_audio_buffer_speech_started_event",
        "input_audio_buffer_speech_stopped_event",
        "input_audio_buffer_timeout_triggered",
        "log_prob_properties",
        "mcp_list_tools_completed",
        "mcp_list_tools_failed",
        "mcp_list_tools_in_progress",
        "noise_reduction_type",
        "output_audio_buffer_clear_event",
        "output_audio_buffer_clear_event_param",
        "rate_limits_updated_event",
        "realtime_audio_config",
        "realtime_audio_config_input",
        "realtime_audio_config_input_param",
        "realtime_audio_config_output",
        "realtime_audio_config_output_param",
        "realtime_audio_config_param",
        "realtime_audio_formats",
        "realtime_audio_formats_param",
        "realtime_audio_input_turn_detection",
        "realtime_audio_input_turn_detection_param",
        "realtime_client_event",
        "realtime_client_event_param",
        "realtime_connect_params",
        "realtime_conversation_item_assistant_message",
        "realtime_conversation_item_assistant_message_param",
        "realtime_conversation_item_function_call",
        "realtime_conversation_item_function_call_output",
        "realtime_conversation_item_function_call_output_param",
        "realtime_conversation_item_function_call_param",
        "realtime_conversation_item_system_message",
        "realtime_conversation_item_system_message_param",
        "realtime_conversation_item_user_message",
        "realtime_conversation_item_user_message_param",
        "realtime_error",
        "realtime_error_event",
        "realtime_function_tool",
        "realtime_function_tool_param",
        "realtime_mcp_approval_request",
        "realtime_mcp_approval_request_param",
        "realtime_mcp_approval_response",
        "realtime_mcp_approval_response_param",
        "realtime_mcp_list_tools",
        "realtime_mcp_list_tools_param",
        "realtime_mcp_protocol_error",
        "realtime_mcp_protocol_error_param",
        "realtime_mcp_tool_call",
        "realtime_mcp_tool_call_param",
        "realtime_mcp_tool_execution_error",
        "realtime_mcp_tool_execution_error_param",
        "realtime_mcphttp_error",
        "realtime_mcphttp_error_param",
        "realtime_reasoning",
        "realtime_reasoning_effort",
        "realtime_reasoning_param",
        "realtime_response",
        "realtime_response_create_audio_output",
        "realtime_response_create_audio_output_param",
        "realtime_response_create_mcp_tool",
        "realtime_response_create_mcp_tool_param",
        "realtime_response_create_params",
        "realtime_response_create_params_param",
        "realtime_response_status",
        "realtime_response_usage",
        "realtime_response_usage_input_token_details",
        "realtime_response_usage_output_token_details",
        "realtime_server_event",
        "realtime_session_create_request",
        "realtime_session_create_request_param",
        "realtime_session_create_response",
        "realtime_tool_choice_config",
        "realtime_tool_choice_config_param",
        "realtime_tools_config",
        "realtime_tools_config_param",
        "realtime_tools_config_union",
        "realtime_tools_config_union_param",
        "realtime_tracing_config",
        "realtime_tracing_config_param",
        "realtime_transcription_session_audio",
        "realtime_transcription_session_audio_input",
        "realtime_transcription_session_audio_input_param",
        "realtime_transcription_session_audio_input_turn_detection",
        "realtime_transcription_session_audio_input_turn_detection_param",
        "realtime_transcription_session_audio_param",
        "realtime_transcription_session_create_request",
        "realtime_transcription_session_create_request_param",
        "realtime_transcription_session_create_response",
        "realtime_transcription_session_turn_detection",
        "realtime_truncation",
        "realtime_truncation_param",
        "realtime_truncation_retention_ratio",
        "realtime_truncation_retention_ratio_param",
        "response_audio_delta_event",
        "response_audio_done_event",
        "response_audio_transcript_delta_event",
        "response_audio_transcript_done_event",
        "response_cancel_event",
        "response_cancel_event_param",
        "response_content_part_added_event",
        "response_content_part_done_event",
        "response_create_event",
        "response_create_event_param",
        "response_created_event",
        "response_done_event",
        "response_function_call_arguments_delta_event",
        "response_function_call_arguments_done_event",
        "response_mcp_call_arguments_delta",
        "response_mcp_call_arguments_done",
        "response_mcp_call_completed",
        "response_mcp_call_failed",
        "response_mcp_call_in_progress",
        "response_output_item_added_event",
        "response_output_item_done_event",
        "response_text_delta_event",
        "response_text_done_event",
        "session_created_event",
        "session_update_event",
        "session_update_event_param",
        "session_updated_event",
    }
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is not None:
            value = getattr(importlib.import_module(source, __name__), name)
            globals()[name] = value
            return value
        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS) | _SUBMODULES)
