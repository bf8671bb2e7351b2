# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.
"""Options passed through to the websocket library when opening a realtime connection."""

from __future__ import annotations

from typing import Any, Optional, Sequence, Tuple, Union

from typing_extensions import TypedDict

__all__ = ["WebSocketConnectionOptions", "WebsocketConnectionOptions"]


class WebSocketConnectionOptions(TypedDict, total=False):
    extensions: Optional[Sequence[Any]]
    subprotocols: Optional[Sequence[str]]
    compression: Optional[str]
    max_size: Optional[int]
    max_queue: Union[int, Tuple[Optional[int], Optional[int]], None]
    write_limit: Union[int, Tuple[int, Optional[int]]]


WebsocketConnectionOptions = WebSocketConnectionOptions
