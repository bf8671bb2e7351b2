# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict

from .realtime_response_create_params_param import RealtimeResponseCreateParamsParam

__all__ = ["ResponseCreateEventParam"]


class ResponseCreateEventParam(TypedDict, total=False):
    type: Required[Literal["response.create"]]
    event_id: str
    response: "RealtimeResponseCreateParamsParam"
