# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import TypeAlias

from .beta_response_inject_created_event import BetaResponseInjectCreatedEvent
from .beta_response_inject_failed_event import BetaResponseInjectFailedEvent
from .beta_response_stream_event import BetaResponseStreamEvent

__all__ = ["BetaResponsesServerEvent"]

BetaResponsesServerEvent: TypeAlias = Union[
    BetaResponseStreamEvent, BetaResponseInjectCreatedEvent, BetaResponseInjectFailedEvent
]
