# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_keys import APIKeys as APIKeys
    from .api_keys import APIKeysWithRawResponse as APIKeysWithRawResponse
    from .api_keys import APIKeysWithStreamingResponse as APIKeysWithStreamingResponse
    from .api_keys import AsyncAPIKeys as AsyncAPIKeys
    from .api_keys import AsyncAPIKeysWithRawResponse as AsyncAPIKeysWithRawResponse
    from .api_keys import AsyncAPIKeysWithStreamingResponse as AsyncAPIKeysWithStreamingResponse
    from .service_accounts import AsyncServiceAccounts as AsyncServiceAccounts
    from .service_accounts import AsyncServiceAccountsWithRawResponse as AsyncServiceAccountsWithRawResponse
    from .service_accounts import AsyncServiceAccountsWithStreamingResponse as AsyncServiceAccountsWithStreamingResponse
    from .service_accounts import ServiceAccounts as ServiceAccounts
    from .service_accounts import ServiceAccountsWithRawResponse as ServiceAccountsWithRawResponse
    from .service_accounts import ServiceAccountsWithStreamingResponse as ServiceAccountsWithStreamingResponse

__all__ = [
    "APIKeys",
    "APIKeysWithRawResponse",
    "APIKeysWithStreamingResponse",
    "AsyncAPIKeys",
    "AsyncAPIKeysWithRawResponse",
    "AsyncAPIKeysWithStreamingResponse",
    "AsyncServiceAccounts",
    "AsyncServiceAccountsWithRawResponse",
    "AsyncServiceAccountsWithStreamingResponse",
    "ServiceAccounts",
    "ServiceAccountsWithRawResponse",
    "ServiceAccountsWithStreamingResponse",
]

_EXPORTS = {
    "APIKeys": ".api_keys",
    "APIKeysWithRawResponse": ".api_keys",
    "APIKeysWithStreamingResponse": ".api_keys",
    "AsyncAPIKeys": ".api_keys",
    "AsyncAPIKeysWithRawResponse": ".api_keys",
    "AsyncAPIKeysWithStreamingResponse": ".api_keys",
    "AsyncServiceAccounts": ".service_accounts",
    "AsyncServiceAccountsWithRawResponse": ".service_accounts",
    "AsyncServiceAccountsWithStreamingResponse": ".service_accounts",
    "ServiceAccounts": ".service_accounts",
    "ServiceAccountsWithRawResponse": ".service_accounts",
    "ServiceAccountsWithStreamingResponse": ".service_accounts",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
