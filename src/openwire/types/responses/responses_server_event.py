# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import TypeAlias

from .response_stream_event import ResponseStreamEvent

__all__ = ["ResponsesServerEvent"]

ResponsesServerEvent: TypeAlias = ResponseStreamEvent
