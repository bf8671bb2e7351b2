# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .calls import AsyncCalls as AsyncCalls
    from .calls import AsyncCallsWithRawResponse as AsyncCallsWithRawResponse
    from .calls import AsyncCallsWithStreamingResponse as AsyncCallsWithStreamingResponse
    from .client_secrets import AsyncClientSecrets as AsyncClientSecrets
    from .client_secrets import AsyncClientSecretsWithRawResponse as AsyncClientSecretsWithRawResponse
    from .client_secrets import AsyncClientSecretsWithStreamingResponse as AsyncClientSecretsWithStreamingResponse
    from .realtime import AsyncRealtime as AsyncRealtime
    from .realtime import AsyncRealtimeWithRawResponse as AsyncRealtimeWithRawResponse
    from .realtime import AsyncRealtimeWithStreamingResponse as AsyncRealtimeWithStreamingResponse
    from .calls import Calls as Calls
    from .calls import CallsWithRawResponse as CallsWithRawResponse
    from .calls import CallsWithStreamingResponse as CallsWithStreamingResponse
    from .client_secrets import ClientSecrets as ClientSecrets
    from .client_secrets import ClientSecretsWithRawResponse as ClientSecretsWithRawResponse
    from .client_secrets import ClientSecretsWithStreamingResponse as ClientSecretsWithStreamingResponse
    from .realtime import Realtime as Realtime
    from .realtime import RealtimeWithRawResponse as RealtimeWithRawResponse
    from .realtime import RealtimeWithStreamingResponse as RealtimeWithStreamingResponse

__all__ = [
    "AsyncCalls",
    "AsyncCallsWithRawResponse",
    "AsyncCallsWithStreamingResponse",
    "AsyncClientSecrets",
    "AsyncClientSecretsWithRawResponse",
    "AsyncClientSecretsWithStreamingResponse",
    "AsyncRealtime",
    "AsyncRealtimeWithRawResponse",
    "AsyncRealtimeWithStreamingResponse",
    "Calls",
    "CallsWithRawResponse",
    "CallsWithStreamingResponse",
    "ClientSecrets",
    "ClientSecretsWithRawResponse",
    "ClientSecretsWithStreamingResponse",
    "Realtime",
    "RealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
]

_EXPORTS = {
    "AsyncCalls": ".calls",
    "AsyncCallsWithRawResponse": ".calls",
    "AsyncCallsWithStreamingResponse": ".calls",
    "AsyncClientSecrets": ".client_secrets",
    "AsyncClientSecretsWithRawResponse": ".client_secrets",
    "AsyncClientSecretsWithStreamingResponse": ".client_secrets",
    "AsyncRealtime": ".realtime",
    "AsyncRealtimeWithRawResponse": ".realtime",
    "AsyncRealtimeWithStreamingResponse": ".realtime",
    "Calls": ".calls",
    "CallsWithRawResponse": ".calls",
    "CallsWithStreamingResponse": ".calls",
    "ClientSecrets": ".client_secrets",
    "ClientSecretsWithRawResponse": ".client_secrets",
    "ClientSecretsWithStreamingResponse": ".client_secrets",
    "Realtime": ".realtime",
    "RealtimeWithRawResponse": ".realtime",
    "RealtimeWithStreamingResponse": ".realtime",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
