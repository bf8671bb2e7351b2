# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, TypeAlias, TypedDict

from .realtime_session_create_request_param import RealtimeSessionCreateRequestParam
from .realtime_transcription_session_create_request_param import RealtimeTranscriptionSessionCreateRequestParam

__all__ = ["ClientSecretCreateParams", "ExpiresAfter", "Session"]


class ClientSecretCreateParams(TypedDict, total=False):
    expires_after: "ExpiresAfter"
    session: "Session"


class ExpiresAfter(TypedDict, total=False):
    anchor: Literal["created_at"]
    seconds: int


Session: TypeAlias = Union[RealtimeSessionCreateRequestParam, RealtimeTranscriptionSessionCreateRequestParam]
