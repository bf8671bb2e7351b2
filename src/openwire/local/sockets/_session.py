"""What a WebSocket session is to the server that runs it (see the package's docstring)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Protocol, Union

__all__ = ["Outgoing", "Session"]

Outgoing = Union[Dict[str, Any], float]
"""An event to send, or a pause in seconds."""


class Session(Protocol):
    def opening(self) -> List[Outgoing]: ...

    def receive(self, message: str) -> Iterable[Outgoing]: ...
