"""Assistants run streaming, where the reference SDK keeps it (libraries import this module):
the event handlers, their stream managers and the handlers' type variables."""

from __future__ import annotations

from .._async.assistant_stream import (
    AsyncAssistantEventHandler,
    AsyncAssistantEventHandlerT,
    AsyncAssistantStreamManager,
)
from .._sync.assistant_stream import AssistantEventHandler, AssistantEventHandlerT, AssistantStreamManager

__all__ = [
    "AssistantEventHandler",
    "AssistantEventHandlerT",
    "AssistantStreamManager",
    "AsyncAssistantEventHandler",
    "AsyncAssistantEventHandlerT",
    "AsyncAssistantStreamManager",
]

# Named where the reference (and the libraries that import it) keep them.
for _exported in (
    AssistantEventHandler,
    AssistantStreamManager,
    AsyncAssistantEventHandler,
    AsyncAssistantStreamManager,
):
    _exported.__module__ = __name__
del _exported
