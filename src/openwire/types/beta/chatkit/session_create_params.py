# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Required, TypedDict

from .chat_session_chatkit_configuration_param import ChatSessionChatKitConfigurationParam
from .chat_session_expires_after_param import ChatSessionExpiresAfterParam
from .chat_session_rate_limits_param import ChatSessionRateLimitsParam
from .chat_session_workflow_param import ChatSessionWorkflowParam

__all__ = ["SessionCreateParams"]


class SessionCreateParams(TypedDict, total=False):
    workflow: Required["ChatSessionWorkflowParam"]
    user: Required[str]
    chatkit_configuration: "ChatSessionChatKitConfigurationParam"
    expires_after: "ChatSessionExpiresAfterParam"
    rate_limits: "ChatSessionRateLimitsParam"
