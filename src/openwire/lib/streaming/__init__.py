"""Streaming helpers: typed events and accumulated snapshots over raw chunk streams.

The Assistants names below resolve on first access (this package is imported by every
resource module that offers a stream helper, and must stay light).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._assistants import (
        AssistantEventHandler as AssistantEventHandler,
    )
    from ._assistants import (
        AssistantEventHandlerT as AssistantEventHandlerT,
    )
    from ._assistants import (
        AssistantStreamManager as AssistantStreamManager,
    )
    from ._assistants import (
        AsyncAssistantEventHandler as AsyncAssistantEventHandler,
    )
    from ._assistants import (
        AsyncAssistantEventHandlerT as AsyncAssistantEventHandlerT,
    )
    from ._assistants import (
        AsyncAssistantStreamManager as AsyncAssistantStreamManager,
    )

__all__ = [
    "AssistantEventHandler",
    "AssistantEventHandlerT",
    "AssistantStreamManager",
    "AsyncAssistantEventHandler",
    "AsyncAssistantEventHandlerT",
    "AsyncAssistantStreamManager",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        value = getattr(importlib.import_module("._assistants", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
