# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypedDict

from .realtime_reasoning_effort import RealtimeReasoningEffort

__all__ = ["RealtimeReasoningParam"]


class RealtimeReasoningParam(TypedDict, total=False):
    effort: "RealtimeReasoningEffort"
