# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Required, TypedDict

from .realtime_session_create_request_param import RealtimeSessionCreateRequestParam

__all__ = ["CallCreateParams"]


class CallCreateParams(TypedDict, total=False):
    sdp: Required[str]
    session: "RealtimeSessionCreateRequestParam"
